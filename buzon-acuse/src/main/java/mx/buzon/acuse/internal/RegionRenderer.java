package mx.buzon.acuse.internal;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * A {@link PDFRenderer} for one region of a page: it draws everything PDFBox would, except filled glyphs whose
 * outline (taken from the glyph itself, not from font metrics a file could understate) lies wholly outside the
 * region, which cannot change a pixel of it. Text is most of an acuse page, so this is most of the saving of
 * rendering a region instead of the page. Glyphs of fonts that are not embedded (PDFBox may stretch them to the
 * PDF's widths), of Type 3 fonts, or drawn in any mode but fill, are always drawn.
 *
 * <p>One instance per rendering and thread.
 */
final class RegionRenderer extends PDFRenderer {

    /** Anti-aliasing reaches one pixel beyond a shape; two points cover it at any resolution above 72 dpi. */
    private static final double MARGIN = 2.0;

    private final Rectangle2D region;
    private final WorkBudget work;

    /**
     * @param document the document
     * @param region the part of the page that is rendered, in page space (PDF points, y up)
     * @param work the budget of the QR search this rendering is part of
     */
    RegionRenderer(PDDocument document, Rectangle2D region, WorkBudget work) {
        super(document);
        // Images are read at the resolution they are drawn at: a 40-million-pixel scan drawn on a 2-million-pixel
        // page is not decoded whole (that took 4 s and 160 MiB of heap). Both renderers do it, so that a region
        // still has the pixels of the whole page.
        setSubsamplingAllowed(true);
        this.work = work;
        this.region = new Rectangle2D.Double(region.getX() - MARGIN, region.getY() - MARGIN,
                region.getWidth() + 2 * MARGIN, region.getHeight() + 2 * MARGIN);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new RegionDrawer(parameters, region, work);
    }

    private static final class RegionDrawer extends BoundedPageDrawer {
        private final Rectangle2D region;
        private final Map<PDFont, Map<Integer, Rectangle2D>> outlines = new HashMap<>();

        RegionDrawer(PageDrawerParameters parameters, Rectangle2D region, WorkBudget work) throws IOException {
            super(parameters, work);
            this.region = region;
        }

        @Override
        protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException {
            if (font instanceof PDVectorFont vector && font.isEmbedded()
                    && getGraphicsState().getTextState().getRenderingMode() == RenderingMode.FILL) {
                Map<Integer, Rectangle2D> ofFont = outlines.computeIfAbsent(font, f -> new HashMap<>());
                Rectangle2D outline = ofFont.get(code);
                if (outline == null) {
                    outline = vector.getNormalizedPath(code).getBounds2D();
                    ofFont.put(code, outline);
                }
                AffineTransform at = textRenderingMatrix.createAffineTransform();
                at.concatenate(font.getFontMatrix().createAffineTransform());
                if (outline.isEmpty() || !at.createTransformedShape(outline).getBounds2D().intersects(region)) {
                    return;
                }
            }
            super.showFontGlyph(textRenderingMatrix, font, code, displacement);
        }
    }
}
