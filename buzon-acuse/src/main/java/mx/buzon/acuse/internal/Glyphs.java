package mx.buzon.acuse.internal;

import java.util.Locale;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.LabeledValue;
import mx.buzon.acuse.LayoutBlock;

/** Checks, before anything is drawn, that the shipped fonts have a glyph for every character of a layout. */
final class Glyphs {

    private Glyphs() {
    }

    /** The widest an institution line may be: the header shares its first line with "Buzón IMSS". */
    static final float MAX_HEADER_LINE = Page.WIDTH - 100f;

    static void requireDrawable(AcuseLayout layout) {
        for (int i = 0; i < layout.institution().size(); i++) {
            String line = layout.institution().get(i);
            Style style = i == 0 ? Style.HEADER_BOLD : Style.HEADER;
            if (style.width(line) > MAX_HEADER_LINE) {
                throw new IllegalArgumentException("institution line too wide for the header (at most "
                        + MAX_HEADER_LINE + " pt): \"" + line + "\"");
            }
        }
        layout.institution().forEach(line -> check(line, "institution"));
        check(layout.title(), "title");
        check(layout.folio(), "folio");
        layout.particularHeading().ifPresent(h -> check(h, "particularHeading"));
        layout.particular().forEach(field -> check(field, "particular"));
        layout.body().forEach(block -> check(block, "body"));
        layout.notes().forEach(block -> check(block, "notes"));
        check(layout.cadenaOriginal(), "cadenaOriginal");
        layout.contacto().forEach(line -> check(line, "contacto"));
        layout.zonaDomicilio().ifPresent(zone -> check(ContentBuilder.domicilio(layout.fecha(), zone),
                "zonaDomicilio"));
    }

    private static void check(LayoutBlock block, String where) {
        if (block instanceof LayoutBlock.Heading heading) {
            check(heading.text(), where);
        } else if (block instanceof LayoutBlock.Paragraph paragraph) {
            check(paragraph.text(), where);
        } else if (block instanceof LayoutBlock.Fields fields) {
            fields.fields().forEach(field -> check(field, where));
        } else if (block instanceof LayoutBlock.Note note) {
            check(note.text(), where);
        }
    }

    private static void check(LabeledValue field, String where) {
        check(field.label(), where);
        check(field.value(), where);
    }

    private static void check(String text, String where) {
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t') {
                return;
            }
            if (!FontProgram.REGULAR.canDraw(cp) || !FontProgram.BOLD.canDraw(cp)) {
                throw new IllegalArgumentException(where + " contains U+"
                        + String.format(Locale.ROOT, "%04X", cp) + " ('" + new String(Character.toChars(cp))
                        + "'), which the acuse fonts (Liberation Sans) cannot draw: \"" + text + "\"");
            }
        });
    }
}
