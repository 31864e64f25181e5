package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.OTRA_INSTITUCION;
import static mx.buzon.acuse.DomainAcuses.OTRA_PERSONA;
import static mx.buzon.acuse.DomainAcuses.URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.buzon.acuse.internal.AcuseEnvelope;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.core.Finding;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.testing.TestEfirma;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification of issued acuses: the round trip is valid, and every kind of tampering (a byte of the PDF, a
 * field of the embedded data, the sello, the firma) makes the report invalid with the code of what failed.
 */
class AcusePdfVerifierTest {

    private static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate());
    private static final long BYTE_FLIP_SEED = 6_2026L;

    private static final IssuedAcuse ACTIVACION = AcuseIssuerTest.issue(AcuseTipo.ACTIVACION_BUZON);
    private static final IssuedAcuse REGISTRO = AcuseIssuerTest.issue(AcuseTipo.REGISTRO_MEDIOS_CONTACTO);

    private static List<String> codes(AcuseVerification v) {
        return v.problemas().stream().filter(Finding::isError).map(Finding::code).toList();
    }

    /** A PDF rendered exactly as the issuer does, from data an attacker chose (so only the signatures can tell). */
    private static byte[] forge(Acuse sealed, String storedCadena, Optional<TestEfirma> embeddedParticular) {
        String url = URL.url(sealed);
        byte[] json = new AcuseEnvelope(sealed, storedCadena, url, AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE),
                Optional.of(Base64.getEncoder().encodeToString(IMSS_PRUEBA.certificate().encoded())),
                embeddedParticular.map(t -> Base64.getEncoder().encodeToString(t.certificate().encoded()))).toJson();
        return AcuseRenderer.standard().render(AcuseMapping.layout(sealed, url, AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), json));
    }

    @Test
    void verify_issuedAcuse_validWithoutProblems() {
        AcuseVerification result = VERIFIER.verify(ACTIVACION.pdf());

        assertThat(result.problemas()).isEmpty();
        assertThat(result.valido()).isTrue();
        assertThat(result.folio()).contains(ACTIVACION.acuse().folio().toString());
        assertThat(result.tipo()).contains("ACTIVACION_BUZON");
    }

    @Test
    void verify_forgeHelperWithoutTampering_valid() {
        // The forging helper renders exactly like the issuer: without tampering its output verifies.
        Acuse sealed = ACTIVACION.acuse();
        assertThat(forge(sealed, sealed.cadenaOriginal().toString(), Optional.of(ERIKA))).isEqualTo(ACTIVACION.pdf());
    }

    @Test
    void verify_oneChangedByteOfTheVisibleFolio_pdfAltered() {
        byte[] pdf = ACTIVACION.pdf();
        String folio = ACTIVACION.acuse().folio().toString();
        int at = indexOf(pdf, ("Folio " + folio).getBytes(StandardCharsets.US_ASCII));   // the PDF's /Subject
        assertThat(at).as("the subject carries the folio").isPositive();
        int lastDigit = at + ("Folio " + folio).length() - 1;
        pdf[lastDigit] = (byte) (pdf[lastDigit] == '9' ? '8' : pdf[lastDigit] + 1);

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.valido()).isFalse();
        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_PDF_ALTERADO.code());
        assertThat(result.problemas().get(0).message()).contains("modificado");
    }

    @Test
    void verify_anyOneChangedByte_neverValid() {
        byte[] original = REGISTRO.pdf();
        SplittableRandom random = new SplittableRandom(BYTE_FLIP_SEED);
        for (int i = 0; i < 8; i++) {
            byte[] pdf = original.clone();
            int at = random.nextInt(pdf.length);
            pdf[at] = (byte) (pdf[at] ^ (1 + random.nextInt(255)));
            String where = "seed " + BYTE_FLIP_SEED + ", byte " + at;
            try {
                AcuseVerification result = VERIFIER.verify(pdf);
                assertThat(result.valido()).as(where + ": " + result.problemas()).isFalse();
            } catch (AcuseException unreadable) {
                assertThat(unreadable.code()).as(where).startsWith("ACUSE_");
            }
        }
    }

    @Test
    void verify_changedFieldInEmbeddedJsonOnly_cadenaDoesNotCorrespond() {
        String json = REGISTRO.json();
        String tampered = json.replace("\"MedioContacto\":\"erika.gomez@example.com\"",
                "\"MedioContacto\":\"atacante@example.com\"");
        assertThat(tampered).isNotEqualTo(json);
        Acuse sealed = REGISTRO.acuse();
        String url = URL.url(sealed);
        byte[] pdf = AcuseRenderer.standard().render(AcuseMapping.layout(sealed, url, AcuseIssuer.TEST_INSTITUTION,
                List.of(AcuseIssuer.TEST_NOTE), tampered.getBytes(StandardCharsets.UTF_8)));

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(result.valido()).isFalse();
        assertThat(codes(result)).contains(AcuseErrorCode.ACUSE_CADENA_NO_CORRESPONDE_A_DATOS.code(),
                AcuseErrorCode.ACUSE_PDF_ALTERADO.code());
        assertThat(result.problemas().get(0).message()).contains("MedioContacto:atacante@example.com");
    }

    @Test
    void verify_changedFieldWithMatchingCadenaAndPdf_selloInvalid() {
        Acuse original = REGISTRO.acuse();
        Acuse changed = Acuse.of(original.tipo(), original.folio(), original.emitidoEn(), original.zonaDomicilio(),
                original.particular(), java.util.Map.of("Mecanismo", "CORREO_ELECTRONICO",
                        "MedioContacto", "atacante@example.com", "Ambito", "RFC", "Estatus", "En proceso"))
                .withSello(original.selloDigital().orElseThrow());

        AcuseVerification result = VERIFIER.verify(forge(changed, changed.cadenaOriginal().toString(),
                Optional.empty()));

        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_SELLO_INVALIDO.code());
        assertThat(result.problemas().get(0).message()).contains("IMS421231I45");
    }

    @Test
    void verify_selloOfAnotherInstitution_selloInvalid() {
        IssuedAcuse other = AcuseIssuer.forTesting(OTRA_INSTITUCION.efirma(), URL)
                .issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO));

        AcuseVerification result = VERIFIER.verify(other.pdf());

        assertThat(result.valido()).isFalse();
        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_SELLO_INVALIDO.code());
    }

    @Test
    void verify_firmaByAnotherEfirma_firmaInvalid() {
        Acuse acuse = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        String cadena = acuse.cadenaOriginal().toString();
        Acuse forged = acuse.withFirma(OTRA_PERSONA.efirma().sello(cadena))
                .withSello(IMSS_PRUEBA.efirma().sello(cadena));

        AcuseVerification result = VERIFIER.verify(forge(forged, cadena, Optional.of(ERIKA)));

        assertThat(result.valido()).isFalse();
        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_FIRMA_INVALIDA.code());
        assertThat(result.problemas().get(0).message()).contains("GODE561231GR8");
    }

    @Test
    void verify_firmaAndCertificateOfAnotherEfirma_certificateDoesNotCorrespond() {
        Acuse acuse = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        String cadena = acuse.cadenaOriginal().toString();
        Acuse forged = acuse.withFirma(OTRA_PERSONA.efirma().sello(cadena))
                .withSello(IMSS_PRUEBA.efirma().sello(cadena));

        AcuseVerification result = VERIFIER.verify(forge(forged, cadena, Optional.of(OTRA_PERSONA)));

        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_CERTIFICADO_NO_CORRESPONDE.code());
        assertThat(result.problemas().get(0).message()).contains("CACX7605101P8").contains("GODE561231GR8");
    }

    @Test
    void verify_suppliedParticularCertificate_usedInsteadOfTheEmbeddedOne() {
        Acuse acuse = ACTIVACION.acuse();
        byte[] withoutCertificate = forge(acuse, acuse.cadenaOriginal().toString(), Optional.empty());

        assertThat(VERIFIER.withParticular(ERIKA.certificate()).verify(withoutCertificate).problemas()).isEmpty();
        assertThat(codes(VERIFIER.withParticular(OTRA_PERSONA.certificate()).verify(ACTIVACION.pdf())))
                .contains(AcuseErrorCode.ACUSE_CERTIFICADO_NO_CORRESPONDE.code(),
                        AcuseErrorCode.ACUSE_FIRMA_INVALIDA.code());
    }

    @Test
    void verify_typeSignedByParticularWithoutFirma_sinFirma() {
        Acuse acuse = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        Acuse unsigned = acuse.withSello(IMSS_PRUEBA.efirma().sello(acuse.cadenaOriginal().toString()));

        AcuseVerification result = VERIFIER.verify(forge(unsigned, acuse.cadenaOriginal().toString(),
                Optional.empty()));

        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_SIN_FIRMA.code());
    }

    @Test
    void verify_firmaWithoutEmbeddedCertificate_sinCertificado() {
        Acuse acuse = ACTIVACION.acuse();

        AcuseVerification result = VERIFIER.verify(forge(acuse, acuse.cadenaOriginal().toString(), Optional.empty()));

        assertThat(codes(result)).containsExactly(AcuseErrorCode.ACUSE_SIN_CERTIFICADO.code());
    }

    @Test
    void verify_notAPdf_unreadable() {
        assertThatThrownBy(() -> VERIFIER.verify("hola".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AcuseException.class)
                .extracting(e -> ((AcuseException) e).code()).isEqualTo("ACUSE_NO_ES_PDF");
    }

    @Test
    void verify_missingFile_unreadable(@TempDir Path dir) {
        assertThatThrownBy(() -> VERIFIER.verify(dir.resolve("no-existe.pdf")))
                .isInstanceOf(AcuseException.class)
                .hasMessageEndingWith("no-existe.pdf: no existe); revise la ruta y los permisos.")
                .extracting(e -> ((AcuseException) e).code()).isEqualTo("ACUSE_LECTURA_FALLIDA");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
