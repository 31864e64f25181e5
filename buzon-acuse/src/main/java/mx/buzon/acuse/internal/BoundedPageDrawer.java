package mx.buzon.acuse.internal;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A {@link PageDrawer} that charges a {@link WorkBudget} for what it executes and paints: every operator, every
 * shown string, and for each fill, stroke, image, shading or glyph the device pixels of its bounds within the clip.
 * A page of a million page-sized fills then stops at the budget instead of rendering for minutes.
 */
class BoundedPageDrawer extends PageDrawer {

    private final WorkBudget work;

    BoundedPageDrawer(PageDrawerParameters parameters, WorkBudget work) throws IOException {
        super(parameters);
        this.work = work;
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
    protected void processAnnotation(PDAnnotation annotation, PDAppearanceStream appearance) throws IOException {
        work.drawWithin(appearance.getCOSObject(), WorkBudget.FORM_COST,
                () -> super.processAnnotation(annotation, appearance));
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
        work.drawWithin(procedure.getCOSObject(), 0, () -> super.processType3Stream(procedure, textRenderingMatrix));
    }

    @Override
    protected void showText(byte[] string) throws IOException {
        work.glyphs(string.length);
        super.showText(string);
    }

    @Override
    protected Paint getPaint(PDColor color) throws IOException {
        work.makingPaint();
        try {
            return super.getPaint(color);
        } finally {
            work.paintMade();
        }
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        work.paint(pixels(getLinePath().getBounds2D(), 0));
        super.fillPath(windingRule);
    }

    @Override
    public void strokePath() throws IOException {
        work.paint(pixels(getLinePath().getBounds2D(), transformWidth(getGraphicsState().getLineWidth())));
        super.strokePath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        work.paint(2 * pixels(getLinePath().getBounds2D(), transformWidth(getGraphicsState().getLineWidth())));
        super.fillAndStrokePath(windingRule);
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        AffineTransform ctm = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform();
        work.paint(pixels(ctm.createTransformedShape(new Rectangle(0, 0, 1, 1)).getBounds2D(), 0));
        super.drawImage(image);
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        work.paint(pixels(null, 0));
        super.shadingFill(shadingName);
    }

    @Override
    protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        AffineTransform at = textRenderingMatrix.createAffineTransform();
        at.concatenate(font.getFontMatrix().createAffineTransform());
        // the em square (1,000 glyph units) in user space; a glyph cannot paint much beyond it
        work.paint(pixels(at.createTransformedShape(new Rectangle(0, 0, 1000, 1000)).getBounds2D(), 0));
        super.showFontGlyph(textRenderingMatrix, font, code, displacement);
    }

    /**
     * The device pixels of user-space bounds (the whole clip when null), grown by half a line width, within the
     * current clip.
     */
    private double pixels(Rectangle2D bounds, float lineWidth) {
        Graphics2D graphics = getGraphics();
        if (graphics == null) {
            return 0;
        }
        Shape clip = graphics.getClip();
        Rectangle2D visible = clip == null ? null : clip.getBounds2D();
        Rectangle2D area = bounds;
        if (area != null && lineWidth > 0) {
            area = new Rectangle2D.Double(area.getX() - lineWidth / 2, area.getY() - lineWidth / 2,
                    area.getWidth() + lineWidth, area.getHeight() + lineWidth);
        }
        if (area == null) {
            area = visible;
        } else if (visible != null) {
            area = area.createIntersection(visible);
        }
        if (area == null || area.isEmpty()) {
            return 0;
        }
        AffineTransform device = graphics.getTransform();
        return area.getWidth() * area.getHeight() * Math.abs(device.getDeterminant());
    }
}
