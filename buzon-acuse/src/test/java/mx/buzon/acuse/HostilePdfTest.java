package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PDFs built to exhaust the verifier rather than to fool it. An uploaded file must cost a bounded amount of time
 * and memory: a typed error or a verdict, never an {@code OutOfMemoryError} or minutes of rendering.
 */
class HostilePdfTest {

    /**
     * The sealed-acuse verifier refuses an unsealed file before parsing it (ACUSE_SIN_SELLO_PDF), so these
     * hostile files are parsed through the reader, the path a sealed hostile file would take after its seal.
     */
    private static final Parser VERIFIER = bytes -> {
        AcuseDocument document = AcuseReader.standard().read(bytes);
        return AcuseVerifier.builder(json -> {
            throw new IllegalArgumentException("no claims");
        }).build().verify(bytes);
    };

    private interface Parser {
        AcuseVerification verify(byte[] pdf);
    }

    /** One page per entry of the page tree, all sharing one small content stream. */
    static byte[] pages(int count, String mediaBox) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int content = pdf.stream("", "0 0 0 rg 10 10 50 50 re f".getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox " + mediaBox + " /Contents "
                    + content + " 0 R /Resources << >> >>");
            kids.append(page).append(" 0 R ");
        }
        pdf.set(tree, "<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    @Test
    @Timeout(20)
    void verify_fiveThousandPages_isRefusedWithoutRenderingThem() {
        byte[] pdf = pages(5_000, "[0 0 612 792]");
        assertThatThrownBy(() -> VERIFIER.verify(pdf)).isInstanceOfSatisfying(AcuseException.class,
                e -> assertThat(e.errorCode()).isEqualTo(AcuseErrorCode.ACUSE_DEMASIADAS_PAGINAS))
                .hasMessageContaining("5000");
    }

    @Test
    @Timeout(20)
    void verify_aPageTheSizeOfAFootballField_givesAVerdictInsteadOfRunningOutOfMemory() {
        // 14,400 pt is PDF's largest page side (200 in); at 150 dpi a full rendering would need 3.6 GB.
        AcuseVerification verdict = VERIFIER.verify(pages(1, "[0 0 14400 14400]"));
        assertThat(verdict.isValid()).isFalse();
        assertThat(verdict.findings()).extracting(Finding::code).contains("ACUSE_SIN_DATOS");
    }

    @Test
    @Timeout(20)
    void verify_absurdPageSizes_giveAVerdictOrATypedError() {
        // 7e92 is the MediaBox the 30-minute acuse campaign found: PDFBox reads it as a float near its maximum,
        // and a bounded scale rounded the 612-point side up to one pixel and left 2^31 pixels for the other.
        for (String box : new String[] {"[0 0 1e30 1e30]", "[0 0 -5000000 3000000]", "[0 0 0 0]",
                "[0 0 99999999 1]", "[0 0 612 7e92]", "[0 0 612 3e38]", "[0 0 1e-30 792]"}) {
            try {
                assertThat(VERIFIER.verify(pages(1, box)).isValid()).as(box).isFalse();
            } catch (AcuseException expected) {
                assertThat(expected.errorCode()).as(box).isNotNull();
            }
        }
    }

    @Test
    @Timeout(20)
    void verify_aContentStreamThatInflatesToAQuarterGigabyte_isRefusedWithinSeconds() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int content = pdf.stream("/Filter /FlateDecode", RawPdf.deflatedZeros(256L << 20));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        byte[] bytes = pdf.bytes(catalog);
        assertThat(bytes.length).isLessThan(AcuseReader.DEFAULT_MAX_BYTES);
        long start = System.nanoTime();
        assertThatThrownBy(() -> VERIFIER.verify(bytes)).isInstanceOfSatisfying(AcuseException.class,
                e -> assertThat(e.errorCode()).isEqualTo(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO));
        // Before the budget, a 2 GiB one took 24 s to read (heap permitting); now decoding stops at 32 MiB.
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(5));
    }

    @Test
    @Timeout(20)
    void verify_anImageThatClaimsABillionPixels_isRefusedBeforeRendering() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int image = pdf.stream("/Type /XObject /Subtype /Image /Width 40000 /Height 30000 /ColorSpace /DeviceRGB"
                + " /BitsPerComponent 8 /Filter /FlateDecode", RawPdf.deflatedZeros(1 << 20));
        int content = pdf.stream("", "q 612 0 0 792 0 0 cm /Im0 Do Q".getBytes(StandardCharsets.ISO_8859_1));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /Im0 " + image + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        assertThatThrownBy(() -> VERIFIER.verify(pdf.bytes(catalog))).isInstanceOfSatisfying(AcuseException.class,
                e -> assertThat(e.errorCode()).isEqualTo(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO))
                .hasMessageContaining("40000 × 30000");
    }
}
