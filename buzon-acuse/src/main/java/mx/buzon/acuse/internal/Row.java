package mx.buzon.acuse.internal;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.IOException;
import java.util.List;

/**
 * One unbreakable horizontal slice of the body of a page. The paginator stacks rows from the top of the body
 * area and starts a new page when the next row (and the one it must stay with) does not fit.
 */
interface Row {

    float height();

    void draw(Canvas canvas, float top) throws IOException;

    /** Whether a page break must not fall between this row and the next (headings, labels). */
    default boolean keepWithNext() {
        return false;
    }

    /** Whether the row is only space, dropped when it would open a page. */
    default boolean isGap() {
        return false;
    }

    /** Vertical space; one that keeps with the next row joins what precedes it to what follows it. */
    record Gap(float height, boolean keepWithNext) implements Row {
        Gap(float height) {
            this(height, false);
        }

        @Override
        public void draw(Canvas canvas, float top) {
            // nothing to draw: the row is space
        }

        @Override
        public boolean isGap() {
            return true;
        }
    }

    /** How a {@link Line} sits in its box. */
    enum Align { LEFT, CENTER, JUSTIFY }

    /** One line of text in a box from {@code x} of width {@code width}. */
    record Line(Style style, String text, float x, float width, Align align, boolean keepWithNext) implements Row {
        @Override
        public float height() {
            return style.leading();
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            float baseline = top - style.ascent();
            switch (align) {
                case CENTER -> canvas.text(style, x + (width - style.width(text)) / 2, baseline, text);
                case JUSTIFY -> canvas.justified(style, x, baseline, text, width);
                default -> canvas.text(style, x, baseline, text);
            }
        }
    }

    /**
     * One line of a labelled value: a piece of the label (may be empty, drawn in {@link Style#LABEL}) and a piece
     * of the value, drawn in {@code style}, whose leading is the row's height.
     */
    record Field(Style style, String label, String value, float x, float valueX, boolean keepWithNext)
            implements Row {
        @Override
        public float height() {
            return style.leading();
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            float baseline = top - style.ascent();
            canvas.text(Style.LABEL, x, baseline, label);
            canvas.text(style, valueX, baseline, value);
        }
    }

    /**
     * Lines of text broken between characters (cadena original, sello, firma) drawn as one unbreakable row whose
     * extracted text is {@code actualText}: a marked-content span with {@code /ActualText}, so that copying the
     * lines from a viewer (or PDFBox's text extraction) gives the exact string, without the breaks the page needs.
     * The lines concatenated are {@code actualText}.
     */
    record Code(Style style, List<String> lines, float x, String actualText, boolean keepWithNext) implements Row {
        public Code {
            lines = List.copyOf(lines);
            if (!String.join("", lines).equals(actualText)) {
                throw new IllegalArgumentException("the lines of a Code row must concatenate to its actual text");
            }
        }

        @Override
        public float height() {
            return lines.size() * style.leading();
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            canvas.beginActualText(actualText);
            float baseline = top - style.ascent();
            for (String line : lines) {
                canvas.text(style, x, baseline, line);
                baseline -= style.leading();
            }
            canvas.endActualText();
        }
    }

    /** A shaded band with a text at the left and one at the right (Fecha and Folio). */
    record Band(Style style, String left, String right, float x, float width) implements Row {
        static final float PADDING = 5f;

        @Override
        public float height() {
            return style.leading() + 2 * PADDING;
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            canvas.fillRect(Style.SHADE, x, top - height(), width, height());
            canvas.fillRect(Style.GUINDA, x, top - height(), 2.5f, height());
            float baseline = top - PADDING - style.ascent();
            canvas.text(style, x + 3 * PADDING, baseline, left);
            canvas.text(style, x + width - 2 * PADDING - style.width(right), baseline, right);
        }
    }

    /**
     * The QR code with its quiet zone on the left and rows beside it. The quiet zone is part of the row, so
     * nothing else is drawn within four modules of the symbol.
     */
    record QrBlock(ByteMatrix matrix, float module, float x, List<Row> beside, boolean keepWithNext)
            implements Row {
        static final int QUIET_MODULES = 4;

        float symbolSide() {
            return side(matrix, module);
        }

        @Override
        public float height() {
            return Math.max(symbolSide() + 1f, besideHeight() + QUIET_MODULES * module);
        }

        @Override
        public void draw(Canvas canvas, float top) throws IOException {
            // Whole points: at 72 dpi every module then covers exactly whole pixels (a crisp symbol to decode).
            canvas.qr(matrix, x + QUIET_MODULES * module, (float) Math.floor(top - QUIET_MODULES * module), module);
            float y = top - QUIET_MODULES * module;
            for (Row row : beside) {
                row.draw(canvas, y);
                y -= row.height();
            }
        }

        float besideHeight() {
            return beside.stream().map(Row::height).reduce(0f, Float::sum);
        }

        static float side(ByteMatrix matrix, float module) {
            return (matrix.getWidth() + 2 * QUIET_MODULES) * module;
        }
    }
}
