package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import mx.buzon.acuse.AcuseDocument;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseReader;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.problem.Finding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding the QR code: the vector symbol's region is rendered alone with exactly the pixels of a whole-page
 * rendering, so what is painted over it is what is read; a QR code that is only an image (a scanned acuse) is
 * still found by rendering the whole page.
 */
class QrScanTest {

    private static final float SCALE = AcuseReader.QR_DPI / 72f;
    private static final String OTHER_URL = "https://otro.example.mx/acuse?folio=FALSO";

    private static byte[] issued;
    private static String url;

    @BeforeAll
    static void issue() {
        issued = DomainAcuses.issuer().issue(DomainAcuses.of(AcuseTipo.RECEPCION_PROMOCION),
                DomainAcuses.ERIKA.efirma()).pdf();
        url = AcuseReader.standard().read(issued).qrPayload().orElseThrow();
    }

    @Test
    void regions_issuedAcuse_oneSquareRegionOfWholeModules() throws Exception {
        try (PDDocument document = Loader.loadPDF(issued)) {
            List<QrRegions.Region> regions = QrRegions.of(document.getPage(0));

            assertThat(regions).hasSize(1);
            QrRegions.Region region = regions.get(0);
            assertThat(region.module()).isCloseTo(ContentBuilder.QR_MODULE, within(1e-3));
            double modules = region.bounds().getWidth() / region.module();
            assertThat(modules).isCloseTo(Math.rint(modules), within(1e-3)).isBetween(21.0, 177.0);
            assertThat(region.bounds().getHeight()).isCloseTo(region.bounds().getWidth(), within(1e-3));
        }
    }

    @Test
    void regions_pageWithoutVectorQr_none() throws Exception {
        try (PDDocument document = Loader.loadPDF(pageWithImage(qrImage(url, 240), 100, 300, 160))) {
            assertThat(QrRegions.of(document.getPage(0))).isEmpty();
        }
    }

