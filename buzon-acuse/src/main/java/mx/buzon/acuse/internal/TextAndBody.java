package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

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
        private final WorkBudget work = new WorkBudget();

        Stripper(Writer body) {
            this.body = body;
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            work.operator(getGraphicsStackSize());
            super.processOperator(operator, operands);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            work.page(page);
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            work.drawWithin(form.getCOSObject(), WorkBudget.FORM_COST, () -> super.showForm(form));
        }

        @Override
        protected void processTransparencyGroup(PDTransparencyGroup group) throws IOException {
            work.drawWithin(group.getCOSObject(), WorkBudget.FORM_COST, () -> super.processTransparencyGroup(group));
        }

        @Override
        protected void processType3Stream(PDType3CharProc procedure, Matrix textRenderingMatrix) throws IOException {
            work.drawWithin(procedure.getCOSObject(), 0,
                    () -> super.processType3Stream(procedure, textRenderingMatrix));
        }

        @Override
        protected void showText(byte[] string) throws IOException {
            work.glyphs(string.length);
            super.showText(string);
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
