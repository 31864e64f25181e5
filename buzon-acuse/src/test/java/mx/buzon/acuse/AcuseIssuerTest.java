package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.OTRA_PERSONA;
import static mx.buzon.acuse.DomainAcuses.URL;
import static mx.buzon.acuse.DomainAcuses.issuer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issuing: every type becomes a PDF/A-3b that verifies; the issuer refuses the wrong credentials. */
class AcuseIssuerTest {

    private static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate())
            .withSatRoots(DomainAcuses.CA.trustAnchors());

    static IssuedAcuse issue(AcuseTipo tipo) {
        Acuse acuse = DomainAcuses.of(tipo);
        return tipo.firmaParticular() ? issuer().issue(acuse, ERIKA.efirma()) : issuer().issue(acuse);
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void issue_everyTipo_isPdfA3bAndVerifiesWithoutProblems(AcuseTipo tipo) throws Exception {
        IssuedAcuse issued = issue(tipo);

        assertThat(PdfAValidation.failures(issued.pdf())).as(tipo.name()).isEmpty();
        AcuseVerification result = VERIFIER.verify(issued.pdf());
        assertThat(result.findings()).as(tipo.name()).isEmpty();
        assertThat(result.isValid()).isTrue();
        assertThat(result.folio()).contains(issued.acuse().folio().toString());
        assertThat(result.tipo()).contains(tipo.name());
        assertThat(issued.acuse().selloDigital()).isPresent();
        assertThat(issued.acuse().firmaParticular().isPresent()).isEqualTo(tipo.firmaParticular());
        assertThat(issued.json()).contains(issued.acuse().cadenaOriginal().toString().replace("\"", "\\\""));
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void issue_everyTipo_drawsTitleLegalTextFieldsAndQr(AcuseTipo tipo) {
        IssuedAcuse issued = issue(tipo);

        AcuseDocument document = AcuseReader.standard().read(issued.pdf());
        String text = document.text().replaceAll("\\s+", " ");
        assertThat(text).contains(tipo.titulo().substring(0, Math.min(30, tipo.titulo().length())))
                .contains(issued.acuse().folio().toString())
                .contains("GODE561231GR8")
                .contains("INSTITUCIÓN DE PRUEBA")
                .contains(firstSentence(tipo.textoLegal()));
        for (String key : issued.acuse().campos().keySet()) {
            for (String word : AcuseMapping.label(key).split(" ")) {   // labels may wrap beside their value
                assertThat(text).as(key).contains(word);
            }
        }
        assertThat(document.qrPayload()).contains(URL.url(issued.acuse()));
    }

    @Test
    void label_everyKeyOfEveryTipo_hasASpanishLabel() {
        for (AcuseTipo tipo : AcuseTipo.values()) {
            for (CadenaField f : tipo.camposEspecificos()) {
                assertThat(AcuseMapping.hasLabel(f.key())).as(tipo + "." + f.key()).isTrue();
            }
        }
    }

    @Test
    void issue_sameAcuseTwice_sameBytes() {
        assertThat(issue(AcuseTipo.ACTIVACION_BUZON).pdf()).isEqualTo(issue(AcuseTipo.ACTIVACION_BUZON).pdf());
    }

    @Test
    void issue_firmaDelParticular_isTheEfirmaOverTheCadena() {
        IssuedAcuse issued = issue(AcuseTipo.ACTIVACION_BUZON);

        String cadena = issued.acuse().cadenaOriginal().toString();
        assertThat(issued.acuse().firmaParticular()).contains(ERIKA.efirma().sello(cadena));
        assertThat(issued.acuse().selloDigital()).contains(IMSS_PRUEBA.efirma().sello(cadena));
    }

    @Test
    void issue_typeSignedByParticularWithoutEfirma_refused() {
        assertThatThrownBy(() -> issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signed by the particular");
    }

    @Test
    void issue_efirmaOfAnotherRfc_refused() {
        assertThatThrownBy(() -> issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON), OTRA_PERSONA.efirma()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CACX7605101P8");
    }

    @Test
    void issue_efirmaOfSameRfcOtherCertificate_refused() {
        TestEfirma otherCertificate = DomainAcuses.CA.fiel("GODE561231GR8").nombre("ERIKA GÓMEZ DÍAZ").generate();

        assertThatThrownBy(() -> issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON),
                otherCertificate.efirma()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names certificate");
    }

    @Test
    void issue_firmaThatDoesNotVerify_refused() {
        Acuse acuse = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        Acuse forged = acuse.withFirma(OTRA_PERSONA.efirma().sello(acuse.cadenaOriginal().toString()));

        assertThatThrownBy(() -> issuer().issue(forged, ERIKA.certificate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not verify");
    }

    @Test
    void issue_particularCertificateExpiredAtTheAcusesInstant_refused() {
        TestEfirma expired = DomainAcuses.CA.fiel("GODE561231GR8")
                .validity(Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")).generate();
        Acuse acuse = DomainAcuses.of(AcuseTipo.AUTORIZACION_TERCERO, expired);

        assertThatThrownBy(() -> issuer().issue(acuse.withFirma(expired.efirma().sello(acuse.cadenaOriginal()
                .toString())), expired.certificate()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid at");
    }

    @Test
    void issue_characterTheFontsCannotDraw_refused() {
        Acuse acuse = Acuse.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)
                        .folio(), DomainAcuses.MONDAY_2026_03_02_1015, DomainAcuses.TIJUANA,
                mx.buzon.core.particular.DatosParticular.of(mx.buzon.core.id.Rfc.parse("GODE561231GR8"),
                        "ERIKA \uD83D\uDE00 GÓMEZ"),
                DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO).campos());

        assertThatThrownBy(() -> issuer().issue(acuse))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+1F600");
    }

    @Test
    void verify_withoutTrustedInstitution_intactButNotAuthenticated() {
        AcuseVerification result = AcusePdfVerifier.withoutTrustedInstitution()
                .verify(issue(AcuseTipo.VALIDACION_MEDIOS_CONTACTO).pdf());

        assertThat(result.veredicto()).isEqualTo(Veredicto.INTEGRO_NO_AUTENTICADO);
        assertThat(result.isValid()).isFalse();
        assertThat(result.findings()).extracting(Finding::code)
                .containsExactly(AcuseErrorCode.ACUSE_INSTITUCION_NO_CONFIABLE.code());
    }

    @Test
    void issuedTypes_coverEveryTipo() {
        assertThat(EnumSet.allOf(AcuseTipo.class)).hasSize(AcuseTipo.values().length);
    }

    /** The first 60 characters of the legal text's first paragraph that long (not "Estimado Particular:"). */
    private static String firstSentence(String textoLegal) {
        String paragraph = java.util.Arrays.stream(textoLegal.split("\n\n")).filter(p -> p.length() >= 60)
                .findFirst().orElseThrow();
        return paragraph.substring(0, 60).replaceAll("\\s+", " ");
    }
}
