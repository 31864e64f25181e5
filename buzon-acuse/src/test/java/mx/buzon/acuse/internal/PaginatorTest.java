package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stacking rows into pages. */
class PaginatorTest {

    private static Row.Line line(String text, boolean keepWithNext) {
        return new Row.Line(Style.BODY, text, 0, 100, Row.Align.LEFT, keepWithNext);
    }

    @Test
    void paginate_rowsThatDoNotFit_goToTheNextPageInOrder() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            rows.add(line("línea " + i, false));
        }
        float pageHeight = Style.BODY.leading() * 10;

        List<List<Paginator.Placed>> pages = Paginator.paginate(rows, pageHeight, 0);

        assertThat(pages).hasSize(3);
        assertThat(pages.get(0)).hasSize(10);
        assertThat(pages.get(2)).hasSize(5);
        assertThat(((Row.Line) pages.get(1).get(0).row()).text()).isEqualTo("línea 10");
        assertThat(pages.get(1).get(0).top()).isEqualTo(pageHeight);
    }

    @Test
    void paginate_labelAtTheBottom_movesWithWhatFollows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(line("línea " + i, false));
        }
        rows.add(line("Sello Digital:", true));
        rows.add(line("QUJD", false));

        List<List<Paginator.Placed>> pages = Paginator.paginate(rows, Style.BODY.leading() * 10, 0);

        assertThat(pages).hasSize(2);
        assertThat(((Row.Line) pages.get(1).get(0).row()).text()).isEqualTo("Sello Digital:");
    }

    @Test
    void paginate_gapAtTheTopOfAPage_isDropped() {
        List<Row> rows = List.of(new Row.Gap(5), line("a", false), line("b", false), new Row.Gap(5), line("c", false));

        List<List<Paginator.Placed>> pages = Paginator.paginate(rows, Style.BODY.leading() * 2, 0);

        assertThat(pages).hasSize(2);
        assertThat(pages.get(0)).extracting(p -> p.row().isGap()).containsExactly(false, false);
        assertThat(pages.get(1)).extracting(p -> p.row().isGap()).containsExactly(false);
    }

    @Test
    void paginate_nothing_givesOneEmptyPage() {
        assertThat(Paginator.paginate(List.of(), 100, 0)).hasSize(1);
    }
}
