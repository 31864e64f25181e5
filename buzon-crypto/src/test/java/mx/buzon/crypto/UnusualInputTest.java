package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Instant;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;

/** Readable input that is still not a usable SAT credential, and RFCs the SAT issued with a wrong digit. */
class UnusualInputTest {

    private static final byte[] CER = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
    private static final TestEfirmas CA = TestEfirmas.seeded(7L);

    @Test
    void read_ecKey_llaveNoSoportadaNamingTheAlgorithm() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        byte[] ecKey = ec.generateKeyPair().getPrivate().getEncoded();

        assertThatThrownBy(() -> Efirma.read(CER, ecKey, new char[0]))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA);
                    assertThat(e.file()).contains(EfirmaFile.KEY);
                    assertThat(e.getMessage()).contains("1.2.840.10045.2.1");
                });
    }

    @Test
    void readPfx_certificateOnly_pfxIncompleto() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("solo-certificado", EfirmaCertificate.read(CER).x509());
        ByteArrayOutputStream pfx = new ByteArrayOutputStream();
        store.store(pfx, "12345678a".toCharArray());

        assertThatThrownBy(() -> Efirma.readPfx(pfx.toByteArray(), "12345678a".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_PFX_INCOMPLETO));
    }

    @Test
    void of_certificateWithoutRfc_certificadoSinRfc() {
        assertThatThrownBy(() -> EfirmaCertificate.of(CA.caCertificate()))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CERTIFICADO_SIN_RFC));
    }

    @Test
    void rfcCheckDigit_rfcIssuedWithAWrongDigit_warningOnlyAndStillValid() {
        TestEfirma wrongDigit = CA.fiel("EKU9003173C8").generate();
        EfirmaCertificate certificate = wrongDigit.certificate();

        ValidationReport report = EfirmaValidator.forActuaciones(CA.trustAnchors())
                .validate(wrongDigit.efirma(), Instant.parse("2026-11-22T12:00:00Z"));

        assertThat(certificate.rfcText()).isEqualTo("EKU9003173C8");
        assertThat(report.codes()).containsExactly("EFIRMA_RFC_DIGITO_VERIFICADOR");
        assertThat(report.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void rfcCheckDigit_satFixtures_onlyTheKnownRfcsFailTheStrictDigit() {
        EfirmaCheck digit = EfirmaChecks.rfcCheckDigit();

        java.util.Set<String> failing = new java.util.TreeSet<>();
        for (Fixtures.Row row : Fixtures.certificates()) {
            if (!digit.check(EfirmaCertificate.read(row.cer()), Fixtures.NOON_2026_11_22).isEmpty()) {
                failing.add(row.rfc());
            }
        }

        assertThat(failing).isEqualTo(KNOWN_WRONG_DIGIT);
    }

    /** RFCs of the SAT's test certificates whose last character is not the computed check digit. */
    private static final java.util.Set<String> KNOWN_WRONG_DIGIT = new java.util.TreeSet<>(java.util.List.of(
            "AAA010101AAA"));
}
