package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a document, and its body text (only what lies between the header rule and the footer rule of
 * each page), extracted in one pass over the content streams: each page's characters are collected once and
 * written twice, the second time without those outside the body.
 *
 * @param text the whole text, as {@link PDFTextStripper#getText} gives it
 * @param body the body text
 */
record TextAndBody(String text, String body) {

    /**
     * @param document an open PDF
     * @return its text and body text
     * @throws IOException if PDFBox cannot read a page
     */
    static TextAndBody of(PDDocument document) throws IOException {
        StringWriter text = new StringWriter();
        StringWriter body = new StringWriter();
        new Stripper(body).writeText(document, text);
        return new TextAndBody(text.toString(), body.toString());
    }

    private static boolean inBody(TextPosition position) {
        float fromTop = position.getYDirAdj();
        float height = position.getPageHeight();
        return fromTop > height - Page.HEADER_RULE && fromTop < height - Page.FOOTER_RULE;
    }

    private static final class Stripper extends PDFTextStripper {
        private final Writer body;

        Stripper(Writer body) {
            this.body = body;
        }

        @Override
        protected void writePage() throws IOException {
            super.writePage();
            Writer whole = output;
            output = body;
            try {
                for (List<TextPosition> article : charactersByArticle) {
                    article.removeIf(position -> !inBody(position));
                }
                super.writePage();
            } finally {
                output = whole;
            }
        }
    }
}
