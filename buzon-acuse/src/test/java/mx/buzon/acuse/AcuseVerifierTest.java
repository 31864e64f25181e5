package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import mx.buzon.problem.Finding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cross-checks of an acuse PDF against its embedded data, and the hooks for sello and firma. */
class AcuseVerifierTest {

    private static final Map<String, AcuseLayout> RENDERED = new ConcurrentHashMap<>();
    private static final AcuseVerifier VERIFIER = AcuseVerifier.builder(TestClaims::read).build();
    private static final AcuseVerifier STRICT = AcuseVerifier.builder(TestClaims::read)
            .selloCheck((cadena, sello) -> List.of())
            .build();

    private static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = render(SampleAcuses.autorizacion().build());
    }

    private static byte[] render(AcuseLayout layout) {
        RENDERED.put(new String(layout.json(), StandardCharsets.UTF_8), layout);
        return AcuseRenderer.standard().render(layout);
    }

    @Test
    void verify_untouchedAcuseWithoutSelloCheck_isIntactButNotAuthenticated() {
        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INTEGRO_NO_AUTENTICADO);
        assertThat(result.isValid()).isFalse();
        assertThat(result.folio()).hasValue(SampleAcuses.FOLIO);
        assertThat(result.tipo()).hasValue("AUTORIZACION_OPINION_PUBLICA");
        assertThat(codes(result)).containsExactly("ACUSE_SELLO_SIN_VERIFICAR");
    }

    @Test
    void verify_bytesPathAndStream_sameVerdict(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("acuse.pdf"), pdf);
        AcuseVerification fromBytes = VERIFIER.verify(pdf);
        assertThat(VERIFIER.verify(file)).isEqualTo(fromBytes);
        assertThat(VERIFIER.verify(new java.io.ByteArrayInputStream(pdf))).isEqualTo(fromBytes);
    }

    @Test
    void verify_untouchedMultiPageAcuseWithAllChecks_hasNoFindings() {
        AcuseVerification result = STRICT.verify(render(SampleAcuses.multiPage().build()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void verify_selloAndFirmaChecks_receiveTheCadenaAndTheirSignature() {
        List<String> calls = new ArrayList<>();
        AcuseVerifier verifier = AcuseVerifier.builder(TestClaims::read)
                .selloCheck((cadena, sello) -> {
                    calls.add("sello " + cadena + " " + sello);
                    return List.of();
                })
                .firmaCheck((cadena, firma) -> {
                    calls.add("firma " + cadena + " " + firma);
                    return List.of(Finding.error(AcuseErrorCode.ACUSE_VERIFICACION_FALLIDA, null, "x", "y"));
                })
                .build();
        AcuseLayout layout = SampleAcuses.autorizacion().build();

        AcuseVerification result = verifier.verify(pdf);

        assertThat(calls).containsExactly(
                "sello " + layout.cadenaOriginal() + " " + layout.selloDigital(),
                "firma " + layout.cadenaOriginal() + " " + layout.firmaParticular().orElseThrow());
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void verify_selloCheckThatThrows_reportsVerificacionFallida() {
        AcuseVerifier verifier = AcuseVerifier.builder(TestClaims::read)
                .selloCheck((cadena, sello) -> {
                    throw new IllegalStateException("sin certificado");
                })
                .build();

        AcuseVerification result = verifier.verify(pdf);

        assertThat(codes(result)).containsExactly("ACUSE_VERIFICACION_FALLIDA");
        assertThat(result.findings().get(0).message()).contains("el sello digital", "sin certificado");
    }

    @Test
    void verify_dataTheClaimsReaderRejects_reportsDatosIlegibles() {
        AcuseVerifier verifier = AcuseVerifier.builder(json -> {
            throw new IllegalArgumentException("falta el folio");
        }).build();

        AcuseVerification result = verifier.verify(pdf);

        assertThat(codes(result)).containsExactly("ACUSE_DATOS_ILEGIBLES");
        assertThat(result.claims()).isEmpty();
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void verify_pdfWithoutData_reportsSinDatos() throws Exception {
        AcuseVerification result = VERIFIER.verify(AcuseReaderTest.plainPdf());

        assertThat(codes(result)).containsExactly("ACUSE_SIN_DATOS");
    }

    @Test
    void verify_jsonReplacedInsideThePdf_reportsDatosAlteradosAndTheMismatches() throws Exception {
        String json = new String(SampleAcuses.autorizacion().build().json(), StandardCharsets.UTF_8);
        String forged = json.replace(SampleAcuses.FOLIO, "BI-20260313-999999999")
                .replace(SampleAcuses.URL, "https://otro.example/v");

        AcuseVerification result = STRICT.verify(replaceJson(pdf, forged.getBytes(StandardCharsets.UTF_8)));

        assertThat(codes(result)).contains("ACUSE_DATOS_ALTERADOS", "ACUSE_FOLIO_NO_COINCIDE",
                "ACUSE_CADENA_NO_COINCIDE", "ACUSE_QR_NO_COINCIDE");
        assertThat(result.isValid()).isFalse();
    }

    @Test
    void verify_acuseRenderedFromOtherDataThanItCarries_reportsEachMismatch() {
        AcuseLayout shown = SampleAcuses.autorizacion().build();
        AcuseLayout carried = SampleAcuses.autorizacion()
                .json(SampleAcuses.json("BI-1", "||otra||", "QUJD", "QUJD").replace("GODE561231GR8", "COSC8001137NA")
                        .replace(SampleAcuses.URL, "https://buzon.imss.gob.mx/v?f=BI-1")
                        .getBytes(StandardCharsets.UTF_8))
                .build();
        assertThat(shown.cadenaOriginal()).isEqualTo(carried.cadenaOriginal());

        AcuseVerification result = VERIFIER.verify(AcuseRenderer.standard().render(carried));

        assertThat(codes(result)).containsExactly("ACUSE_FOLIO_NO_COINCIDE", "ACUSE_RFC_NO_COINCIDE",
                "ACUSE_CADENA_NO_COINCIDE", "ACUSE_SELLO_NO_COINCIDE", "ACUSE_QR_NO_COINCIDE",
                "ACUSE_SELLO_SIN_VERIFICAR");
    }

    /**
     * Without the re-render check: any changed byte inside the compressed JSON stream is caught (the stream
     * no longer inflates, or its content no longer matches the recorded MD5).
     */
    @Test
    void verify_changedByteInsideTheEmbeddedJson_isInvalidOrUnreadable() throws Exception {
        int start;
        int length;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            PDEmbeddedFile file = new PDComplexFileSpecification((COSDictionary) associated.getObject(0))
                    .getEmbeddedFile();
            byte[] raw;
            try (var in = file.getCOSObject().createRawInputStream()) {
                raw = in.readAllBytes();
            }
            start = indexOf(pdf, raw);
            length = raw.length;
        }
        assertThat(start).as("the compressed JSON is stored verbatim in the file").isPositive();
        long seed = 42L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 6; i++) {
            byte[] changed = pdf.clone();
            int at = start + random.nextInt(length);
            changed[at] = (byte) (changed[at] ^ (1 + random.nextInt(255)));
            try {
                AcuseVerification result = VERIFIER.verify(changed);
                assertThat(codes(result)).as("seed %d, byte %d", seed, at)
                        .containsAnyOf("ACUSE_DATOS_ALTERADOS", "ACUSE_DATOS_ILEGIBLES", "ACUSE_SIN_DATOS");
                assertThat(result.isValid()).isFalse();
            } catch (AcuseException e) {
                assertThat(e.code()).as("seed %d, byte %d", seed, at).isEqualTo("ACUSE_PDF_DANADO");
            }
        }
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static List<String> codes(AcuseVerification result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    /** Swaps the embedded file's content, leaving its recorded checksum as it was. */
    private static byte[] replaceJson(byte[] original, byte[] json) throws Exception {
        try (PDDocument document = Loader.loadPDF(original)) {
            COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            PDComplexFileSpecification spec = new PDComplexFileSpecification((COSDictionary) associated.getObject(0));
            PDEmbeddedFile file = spec.getEmbeddedFile();
            try (var out = file.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                new ByteArrayInputStream(json).transferTo(out);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
