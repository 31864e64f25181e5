package mx.buzon.acuse;

import java.util.List;

/**
 * A piece of the body of an acuse, drawn in order: a heading, a paragraph of legal text, or a list of labelled
 * values.
 *
 * <p>The IMSS guides' acuses are made of exactly these: "Contenido del acuse" (heading), "De conformidad con los
 * Lineamientos ..." (paragraph), "Datos de identificación del Particular" followed by "RFC: ..." (heading and
 * fields). Immutable and thread-safe.
 */
public sealed interface LayoutBlock {

    /**
     * A section heading, drawn bold.
     *
     * @param text e.g. {@code "Información del mecanismo de comunicación registrado"}; one line of text
     */
    record Heading(String text) implements LayoutBlock {
        /** @param text the heading, not blank, no control characters */
        public Heading {
            Texts.requireLine(text, "heading");
        }
    }

    /**
     * A paragraph, drawn justified. Runs of spaces and tabs collapse to one space; a {@code '\n'} starts a new
     * line (for salutations such as {@code "Estimado Particular:"} keep them as their own paragraph instead).
     *
     * @param text e.g. {@code "En términos de lo establecido en los numerales 6.1, 6.2 y 6.3 ..."}
     */
    record Paragraph(String text) implements LayoutBlock {
        /** @param text the paragraph, not blank; no control characters other than {@code '\n'} */
        public Paragraph {
            Texts.requireParagraph(text, "paragraph");
        }
    }

    /**
     * Labelled values drawn as a two-column table (labels bold on the left).
     *
     * @param fields the values in order, at least one
     */
    record Fields(List<LabeledValue> fields) implements LayoutBlock {
        /** @param fields the values in order, at least one */
        public Fields {
            fields = List.copyOf(fields);
            if (fields.isEmpty()) {
                throw new IllegalArgumentException("Fields needs at least one labelled value");
            }
        }
    }

    /**
     * A heading.
     *
     * @param text the heading
     * @return the block
     */
    static LayoutBlock heading(String text) {
        return new Heading(text);
    }

    /**
     * A paragraph.
     *
     * @param text the paragraph
     * @return the block
     */
    static LayoutBlock paragraph(String text) {
        return new Paragraph(text);
    }

    /**
     * A list of labelled values.
     *
     * @param fields the values in order
     * @return the block
     */
    static LayoutBlock fields(LabeledValue... fields) {
        return new Fields(List.of(fields));
    }
}
