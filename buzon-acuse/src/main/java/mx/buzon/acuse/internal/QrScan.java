package mx.buzon.acuse.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import mx.buzon.acuse.AcuseReader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.RenderDestination;

/**
 * Finds and decodes the first readable QR code of a document, rendering as little as it can.
 *
 * <p>First, on every page from the last (where an acuse's QR code is) to the first, each region where the
 * content stream draws something shaped like a vector QR symbol ({@link QrRegions}) is rendered alone, with
 * its four-module quiet zone, at the given resolution: the whole page is drawn into that small image, so what
 * is painted over the symbol is what is decoded, but only about 3% of a page's pixels are filled and searched
 * (for the SDK's one-page acuse). Rotated pages and regions beyond the first {@link #MAX_REGIONS_PER_PAGE} of a
 * page are left to the second step. Only when no region decodes (a scanned or raster QR code, or a symbol that
 * was painted over) are whole pages rendered and searched, last page first, as a viewer would show them. Each
 * image is tried with ZXing's defaults first, then with {@code TRY_HARDER}.
 */
final class QrScan {

    /** The most QR-shaped regions of one page that are rendered before falling back to the whole page. */
    static final int MAX_REGIONS_PER_PAGE = 4;
    private static final int QUIET_MODULES = 4;
    private static final float POINTS_PER_INCH = 72f;
    private static final List<Map<DecodeHintType, Object>> HINTS = List.of(Map.of(),
            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));

    private QrScan() {
    }

    /**
     * @param document an open PDF with at least one page
     * @param dpi the resolution of every rendering
     * @return the text of the first QR code found, if any
     * @throws IOException if PDFBox cannot read or render a page
     */
    static Optional<String> first(PDDocument document, float dpi) throws IOException {
        float scale = dpi / POINTS_PER_INCH;
        WorkBudget work = new WorkBudget();
        for (int index = document.getNumberOfPages() - 1; index >= 0; index--) {
            PDPage page = document.getPage(index);
            if (page.getRotation() % 360 != 0) {
                continue;
            }
            for (QrRegions.Region region : candidates(page, work)) {
                Optional<Rendered> rendered = renderRegion(document, index, region, scale, work);
                Optional<String> text = rendered.isEmpty() ? Optional.empty() : decode(rendered.get().image());
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        PDFRenderer renderer = new BoundedRenderer(document, work);
        for (int index = document.getNumberOfPages() - 1; index >= 0; index--) {
            OptionalDouble pageScale = boundedScale(document.getPage(index).getCropBox(), scale);
            if (pageScale.isEmpty()) {
                continue;
            }
            Optional<String> text = decode(renderer.renderImage(index, (float) pageScale.getAsDouble(),
                    ImageType.RGB));
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /**
     * The scale at which a whole page may be rendered: the requested one, or a smaller one that keeps the image
     * within {@link AcuseReader#MAX_RENDER_PIXELS}; none for a page whose size is not a positive finite number.
     * (A 14,400-point page at 150 dpi would need 3.6 GB.)
     */
    static OptionalDouble boundedScale(PDRectangle box, float scale) {
        double width = box.getWidth();
        double height = box.getHeight();
        if (!(Double.isFinite(width) && Double.isFinite(height) && width >= 1 && height >= 1)) {
            return OptionalDouble.empty();
        }
        double pixels = width * scale * height * scale;
        double bounded = pixels <= AcuseReader.MAX_RENDER_PIXELS ? scale
                : Math.sqrt(AcuseReader.MAX_RENDER_PIXELS / (width * height));
        // Java2D's rasteriser allocates per pixel row, so a 1-pixel-wide, 5-million-pixel-tall image runs a
        // 256 MiB heap out of memory (a 612 x 2,147,483,647 point page, found by a 30-minute fuzzing campaign).
        bounded = Math.min(bounded, AcuseReader.MAX_RENDER_SIDE / Math.max(width, height));
        if (width * bounded < 1 || height * bounded < 1) {
            return OptionalDouble.empty();   // a side under one pixel: no QR code can be read there
        }
        return OptionalDouble.of(bounded);
    }

    /**
     * The regions of a page worth rendering: at most {@link #MAX_REGIONS_PER_PAGE}, in drawing order, so that a
     * file full of QR-shaped paths costs no more than a few whole-page renderings.
     */
    static List<QrRegions.Region> candidates(PDPage page) throws IOException {
        return candidates(page, new WorkBudget());
    }

    private static List<QrRegions.Region> candidates(PDPage page, WorkBudget work) throws IOException {
        List<QrRegions.Region> regions = QrRegions.of(page, work);
        return regions.size() <= MAX_REGIONS_PER_PAGE ? regions : regions.subList(0, MAX_REGIONS_PER_PAGE);
    }

    /**
     * Part of a page's rendering.
     *
     * @param image the pixels
     * @param x the column of the whole-page rendering where the image's first column is
     * @param y the row of the whole-page rendering where the image's first row is
     */
    record Rendered(BufferedImage image, int x, int y) {
    }

    /**
     * Renders the page into an image that covers only the region and its quiet zone, on the same pixel grid as
     * a whole-page rendering at this scale (and, {@link RegionRenderer} ensures, with the same pixels).
     */
    static Optional<Rendered> renderRegion(PDDocument document, int index, QrRegions.Region region, float scale)
            throws IOException {
        return renderRegion(document, index, region, scale, new WorkBudget());
    }

    private static Optional<Rendered> renderRegion(PDDocument document, int index, QrRegions.Region region,
            float scale, WorkBudget work) throws IOException {
        PDRectangle cropBox = document.getPage(index).getCropBox();
        if (boundedScale(cropBox, scale).orElse(0) < scale) {
            return Optional.empty();   // pixel offsets on such a page overflow; the whole-page step decides
        }
        Rectangle2D symbol = region.bounds();
        double quiet = QUIET_MODULES * region.module();
        double left = Math.max(symbol.getMinX() - quiet, cropBox.getLowerLeftX());
        double right = Math.min(symbol.getMaxX() + quiet, cropBox.getUpperRightX());
        double bottom = Math.max(symbol.getMinY() - quiet, cropBox.getLowerLeftY());
        double top = Math.min(symbol.getMaxY() + quiet, cropBox.getUpperRightY());
        double regionPixels = (right - left) * scale * (top - bottom) * scale;
        if (!(regionPixels > 0 && regionPixels <= AcuseReader.MAX_RENDER_PIXELS)) {
            return Optional.empty();   // a symbol drawn larger than any page could carry, or of no size
        }
        int x0 = (int) Math.floor((left - cropBox.getLowerLeftX()) * scale);
        int x1 = (int) Math.ceil((right - cropBox.getLowerLeftX()) * scale);
        int y0 = (int) Math.floor((cropBox.getUpperRightY() - top) * scale);
        int y1 = (int) Math.ceil((cropBox.getUpperRightY() - bottom) * scale);
        BufferedImage image = new BufferedImage(Math.max(1, x1 - x0), Math.max(1, y1 - y0),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setBackground(Color.WHITE);
            graphics.clearRect(0, 0, image.getWidth(), image.getHeight());
            graphics.translate(-x0, -y0);
            new RegionRenderer(document, new Rectangle2D.Double(left, bottom, right - left, top - bottom), work)
                    .renderPageToGraphics(index, graphics, scale, scale, RenderDestination.EXPORT);
        } finally {
            graphics.dispose();
        }
        return Optional.of(new Rendered(image, x0, y0));
    }

    private static Optional<String> decode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        for (Map<DecodeHintType, Object> hints : HINTS) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (ReaderException e) {
                // not found with these hints: try harder, then the next image
            }
        }
        return Optional.empty();
    }
}
