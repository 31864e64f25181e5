package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading acuse PDFs back: data, text, QR; and the stable codes for input that cannot be read. */
class AcuseReaderTest {

    private static final AcuseReader READER = AcuseReader.standard();
    private static AcuseLayout layout;
    private static byte[] pdf;

    @BeforeAll
    static void render() {
        layout = SampleAcuses.autorizacion().build();
        pdf = AcuseRenderer.standard().render(layout);
    }

    @Test
    void read_renderedAcuse_returnsJsonTextAndQrUrl() {
        AcuseDocument document = READER.read(pdf);

        assertThat(document.pageCount()).isEqualTo(1);
        assertThat(document.attachment()).hasValueSatisfying(attachment -> {
            assertThat(attachment.fileName()).isEqualTo("acuse.json");
            assertThat(attachment.mimeType()).isEqualTo("application/json");
            assertThat(attachment.bytes()).isEqualTo(layout.json());
            assertThat(attachment.checksumMatches()).isTrue();
        });
        assertThat(document.text()).contains(SampleAcuses.FOLIO, SampleAcuses.RFC, SampleAcuses.NOMBRE);
        assertThat(document.qrPayload()).hasValue(SampleAcuses.URL);
    }

    @Test
    void read_multiPageAcuse_findsTheQrOnItsPageAndTheWholeCadenaInTheBody() {
        AcuseLayout multi = SampleAcuses.multiPage().build();
        AcuseDocument document = READER.read(AcuseRenderer.standard().render(multi));

        assertThat(document.pageCount()).isGreaterThanOrEqualTo(3);
        assertThat(document.qrPayload()).hasValue(SampleAcuses.URL);
        assertThat(document.bodyText().replaceAll("\\s+", "")).contains(multi.cadenaOriginal())
                .doesNotContain("Página", "continuación");
    }

    @Test
    void read_longestAllowedUrl_decodesFromTheQr() {
        String url = "https://buzon.imss.gob.mx/v?" + "a1B2c3D4".repeat(64);
        url = url.substring(0, 512);
        AcuseDocument document = READER.read(AcuseRenderer.standard().render(
                SampleAcuses.autorizacion().verificationUrl(url).build()));

        assertThat(document.qrPayload()).hasValue(url);
    }

    @Test
    void read_path_readsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("acuse.pdf");
        Files.write(file, pdf);

        assertThat(READER.read(file).attachment()).isPresent();
    }

    @Test
    void read_missingFile_throwsLecturaFallida(@TempDir Path dir) {
        assertThat(code(() -> READER.read(dir.resolve("no-existe.pdf")))).isEqualTo("ACUSE_LECTURA_FALLIDA");
    }

    @Test
    void read_notAPdf_throwsNoEsPdf() {
        byte[] zip = {0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0};

        assertThat(code(() -> READER.read(zip))).isEqualTo("ACUSE_NO_ES_PDF");
        assertThat(code(() -> READER.read(new byte[0]))).isEqualTo("ACUSE_NO_ES_PDF");
        assertThat(code(() -> READER.read("{\"folio\":1}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo("ACUSE_NO_ES_PDF");
    }

    @Test
    void read_truncatedPdf_throwsTruncado() {
        for (int length : new int[] {pdf.length / 2, pdf.length - 20, 100}) {
            byte[] truncated = Arrays.copyOf(pdf, length);
            assertThat(code(() -> READER.read(truncated))).as("length %d", length).isEqualTo("ACUSE_PDF_TRUNCADO");
        }
    }

    @Test
    void read_encryptedPdf_throwsCifrado() throws Exception {
        assertThat(code(() -> READER.read(encrypted("")))).isEqualTo("ACUSE_PDF_CIFRADO");
        assertThat(code(() -> READER.read(encrypted("secreto")))).isEqualTo("ACUSE_PDF_CIFRADO");
    }

    @Test
    void read_largerThanTheBound_throwsDemasiadoGrande() {
        AcuseReader small = AcuseReader.withMaxBytes(4096);

        assertThat(code(() -> small.read(pdf))).isEqualTo("ACUSE_DEMASIADO_GRANDE");
        assertThat(code(() -> small.read(new ByteArrayInputStream(pdf)))).isEqualTo("ACUSE_DEMASIADO_GRANDE");
    }

    @Test
    void read_pdfWithoutData_returnsEmptyAttachmentAndQr() throws Exception {
        AcuseDocument document = READER.read(plainPdf());

        assertThat(document.attachment()).isEmpty();
        assertThat(document.qrPayload()).isEmpty();
    }

    /** Regression: the reader used to take the last /Data associated file instead of the first. */
    @Test
    void read_severalAssociatedFiles_takesTheFirstDataOne() throws Exception {
        byte[] withMore;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            associated.add(0, spec(document, "nota.txt", "Source", "otra cosa"));
            associated.add(spec(document, "otro.json", "Data", "{\"otro\":true}"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            withMore = out.toByteArray();
        }

        assertThat(READER.read(withMore).attachment()).hasValueSatisfying(a -> {
            assertThat(a.fileName()).isEqualTo("acuse.json");
            assertThat(a.bytes()).isEqualTo(layout.json());
        });
    }

    private static COSDictionary spec(PDDocument document, String name, String relationship, String content)
            throws Exception {
        PDEmbeddedFile file = new PDEmbeddedFile(document,
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), relationship);
        return spec.getCOSObject();
    }

    @Test
    void read_garbageBetweenHeaderAndEof_throwsDanado() {
        byte[] garbage = "%PDF-1.7\nesto no es un PDF\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(code(() -> READER.read(garbage))).isEqualTo("ACUSE_PDF_DANADO");
    }

    /** Property: whatever byte is changed, reading gives a document or an AcuseException, never another error. */
    @Test
    void read_randomlyChangedByte_givesDocumentOrAcuseException() {
        long seed = 20260313L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 12; i++) {
            byte[] changed = pdf.clone();
            int at = random.nextInt(changed.length);
            changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
            Throwable thrown = catchThrowable(() -> READER.read(changed));
            assertThat(thrown).as("seed %d, byte %d", seed, at).satisfiesAnyOf(
                    t -> assertThat(t).isNull(), t -> assertThat(t).isInstanceOf(AcuseException.class));
        }
    }

    @Test
    void withMaxBytes_belowOneKib_throwsIae() {
        assertThatThrownBy(() -> AcuseReader.withMaxBytes(10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1024");
    }

    static String code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AcuseException.class);
        AcuseException e = (AcuseException) thrown;
        assertThat(e.getMessage()).isNotBlank().doesNotContain("%s");
        return e.code();
    }

    static byte[] plainPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] encrypted(String userPassword) throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("propietario", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
