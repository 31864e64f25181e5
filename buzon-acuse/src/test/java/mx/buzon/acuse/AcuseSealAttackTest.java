package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.CA;
import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.OTRA_INSTITUCION;
import static mx.buzon.acuse.DomainAcuses.URL;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.problem.Finding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Every attack on an acuse as an attacker would try it, each refused with its precise verdict and finding:
 * re-rendered forgeries, self-made institutions, incremental updates after the seal, duplicate keys, and
 * particulars whose certificate could not sign (CSD, expired, another CA).
 */
class AcuseSealAttackTest {

    /** The host's configuration: the test "IMSS" is the trusted institution, the test CA the SAT. */
    static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate())
            .withSatRoots(CA.trustAnchors());

    static final IssuedAcuse ACTIVACION = AcuseIssuerTest.issue(AcuseTipo.ACTIVACION_BUZON);
    static final IssuedAcuse REGISTRO = AcuseIssuerTest.issue(AcuseTipo.REGISTRO_MEDIOS_CONTACTO);

    static List<String> errors(AcuseVerification v) {
        return v.findings().stream().filter(Finding::isError).map(Finding::code).toList();
    }

    static List<String> codes(AcuseVerification v) {
        return v.findings().stream().map(Finding::code).toList();
    }

    @Test
    void verify_bytesPathAndStream_sameVerdict(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.write(dir.resolve("acuse.pdf"), ACTIVACION.pdf());
        AcuseVerification fromBytes = VERIFIER.verify(ACTIVACION.pdf());
        assertThat(VERIFIER.verify(file)).isEqualTo(fromBytes);
        assertThat(VERIFIER.verify(new java.io.ByteArrayInputStream(ACTIVACION.pdf()))).isEqualTo(fromBytes);
    }

    @Test
    void verifyStream_endlessUpload_refusedAfterTheSizeLimitPlusOne() {
        long[] served = {0};
        java.io.InputStream endless = new java.io.InputStream() {
            @Override
            public int read() {
                served[0]++;
                return '%';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '%');
                served[0] += len;
                return len;
            }
        };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VERIFIER.verify(endless))
                .isInstanceOf(AcuseException.class)
                .satisfies(e -> assertThat(((AcuseException) e).code()).isEqualTo("ACUSE_DEMASIADO_GRANDE"));
        assertThat(served[0]).isLessThanOrEqualTo(AcuseReader.DEFAULT_MAX_BYTES + 1L);
    }

    @Test
    void verify_genuineAcuseWithTrustedInstitutionAndSatRoots_validWithoutFindings() {
        AcuseVerification result = VERIFIER.verify(ACTIVACION.pdf());

        assertThat(result.findings()).isEmpty();
        assertThat(result.veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(result.isValid()).isTrue();
    }

    // --- Re-rendered forgeries: the SDK's own renderer, the genuine data, one part changed ---

    private static AcuseVerification forged(List<String> institution, List<String> notes, String url, Acuse acuse) {
        byte[] json = SealedAcuses.json(acuse, institution, notes, Optional.of(ERIKA));
        return VERIFIER.verify(SealedAcuses.render(acuse, url, institution, notes, json));
    }

    @Test
    void verify_reRenderedWithSatAsInstitution_unsealedInvalid() {
        AcuseVerification result = forged(List.of("Servicio de Administración Tributaria"),
                List.of(AcuseIssuer.TEST_NOTE), URL.url(ACTIVACION.acuse()), ACTIVACION.acuse());

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_SIN_SELLO_PDF");
    }

    @Test
    void verify_reRenderedWithFalseOfficialNote_unsealedInvalid() {
        AcuseVerification result = forged(AcuseIssuer.TEST_INSTITUTION,
                List.of("Acuse con plena validez oficial."), URL.url(ACTIVACION.acuse()), ACTIVACION.acuse());

        assertThat(errors(result)).containsExactly("ACUSE_SIN_SELLO_PDF");
    }

    @Test
    void verify_reRenderedWithQrToAnotherSite_unsealedInvalid() {
        String url = VerificacionUrl.of("verifica.atacante.example", "/acuse").url(ACTIVACION.acuse());
        AcuseVerification result = forged(AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE), url,
                ACTIVACION.acuse());

        assertThat(errors(result)).containsExactly("ACUSE_SIN_SELLO_PDF");
    }

    @Test
    void verify_reRenderedInAnotherZone_unsealedInvalid() {
        Acuse a = ACTIVACION.acuse();
        Acuse cancun = Acuse.of(a.tipo(), a.folio(), a.emitidoEn(), ZoneId.of("America/Cancun"), a.particular(),
                a.campos()).withFirma(a.firmaParticular().orElseThrow()).withSello(a.selloDigital().orElseThrow());
        AcuseVerification result = forged(AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                URL.url(cancun), cancun);

        assertThat(errors(result)).containsExactly("ACUSE_SIN_SELLO_PDF");
    }

    @Test
    void verify_reRenderedAndResealedByTheForger_neverValid() {
        // The forger seals the re-rendered file with a credential of their own: intact, but not the IMSS's seal,
        // and the genuine sello digital does not verify with the forger's certificate.
        Acuse a = ACTIVACION.acuse();
        List<String> sat = List.of("Servicio de Administración Tributaria");
        byte[] json = SealedAcuses.json(a, sat, List.of(), Optional.of(ERIKA));
        byte[] pdf = SealedAcuses.seal(SealedAcuses.render(a, URL.url(a), sat, List.of(), json), a, OTRA_INSTITUCION);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(codes(result)).containsExactly("ACUSE_INSTITUCION_NO_CONFIABLE", "ACUSE_SELLO_INVALIDO");
    }

    @Test
    void verify_particularReplacedByThrowawayCaWithSameRfcAndNumero_invalidChain() {
        TestEfirmas throwaway = TestEfirmas.seeded(66_6L);
        TestEfirma impostor = throwaway.fiel(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ")
                .numero(ERIKA.certificate().numero()).generate();
        byte[] pdf = SealedAcuses.issueUnchecked(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON), impostor, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO");
        assertThat(result.findings().get(0).offendingValue()).contains("EFIRMA_CADENA_NO_CONFIABLE");
    }

    // --- Self-made institutions ---

    private static final AcuseIssuer SELF_MADE_IMSS = AcuseIssuer.builder(OTRA_INSTITUCION.efirma(), URL).build();

    @Test
    void verify_selfSealedInstitutionWithoutTrustedCertificate_intactButNotAuthenticated() {
        byte[] pdf = SELF_MADE_IMSS.issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();

        AcuseVerification result = AcusePdfVerifier.withoutTrustedInstitution().verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INTEGRO_NO_AUTENTICADO);
        assertThat(result.isValid()).isFalse();
        assertThat(codes(result)).containsExactly("ACUSE_INSTITUCION_NO_CONFIABLE");
        assertThat(result.findings().get(0).message()).contains("\"OTRA INSTITUCION PRUEBA\" (RFC SAT970701NN3, núm. ");
    }

    @Test
    void verify_selfSealedInstitutionWithTheTrustedCertificate_intactButNotAuthenticated() {
        byte[] pdf = SELF_MADE_IMSS.issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INTEGRO_NO_AUTENTICADO);
        assertThat(codes(result)).containsExactly("ACUSE_INSTITUCION_NO_CONFIABLE");
    }

    @Test
    void verify_trustingSeveralInstitutions_validForEach() {
        AcusePdfVerifier both = AcusePdfVerifier.trusting(List.of(OTRA_INSTITUCION.certificate().x509(),
                IMSS_PRUEBA.certificate().x509())).withSatRoots(CA.trustAnchors());
        byte[] other = SELF_MADE_IMSS.issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();

        assertThat(both.verify(other).veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(both.verify(ACTIVACION.pdf()).veredicto()).isEqualTo(Veredicto.VALIDO);
    }

    @Test
    void verify_trustingTheCaOfTheSealingCertificate_valid() {
        AcusePdfVerifier byCa = AcusePdfVerifier.trusting(List.of(CA.caCertificate())).withSatRoots(CA.trustAnchors());

        assertThat(byCa.verify(ACTIVACION.pdf()).veredicto()).isEqualTo(Veredicto.VALIDO);
    }

    // --- Updates after the seal ---

    @Test
    void verify_incrementalUpdateWithNewInfoDictionary_sealDoesNotCoverFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(ACTIVACION.pdf())) {
            document.getDocumentInformation().setTitle("Acuse con validez oficial");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.getDocument().getTrailer().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }
        byte[] updated = out.toByteArray();
        assertThat(updated.length).isGreaterThan(ACTIVACION.pdf().length);

        AcuseVerification result = VERIFIER.verify(updated);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO");
    }

    @Test
    void verify_incrementalUpdateWithOverlayOnThePage_sealDoesNotCoverFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(ACTIVACION.pdf())) {
            PDPage page = document.getPage(0);
            try (PDPageContentStream overlay = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, false)) {
                overlay.beginText();
                overlay.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
                overlay.newLineAtOffset(100, 400);
                overlay.showText("VALIDEZ OFICIAL");
                overlay.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }

        AcuseVerification result = VERIFIER.verify(out.toByteArray());

        assertThat(errors(result)).containsExactly("ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO");
    }

    @Test
    void verify_secondSignatureAppendedByAnotherInstitution_multipleSignatures() {
        byte[] twice = SealedAcuses.seal(ACTIVACION.pdf(), ACTIVACION.acuse(), OTRA_INSTITUCION);

        AcuseVerification result = VERIFIER.verify(twice);

        assertThat(errors(result)).containsExactly("ACUSE_SELLO_PDF_MULTIPLE");
    }

    @Test
    void verify_bytesAppendedAfterEof_sealDoesNotCoverFile() {
        byte[] pdf = ACTIVACION.pdf();
        byte[] more = new byte[pdf.length + 7];
        System.arraycopy(pdf, 0, more, 0, pdf.length);
        System.arraycopy("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 0, more, pdf.length, 7);

        assertThat(errors(VERIFIER.verify(more))).containsExactly("ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO");
    }

    // --- One changed byte ---

    @Test
    void verify_changedByteInsideTheSignatureValue_sealInvalid() {
        byte[] pdf = ACTIVACION.pdf();
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int gap = latin.indexOf("/Contents <");
        assertThat(gap).as("the seal's /Contents").isPositive();
        int at = gap + "/Contents <".length() + 200;   // inside the DER of the CMS
        pdf[at] = (byte) (pdf[at] == '0' ? '1' : '0');

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_SELLO_PDF_INVALIDO");
    }

    @Test
    void verify_changedByteInTheReservedPaddingOfTheSignature_malformed() {
        byte[] pdf = ACTIVACION.pdf();
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int end = latin.indexOf(">", latin.indexOf("/Contents <"));
        pdf[end - 3] = '7';

        assertThat(errors(VERIFIER.verify(pdf))).containsExactly("ACUSE_SELLO_PDF_MALFORMADO");
    }

    @Test
    void verify_changedByteOutsideTheSignature_sealInvalid() {
        byte[] pdf = ACTIVACION.pdf();
        String signingTime = "/M (D:20260302";   // the seal's signing time, inside what the seal covers
        int at = new String(pdf, StandardCharsets.ISO_8859_1).indexOf(signingTime);
        assertThat(at).isPositive();
        int last = at + signingTime.length() - 1;
        pdf[last] = (byte) '3';

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(errors(result)).containsExactly("ACUSE_SELLO_PDF_INVALIDO");
        assertThat(result.findings().get(0).message()).contains("no corresponde al contenido");
    }

    // --- The embedded data ---

    @Test
    void verify_sealedDataWithDuplicateFolioKey_unreadableData() {
        Acuse a = REGISTRO.acuse();
        String json = new String(SealedAcuses.json(a, AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                Optional.empty()), StandardCharsets.UTF_8);
        String folio = "\"folio\":\"" + a.folio() + "\"";
        assertThat(json).contains(folio);
        String duplicated = json.replace(folio, folio + ",\"folio\":\"BI-20260302-999999999\"");
        byte[] pdf = SealedAcuses.seal(SealedAcuses.render(a, URL.url(a), AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), duplicated.getBytes(StandardCharsets.UTF_8)), a, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_DATOS_ILEGIBLES");
        // The SDK's one JSON reader refuses it, with the same code as for a stored state (issue 15).
        assertThat(result.findings().get(0).message()).contains("JSON_CLAVE_DUPLICADA").contains("«folio»")
                .contains("/acuse");
    }

    @Test
    void verify_sealedDataWithUnknownMember_unreadableData() {
        Acuse a = REGISTRO.acuse();
        String json = new String(SealedAcuses.json(a, AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                Optional.empty()), StandardCharsets.UTF_8);
        String extra = json.replaceFirst("^\\{", "{\"validezOficial\":true,");
        byte[] pdf = SealedAcuses.seal(SealedAcuses.render(a, URL.url(a), AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), extra.getBytes(StandardCharsets.UTF_8)), a, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(errors(result)).containsExactly("ACUSE_DATOS_ILEGIBLES");
        assertThat(result.findings().get(0).message()).contains("validezOficial");
    }

    // --- The particular's certificate at the acuse's instant ---

    @Test
    void verify_particularSignedWithCsd_certificateNotValid() {
        TestEfirma csd = CA.csd(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ").generate();
        byte[] pdf = SealedAcuses.issueUnchecked(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, csd), csd, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO");
        assertThat(result.findings().get(0).offendingValue()).contains("EFIRMA_ES_CSD");
    }

    @Test
    void verify_particularCertificateExpiredAtTheInstant_certificateNotValid() {
        TestEfirma expired = CA.fiel(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ")
                .validity(Instant.parse("2022-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).generate();
        byte[] pdf = SealedAcuses.issueUnchecked(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, expired), expired,
                IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(errors(result)).containsExactly("ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO");
        assertThat(result.findings().get(0).offendingValue()).contains("EFIRMA_VENCIDA");
    }

    @Test
    void verify_particularFromAForeignCa_certificateNotValid() {
        TestEfirma foreign = TestEfirmas.seeded(7_7L).fiel(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ")
                .generate();
        byte[] pdf = SealedAcuses.issueUnchecked(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, foreign), foreign,
                IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(errors(result)).containsExactly("ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO");
        assertThat(result.findings().get(0).offendingValue()).contains("EFIRMA_CADENA_NO_CONFIABLE");
    }

    @Test
    void verify_withoutSatRoots_foreignCaParticularIsOnlyWarnedAbout() {
        TestEfirma foreign = TestEfirmas.seeded(7_7L).fiel(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ")
                .generate();
        byte[] pdf = SealedAcuses.issueUnchecked(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, foreign), foreign,
                IMSS_PRUEBA);

        AcuseVerification result = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate()).verify(pdf);

        assertThat(codes(result)).containsExactly("ACUSE_CADENA_PARTICULAR_SIN_VERIFICAR");
    }

    // --- Behind a genuine seal (the institution's issuing service tricked): the data checks still hold ---

    @Test
    void verify_sealedPageShowingAnotherAcuseThanItsData_visibleFieldsMismatch() {
        Acuse shown = ACTIVACION.acuse();
        Acuse carried = REGISTRO.acuse();
        byte[] json = SealedAcuses.json(carried, AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                Optional.empty());
        byte[] pdf = SealedAcuses.seal(SealedAcuses.render(shown, URL.url(shown), AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), json), carried, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(errors(result)).containsExactly("ACUSE_FOLIO_NO_COINCIDE");
    }

    @Test
    void verify_sealedAcuseWhoseFirmaIsAnotherPersons_firmaInvalid() {
        Acuse a = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        String cadena = a.cadenaOriginal().toString();
        Acuse sealed = a.withFirma(DomainAcuses.OTRA_PERSONA.efirma().sello(cadena))
                .withSello(IMSS_PRUEBA.efirma().sello(cadena));
        byte[] json = SealedAcuses.json(sealed, AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                Optional.of(ERIKA));
        byte[] pdf = SealedAcuses.seal(SealedAcuses.render(sealed, URL.url(sealed), AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), json), sealed, IMSS_PRUEBA);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(errors(result)).containsExactly("ACUSE_FIRMA_INVALIDA");
    }
}
