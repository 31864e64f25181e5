package mx.buzon.acuse.internal;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * Finds where on a page a vector QR code may be drawn: a filled path made only of axis-aligned rectangles whose
 * bounds are square and between 21 and 177 of its smallest rectangle's side (QR versions 1 to 40), which is how
 * the SDK draws its QR code (one path of module runs). Only geometry is read, never the colours or what the
 * rectangles encode: the caller renders the region as it looks, so whatever is painted over it is what is
 * decoded. A QR code drawn as an image or as text is not found here (the caller falls back to the whole page).
 *
 * <p>One instance per page and thread.
 */
final class QrRegions extends PDFGraphicsStreamEngine {

    /** Rectangles of one path below this are backgrounds or rules, not a QR symbol. */
    private static final int MIN_RECTANGLES = 12;
    private static final int MIN_MODULES = 21;
    private static final int MAX_MODULES = 177;
    private static final double SQUARE_TOLERANCE = 0.05;
    private static final double EPSILON = 1e-3;

    /**
     * A candidate symbol in page space (PDF points, y up).
     *
     * @param bounds the dark modules' bounds
     * @param module the smallest rectangle side, taken as one module
     */
    record Region(Rectangle2D bounds, double module) {
    }

    private final List<Region> found = new ArrayList<>();
    private final Point2D.Float current = new Point2D.Float();
    private int rectangles;
    private boolean onlyRectangles = true;
    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;
    private double smallestSide = Double.POSITIVE_INFINITY;

    private final WorkBudget work;

    private QrRegions(PDPage page, WorkBudget work) {
        super(page);
        this.work = work;
    }

    /**
     * @param page the page
     * @return the candidate regions, in drawing order (with a budget of their own)
     * @throws IOException if the content stream cannot be read
     */
    static List<Region> of(PDPage page) throws IOException {
        return of(page, new WorkBudget());
    }

    /**
     * @param page the page
     * @param work the budget of the QR search this scan is part of
     * @return the candidate regions, in drawing order
     * @throws IOException if the content stream cannot be read
     */
    static List<Region> of(PDPage page, WorkBudget work) throws IOException {
        QrRegions engine = new QrRegions(page, work);
        engine.processPage(page);
        return List.copyOf(engine.found);
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
        work.drawWithin(procedure.getCOSObject(), 0, () -> super.processType3Stream(procedure, textRenderingMatrix));
    }

    @Override
    protected void showText(byte[] string) {
        // glyphs cannot be a vector QR symbol; skipping them is what makes the scan cheap
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        boolean axisAligned = (same(p0.getY(), p1.getY()) && same(p1.getX(), p2.getX())
                && same(p2.getY(), p3.getY()) && same(p3.getX(), p0.getX()))
                || (same(p0.getX(), p1.getX()) && same(p1.getY(), p2.getY())
                && same(p2.getX(), p3.getX()) && same(p3.getY(), p0.getY()));
        if (!axisAligned) {
            onlyRectangles = false;
            return;
        }
        double left = Math.min(p0.getX(), p2.getX());
        double right = Math.max(p0.getX(), p2.getX());
        double bottom = Math.min(p0.getY(), p2.getY());
        double top = Math.max(p0.getY(), p2.getY());
        if (right - left < EPSILON || top - bottom < EPSILON) {
            return;
        }
        rectangles++;
        minX = Math.min(minX, left);
        maxX = Math.max(maxX, right);
        minY = Math.min(minY, bottom);
        maxY = Math.max(maxY, top);
        smallestSide = Math.min(smallestSide, Math.min(right - left, top - bottom));
        current.setLocation(p0);
    }

    @Override
    public void fillPath(int windingRule) {
        endOfPath(true);
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        endOfPath(true);
    }

    @Override
    public void strokePath() {
        endOfPath(false);
    }

    @Override
    public void endPath() {
        endOfPath(false);
    }

    @Override
    public void clip(int windingRule) {
        // the clip is applied when the page is rendered; the path itself ends with endPath or a paint operator
    }

    @Override
    public void moveTo(float x, float y) {
        onlyRectangles = false;
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        onlyRectangles = false;
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        onlyRectangles = false;
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // a closed rectangle list is still a rectangle list
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // an image QR code is found by rendering the whole page
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // not a QR code
    }

    private void endOfPath(boolean filled) {
        if (filled && onlyRectangles && rectangles >= MIN_RECTANGLES) {
            double width = maxX - minX;
            double height = maxY - minY;
            double modules = width / smallestSide;
            if (Math.abs(width - height) <= SQUARE_TOLERANCE * Math.max(width, height)
                    && modules >= MIN_MODULES - SQUARE_TOLERANCE && modules <= MAX_MODULES + SQUARE_TOLERANCE) {
                found.add(new Region(new Rectangle2D.Double(minX, minY, width, height), smallestSide));
            }
        }
        rectangles = 0;
        onlyRectangles = true;
        minX = Double.POSITIVE_INFINITY;
        minY = Double.POSITIVE_INFINITY;
        maxX = Double.NEGATIVE_INFINITY;
        maxY = Double.NEGATIVE_INFINITY;
        smallestSide = Double.POSITIVE_INFINITY;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < EPSILON;
    }
}
