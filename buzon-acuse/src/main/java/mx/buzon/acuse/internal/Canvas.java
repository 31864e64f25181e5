package mx.buzon.acuse.internal;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Draws on one page: text runs, justified lines, rectangles, rules and a QR code as vector rectangles. */
final class Canvas {

    private static final byte[] SPAN_ACTUAL_TEXT = "/Span <</ActualText ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END_DICTIONARY_BDC = ">> BDC\n".getBytes(StandardCharsets.US_ASCII);

    private final PDPageContentStream stream;
    private final PDFont regular;
    private final PDFont bold;

    Canvas(PDPageContentStream stream, PDFont regular, PDFont bold) {
        this.stream = stream;
        this.regular = regular;
        this.bold = bold;
    }

    void text(Style style, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        begin(style, x, baseline);
        stream.showText(text);
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
        float adjustment = -slack / spaces * 1000f / style.size();
        List<Object> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                parts.add(text.substring(start, i + 1));
                parts.add(adjustment);
                start = i + 1;
            }
        }
        if (start < text.length()) {
            parts.add(text.substring(start));
        }
        begin(style, x, baseline);
        stream.showTextWithPositioning(parts.toArray());
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
        ByteArrayOutputStream operator = new ByteArrayOutputStream(text.length() + 40);
        operator.writeBytes(SPAN_ACTUAL_TEXT);
        COSWriter.writeString(new COSString(text), operator);
        operator.writeBytes(END_DICTIONARY_BDC);
        stream.appendRawCommands(operator.toByteArray());
    }

    void endActualText() throws IOException {
        stream.endMarkedContent();
    }

    void fillRect(int rgb, float x, float y, float width, float height) throws IOException {
        stream.setNonStrokingColor(red(rgb), green(rgb), blue(rgb));
        stream.addRect(x, y, width, height);
        stream.fill();
    }

    void rule(int rgb, float lineWidth, float x1, float y, float x2) throws IOException {
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

    private void begin(Style style, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(style.font() == FontProgram.BOLD ? bold : regular, style.size());
        stream.setNonStrokingColor(red(style.rgb()), green(style.rgb()), blue(style.rgb()));
        stream.newLineAtOffset(x, baseline);
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
