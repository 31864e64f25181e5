package mx.buzon.acuse.internal;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The text of a document's first page in the order its content draws it: what the sealed-acuse verifier reads for
 * the labelled folio, fecha and RFC. Each glyph's Unicode text (its font's {@code ToUnicode}) is appended; a glyph
 * on another baseline than the last starts a new line, and one that starts apart from where the last one ended (a gap
 * wider than a fifth of the font size, or a step back as wide) is preceded
 * by a space. Whitespace is all that may differ from {@link org.apache.pdfbox.text.PDFTextStripper}'s text, and
 * {@link VisibleFields} ignores it.
 *
 * <p>Why not {@code PDFTextStripper}: it builds a {@code TextPosition} per glyph, sorts, detects duplicate
 * overlapping glyphs with a tree map, runs the Unicode bidirectional algorithm and normalises every word; for
 * three labelled fields that was about two thirds of verifying a sealed acuse.
 *
 * <p>Threat: the first page of a file sealed by an untrusted credential is still read, so it may be hostile
 * (millions of glyphs, nested {@code q}, forms drawing forms). The same {@link WorkBudget} as the other engines
 * counts operators, glyphs, graphics depth, forms and the content read, so it ends with
 * {@code ACUSE_CONTENIDO_EXCESIVO} within the same bounds. Type 3 glyph procedures are not run (their text is
 * their {@code ToUnicode}, like any other font's). Not thread-safe: one instance per extraction.
 */
final class FirstPageText extends PDFStreamEngine {

    /** A gap, as a fraction of the font size, that reads as a space between two glyphs. */
    private static final float SPACE_GAP = 0.2f;

    private final WorkBudget work = new WorkBudget();
    private final StringBuilder text = new StringBuilder(4096);
    private boolean started;
    private float lastY;
    private float lastEndX;
    private float lastSize;

    private FirstPageText() {
        addOperator(new BeginText(this));
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new EndText(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new NextLine(this));
        addOperator(new SetCharSpacing(this));
        addOperator(new MoveText(this));
        addOperator(new MoveTextSetLeading(this));
        addOperator(new SetFontAndSize(this));
        addOperator(new ShowText(this));
        addOperator(new ShowTextAdjusted(this));
        addOperator(new SetTextLeading(this));
        addOperator(new SetMatrix(this));
        addOperator(new SetTextRenderingMode(this));
        addOperator(new SetTextRise(this));
        addOperator(new SetWordSpacing(this));
        addOperator(new SetTextHorizontalScaling(this));
        addOperator(new ShowTextLine(this));
        addOperator(new ShowTextLineAndSpace(this));
    }

    /**
     * @param document an open PDF with at least one page
     * @return the first page's text
     * @throws IOException if PDFBox cannot read the page
     * @throws mx.buzon.acuse.AcuseException {@code ACUSE_CONTENIDO_EXCESIVO} past a bound of {@link WorkBudget}
     */
    static String of(PDDocument document) throws IOException {
        FirstPageText engine = new FirstPageText();
        engine.processPage(document.getPage(0));
        return engine.text.toString();
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        work.page(page);
        super.processPage(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        work.operator(getGraphicsStackSize());
        super.processOperator(operator, operands);
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
    protected void showText(byte[] string) throws IOException {
        work.glyphs(string.length);
        super.showText(string);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
        String unicode = font.toUnicode(code);
        if (unicode == null) {
            return;
        }
        float x = textRenderingMatrix.getTranslateX();
        float y = textRenderingMatrix.getTranslateY();
        float size = Math.abs(textRenderingMatrix.getScalingFactorY());
        if (started) {
            float tolerance = Math.max(0.5f, 0.5f * Math.min(size, lastSize));
            if (Math.abs(y - lastY) > tolerance) {
                text.append('\n');
            } else if (Math.abs(x - lastEndX) > SPACE_GAP * Math.max(size, lastSize)) {
                text.append(' ');
            }
        }
        text.append(unicode);
        started = true;
        lastY = y;
        lastSize = size;
        lastEndX = x + displacement.getX() * textRenderingMatrix.getScalingFactorX();
    }
}
