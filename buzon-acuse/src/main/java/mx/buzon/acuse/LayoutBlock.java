package mx.buzon.acuse;

import java.util.List;

/**
 * A piece of the body of an acuse, drawn in order: a heading, a paragraph of legal text, a list of labelled
 * values, a note in smaller type, or the place of the particular's data.
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
     * A paragraph in the smaller type of the closing notes, drawn where it stands in the body (the 32-D acuses of
     * the IMSS guides print their "El presente acuse de recibo no prejuzga …" and data protection paragraphs before
     * the firma and the sello, not after them).
     *
     * @param text e.g. {@code "Sus datos personales son incorporados y protegidos en los sistemas del IMSS ..."}
     */
    record Note(String text) implements LayoutBlock {
        /** @param text the note, not blank; no control characters other than {@code '\n'} */
        public Note {
            Texts.requireParagraph(text, "note");
        }
    }

    /**
     * Where the particular's data ({@link AcuseLayout#particularHeading()} and {@link AcuseLayout#particular()})
     * is drawn, when it is not above the body: the medios de contacto acuses of the IMSS guides print it after the
     * paragraph that announces it ("… conforme a la siguiente información:"). At most once in a body.
     */
    record ParticularData() implements LayoutBlock {
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

    /**
     * A note in the notes' smaller type, drawn in the body.
     *
     * @param text the note
     * @return the block
     */
    static LayoutBlock note(String text) {
        return new Note(text);
    }

    /**
     * The place of the particular's data in the body.
     *
     * @return the block
     */
    static LayoutBlock particularData() {
        return new ParticularData();
    }
}