    @Test
    void candidates_pageFullOfQrShapedPaths_atMostFourRegions() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                for (int symbol = 0; symbol < 6; symbol++) {
                    float left = 40 + symbol * 90;
                    for (int row = 0; row < 21; row++) {
                        stream.addRect(left, 500 + row * 3, row == 0 || row == 20 ? 63 : 3, 3);
                    }
                    stream.addRect(left + 60, 503, 3, 57);
                    stream.fill();
                }
            }
            assertThat(QrRegions.of(page)).hasSize(6);

            assertThat(QrScan.candidates(page)).hasSize(QrScan.MAX_REGIONS_PER_PAGE)
                    .isEqualTo(QrRegions.of(page).subList(0, QrScan.MAX_REGIONS_PER_PAGE));
        }
    }

    /** The fast path must not change what is seen: same pixels as the whole page, text skipped or not. */
    @Test
    void renderRegion_qrRegionAndARegionFullOfText_samePixelsAsTheWholePageRendering() throws Exception {
        try (PDDocument document = Loader.loadPDF(issued)) {
            BufferedImage page = new PDFRenderer(document).renderImage(0, SCALE, ImageType.RGB);
            QrRegions.Region qr = QrRegions.of(document.getPage(0)).get(0);
            Rectangle2D text = new Rectangle2D.Double(40, 200, 300, 300);

            for (QrRegions.Region region : List.of(qr, new QrRegions.Region(text, 2.4))) {
                QrScan.Rendered part = QrScan.renderRegion(document, 0, region, SCALE).orElseThrow();
                BufferedImage image = part.image();
                assertThat(image.getWidth() * image.getHeight()).isLessThan(page.getWidth() * page.getHeight() / 4);
                int dark = 0;
                for (int y = 0; y < image.getHeight(); y++) {
                    for (int x = 0; x < image.getWidth(); x++) {
                        int pixel = image.getRGB(x, y);
                        assertThat(pixel).as("pixel %d,%d of region %s", x, y, region)
                                .isEqualTo(page.getRGB(part.x() + x, part.y() + y));
                        dark += (pixel & 0xff) < 128 ? 1 : 0;
                    }
                }
                assertThat(dark).as("something is drawn in %s", region).isGreaterThan(1000);
            }
        }
    }

    @Test
    void read_qrOnlyAsAnImage_foundByRenderingTheWholePage() throws Exception {
        byte[] scanned = pageWithImage(qrImage(url, 240), 380, 120, 160);

        AcuseDocument document = AcuseReader.standard().read(scanned);

        assertThat(document.qrPayload()).hasValue(url);
    }

    @Test
    void read_vectorQrCoveredByAnotherQrImage_readsTheVisibleOne() throws Exception {
        byte[] covered = overIssuedQr((stream, symbol, document) -> {
            double quiet = 4 * ContentBuilder.QR_MODULE;
            PDImageXObject image = LosslessFactory.createFromImage(document, qrImage(OTHER_URL, 400));
            stream.drawImage(image, (float) (symbol.getMinX() - quiet), (float) (symbol.getMinY() - quiet),
                    (float) (symbol.getWidth() + 2 * quiet), (float) (symbol.getHeight() + 2 * quiet));
        });

        assertThat(AcuseReader.standard().read(covered).qrPayload()).hasValue(OTHER_URL);
        AcuseVerification verification = AcusePdfVerifier.withInstitution(DomainAcuses.institutionCertificate())
                .verify(covered);
        assertThat(verification.veredicto()).isEqualTo(mx.buzon.acuse.Veredicto.INVALIDO);
    }

    @Test
    void read_vectorQrPaintedOverInWhite_noQr() throws Exception {
        byte[] covered = overIssuedQr((stream, symbol, document) -> {
            stream.setNonStrokingColor(Color.WHITE);
            stream.addRect((float) symbol.getMinX(), (float) symbol.getMinY(), (float) symbol.getWidth(),
                    (float) symbol.getHeight());
            stream.fill();
        });

        assertThat(AcuseReader.standard().read(covered).qrPayload()).isEmpty();
        AcuseVerification verification = AcusePdfVerifier.withInstitution(DomainAcuses.institutionCertificate())
                .verify(covered);
        assertThat(verification.veredicto()).isEqualTo(mx.buzon.acuse.Veredicto.INVALIDO);
    }

    private interface Overlay {
        void draw(PDPageContentStream stream, Rectangle2D symbol, PDDocument document) throws Exception;
    }

    /** The issued acuse with something drawn after its content, over the QR symbol. */
    private static byte[] overIssuedQr(Overlay overlay) throws Exception {
        try (PDDocument document = Loader.loadPDF(issued)) {
            PDPage page = document.getPage(0);
            Rectangle2D symbol = QrRegions.of(page).get(0).bounds();
            try (PDPageContentStream stream = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                overlay.draw(stream, symbol, document);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF whose only content is an image, as a scanner makes. */
    private static byte[] pageWithImage(BufferedImage image, float x, float y, float side) throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(LosslessFactory.createFromImage(document, image), x, y, side, side);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage qrImage(String text, int side) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side,
                Map.of(EncodeHintType.MARGIN, 4));
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xffffff);
            }
        }
        return image;
    }

    /**
     * The rendering bounds as a rule: Letter renders at the requested scale; huge pages shrink to the pixel and
     * side budgets; a page that would be under a pixel on one side is not rendered. The 612 x 2,147,483,647 page
     * is the one a 30-minute campaign found: rendered 1 pixel wide and 5.3 million tall, it ran a 256 MiB heap out
     * of memory inside Java2D.
     */
    @Test
    void boundedScale_keepsEveryRenderingWithinThePixelAndSideBudgets() {
        float scale = AcuseReader.QR_DPI / 72f;
        assertThat(QrScan.boundedScale(PDRectangle.LETTER, scale)).hasValue(scale);
        for (PDRectangle box : List.of(new PDRectangle(14_400, 14_400), new PDRectangle(612, 20_000),
                new PDRectangle(5_000, 612), PDRectangle.A0)) {
            // As PDFRenderer sizes the image: the float scale QrScan passes, each side floored.
            float bounded = (float) QrScan.boundedScale(box, scale).orElseThrow();
            double width = Math.floor(box.getWidth() * bounded);
            double height = Math.floor(box.getHeight() * bounded);
            assertThat(width * height).as("%s", box).isLessThanOrEqualTo(AcuseReader.MAX_RENDER_PIXELS);
            assertThat(Math.max(width, height)).as("%s", box).isLessThanOrEqualTo(AcuseReader.MAX_RENDER_SIDE);
            assertThat(Math.min(width, height)).as("%s", box).isGreaterThanOrEqualTo(1);
        }
        for (PDRectangle box : List.of(new PDRectangle(612, 2_147_483_647f), new PDRectangle(612, Float.MAX_VALUE),
                new PDRectangle(0.5f, 792), new PDRectangle(612, Float.POSITIVE_INFINITY),
                new PDRectangle(612, Float.NaN))) {
            assertThat(QrScan.boundedScale(box, scale)).as("%s", box).isEmpty();
        }
    }
}
