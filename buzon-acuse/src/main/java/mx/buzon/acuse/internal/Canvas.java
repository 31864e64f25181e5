package mx.buzon.acuse.internal;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws on one page: text runs, justified lines, rectangles, rules and a QR code as vector rectangles. Text is
 * written as the 2-byte codes of the document's font subsets ({@link FontSubset}), whose glyphs must be known
 * before the first page is written: a document is drawn twice, first on a {@linkplain #collecting collecting}
 * canvas that only records the text into the subsets, then on one canvas per page.
 */
final class Canvas {

    /** The resource names of the fonts in every page's /Resources /Font. */
    static final String REGULAR_NAME = "F1";
    static final String BOLD_NAME = "F2";

    private static final byte[] SPAN_ACTUAL_TEXT = "/Span <</ActualText ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_DICTIONARY_BDC = ">> BDC\n".getBytes(StandardCharsets.US_ASCII);

    /** Null on a collecting canvas. */
    private final PDPageContentStream stream;
    private final FontSubset regular;
    private final FontSubset bold;
    private final StringBuilder operator = new StringBuilder(256);

    Canvas(PDPageContentStream stream, FontSubset regular, FontSubset bold) {
        this.stream = stream;
        this.regular = regular;
        this.bold = bold;
    }

    /** A canvas that draws nothing and adds every text drawn on it to the subset of its font. */
    static Canvas collecting(FontSubset regular, FontSubset bold) {
        return new Canvas(null, regular, bold);
    }

    void text(Style style, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        if (stream == null) {
            subset(style).add(text);
            return;
        }
        begin(style, x, baseline);
        operator.setLength(0);
        subset(style).encode(operator, text).append(" Tj\n");
        raw(operator);
        stream.endText();
    }

    /**
     * Draws a line stretched to {@code width} by widening its spaces with TJ adjustments. The spaces stay in
     * the text, so extraction gives back exactly the words and single spaces.
     */
    void justified(Style style, float x, float baseline, String text, float width) throws IOException {
        int spaces = (int) text.chars().filter(c -> c == ' ').count();
        float slack = width - style.width(text);
        if (spaces == 0 || slack <= 0) {
            text(style, x, baseline, text);
            return;
        }
        if (stream == null) {
            subset(style).add(text);
            return;
        }
        float adjustment = -slack / spaces * 1000f / style.size();
        FontSubset subset = subset(style);
        begin(style, x, baseline);
        operator.setLength(0);
        operator.append('[');
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                subset.encode(operator, text.subSequence(start, i + 1));
                number(operator.append(' '), adjustment).append(' ');
                start = i + 1;
            }
        }
        if (start < text.length()) {
            subset.encode(operator, text.subSequence(start, text.length()));
        }
        operator.append("] TJ\n");
        raw(operator);
        stream.endText();
    }

    /**
     * Opens a marked-content span whose text, for extraction and copying, is {@code text} instead of the glyphs
     * drawn until {@link #endActualText()} (ISO 32000-1, 14.9.4). Spans do not nest.
     *
     * <p>The property list is written inline ({@code /Span <</ActualText (...)>> BDC}), not as a named entry of
     * the page's /Properties: both forms are valid, but poppler (pdftotext, Evince, Okular) honours
     * /ActualText only in an inline dictionary and would otherwise extract the wrapped lines with their breaks.
     * The string is PDFDocEncoding when it can be, UTF-16BE with a BOM otherwise ({@link COSString}).
     */
    // appendRawCommands is deprecated in PDFBox 3 but is its only way to write an inline property list.
    @SuppressWarnings("deprecation")
    void beginActualText(String text) throws IOException {
        if (stream == null) {
            return;
        }
        ByteArrayOutputStream operator = new ByteArrayOutputStream(text.length() + 40);
        operator.writeBytes(SPAN_ACTUAL_TEXT);
        COSWriter.writeString(new COSString(text), operator);
        operator.writeBytes(END_DICTIONARY_BDC);
        stream.appendRawCommands(operator.toByteArray());
    }

    void endActualText() throws IOException {
        if (stream == null) {
            return;
        }
        stream.endMarkedContent();
    }

    void fillRect(int rgb, float x, float y, float width, float height) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void rule(int rgb, float lineWidth, float x1, float y, float x2) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setStrokingColor(red(rgb), green(rgb), blue(rgb));
        stream.setLineWidth(lineWidth);
        stream.moveTo(x1, y);
        stream.lineTo(x2, y);
        stream.stroke();
    }

    /**
     * Draws the dark modules of a QR symbol as one filled path (horizontal runs merged), black on the page's
     * white, with its top-left module at ({@code x}, {@code top}).
     */
    void qr(ByteMatrix matrix, float x, float top, float module) throws IOException {
        if (stream == null) {
            return;
        }
        stream.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
                    col++;
                }
                stream.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        stream.fill();
    }

    private FontSubset subset(Style style) {
        return style.font() == FontProgram.BOLD ? bold : regular;
    }

    // appendRawCommands is deprecated in PDFBox 3 but is its only way to show text in a font that is not a PDFont.
    @SuppressWarnings("deprecation")
    private void raw(CharSequence operators) throws IOException {
        stream.appendRawCommands(operators.toString());
    }

    private void begin(Style style, float x, float baseline) throws IOException {
        stream.beginText();
        operator.setLength(0);
        operator.append('/').append(style.font() == FontProgram.BOLD ? BOLD_NAME : REGULAR_NAME).append(' ');
        number(operator, style.size()).append(" Tf\n");
        raw(operator);
        stream.setNonStrokingColor(red(style.rgb()), green(style.rgb()), blue(style.rgb()));
        stream.newLineAtOffset(x, baseline);
    }

    /** A number as PDF writes it: at most four decimals, no exponent, no trailing zeros. */
    static StringBuilder number(StringBuilder b, float value) {
        long scaled = Math.round(value * 10_000d);
        if (scaled < 0) {
            b.append('-');
            scaled = -scaled;
        }
        b.append(scaled / 10_000);
        long fraction = scaled % 10_000;
        if (fraction != 0) {
            b.append('.');
            for (long digit = 1000; fraction != 0; digit /= 10) {
                b.append((char) ('0' + fraction / digit));
                fraction %= digit;
            }
        }
        return b;
    }

    private static float red(int rgb) {
        return ((rgb >> 16) & 0xff) / 255f;
    }

    private static float green(int rgb) {
        return ((rgb >> 8) & 0xff) / 255f;
    }

    private static float blue(int rgb) {
        return (rgb & 0xff) / 255f;
    }
}
