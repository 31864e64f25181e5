package mx.buzon.acuse.internal;

import java.util.ArrayList;
import java.util.List;

/** Stacks rows into pages of the body area, keeping labels with what follows and dropping gaps at page tops. */
final class Paginator {

    /** A row and the y of its top edge on its page. */
    record Placed(Row row, float top) {
    }

    private Paginator() {
    }

    static List<List<Placed>> paginate(List<Row> rows, float top, float bottom) {
        List<List<Placed>> pages = new ArrayList<>();
        List<Placed> page = new ArrayList<>();
        float y = top;
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.isGap() && page.isEmpty()) {
                continue;
            }
            float needed = row.height() + keptHeight(rows, i);
            if (needed > top - bottom) {
                // A chain taller than a page cannot stay together: keep this row with the next one only, so that
                // no page holds a lone label, and let the chain break where it must.
                needed = row.height() + (row.keepWithNext() && i + 1 < rows.size() ? rows.get(i + 1).height() : 0);
            }
            if (y - needed < bottom && !page.isEmpty()) {
                pages.add(page);
                page = new ArrayList<>();
                y = top;
                if (row.isGap()) {
                    continue;
                }
            }
            page.add(new Placed(row, y));
            y -= row.height();
        }
        if (!page.isEmpty() || pages.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    /** The height of the rows that must stay on the same page as row {@code i}. */
    private static float keptHeight(List<Row> rows, int i) {
        float height = 0;
        for (int j = i; j < rows.size() - 1 && rows.get(j).keepWithNext(); j++) {
            height += rows.get(j + 1).height();
        }
        return height;
    }
}
