package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import mx.buzon.core.id.NumeroCertificado;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harnesses (Jazzer) for the three e.firma loaders, whose files a vendor's portal receives from people, and
 * for OCSP answers, which come from the network.
 *
 * <p>Contract checked on every input: loading returns or throws {@link EfirmaException} (with an
 * {@link EfirmaErrorCode}); the password array is wiped either way and never appears in the message or the
 * exception's {@code toString}; a certificate that loads answers every question about itself and re-reads from its
 * encoding as an equal certificate; a key or PFX that loads signs a sello its own certificate verifies when the key
 * matches. Anything else, a hang (10 s; the key derivation's iteration count is attacker-controlled) or running out
 * of memory is a finding. Without {@code -Pfuzz} this replays the committed corpus (docs/FUZZING.md).
 */
class EfirmaFuzzTest {

    /** A password long and odd enough that finding it in a message cannot be a coincidence. */
    private static final String PASSWORD = Fixtures.SAT_TEST_PASSWORD;
    /** The password of the PFX fixture (current/EKU9003173C9_CSD_2023_PFX_legacyRC2), the PFX corpus's origin. */
    private static final String PFX_PASSWORD = "swpass";
    private static final byte[] EKU_FIEL_CER = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

    @Timeout(10)
    @FuzzTest
    void cer(byte[] input) {
        EfirmaCertificate c;
        try {
            c = EfirmaCertificate.read(input);
        } catch (EfirmaException e) {
            assertThat(e.errorCode()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(c.rfcText()).isNotNull();
        assertThat(c.rfc()).isNotNull();
        c.rfcRepresentante();
        c.curp();
        c.curpRepresentante();
        assertThat(c.nombre()).isNotNull();
        assertThat(c.persona()).isNotNull();
        assertThat(c.kind()).isNotNull();
        c.sucursal();
        assertThat(c.numero().toString()).isNotEmpty();
        assertThat(c.validFrom()).isNotNull();
        assertThat(c.validUntil()).isNotNull();
        c.isValidAt(c.validFrom());
        assertThat(c.issuer()).isNotNull();
        c.issuerCommonName();
        assertThat(c.toPem()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(c.toString()).isNotEmpty();
        assertThat(EfirmaCertificate.read(c.encoded())).isEqualTo(c);
        assertThat(EfirmaCertificate.read(c.toPem().getBytes(StandardCharsets.US_ASCII))).isEqualTo(c);
        assertThat(c.verifiesSello("||a|b||", "AAAA")).isFalse();
    }

    @Timeout(10)
    @FuzzTest
    void key(byte[] input) {
        char[] password = PASSWORD.toCharArray();
        Efirma efirma;
        try {
            efirma = Efirma.read(EKU_FIEL_CER, input, password);
        } catch (EfirmaException e) {
            assertSecretKept(e, password, PASSWORD);
            return;
        }
        assertThat(new String(password)).as("password wiped").isEqualTo("\0".repeat(PASSWORD.length()));
        signs(efirma);
    }

    @Timeout(10)
    @FuzzTest
    void pfx(byte[] input) {
        char[] password = PFX_PASSWORD.toCharArray();
        Efirma efirma;
        try {
            efirma = Efirma.readPfx(input, password);
        } catch (EfirmaException e) {
            assertSecretKept(e, password, PFX_PASSWORD);
            return;
        }
        assertThat(new String(password)).as("password wiped").isEqualTo("\0".repeat(PFX_PASSWORD.length()));
        signs(efirma);
    }

    private static final EfirmaCertificate EKU_FIEL = EfirmaCertificate.read(EKU_FIEL_CER);
    private static final java.security.cert.X509Certificate EKU_ISSUER =
            TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();

    /**
     * OCSP answers come from the network: reading one throws only {@link EfirmaException}, and an answer that
     * passes the signature check never says more than the unchecked reading of the same bytes.
     */
    @Timeout(10)
    @FuzzTest
    void ocsp(byte[] input) {
        // The serial the recorded SAT answer (the seed) is about, so that mutations reach the status paths.
        java.math.BigInteger serial = NumeroCertificado.parse("00001000000412722487").serial();
        RevocationStatus unchecked;
        try {
            unchecked = Ocsp.readResponse(input, serial);
        } catch (EfirmaException e) {
            assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO);
            return;
        }
        RevocationStatus verified = Ocsp.verifiedStatus(input, serial, EKU_ISSUER);
        if (verified.state() != RevocationStatus.State.UNKNOWN) {
            assertThat(verified.state()).isEqualTo(unchecked.state());
            assertThat(verified.revokedAt()).isEqualTo(unchecked.revokedAt());
        }
    }

    private static void assertSecretKept(EfirmaException e, char[] password, String secret) {
        assertThat(e.errorCode()).isNotNull();
        assertThat(e.getMessage()).isNotBlank().doesNotContain(secret);
        assertThat(e.toString()).doesNotContain(secret);
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
        }
        assertThat(password).as("password wiped on failure").containsOnly('\0');
    }

    private static void signs(Efirma efirma) {
        assertThat(efirma.toString()).doesNotContain(PASSWORD).doesNotContain(PFX_PASSWORD);
        if (efirma.keyMatches()) {
            String sello = efirma.sello("||Folio:BI-20250203-100717151||");
            assertThat(efirma.certificate().verifiesSello("||Folio:BI-20250203-100717151||", sello)).isTrue();
        }
    }

}
