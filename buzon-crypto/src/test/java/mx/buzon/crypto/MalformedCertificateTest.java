package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Certificates the JDK parses but X.509 forbids, found by fuzzing {@code .cer} loading.
 *
 * <p>A certificate whose issuer name is a UTF8String with malformed bytes. The JDK parses it; Bouncy Castle's
 * {@code getString()} threw {@code IllegalArgumentException("Invalid UTF-8 input")}, which escaped
 * {@link EfirmaCertificate#read(byte[])} instead of its documented {@link EfirmaException}. Found by fuzzing
 * {@code .cer} loading for 2 seconds; the fuzzer's input is kept in the corpus and read here.
 */
class MalformedCertificateTest {

    @Test
    void from_issuerNameWithMalformedUtf8_loadsShowingReplacementCharacters() {
        EfirmaCertificate certificate = EfirmaCertificate.read(
                Fixtures.fuzzInput("cer", "crash-760e049626495bba73cf96304f44149b748e7bb9"));
        assertThat(certificate.issuer()).contains("\uFFFD");
        assertThat(certificate.rfcText()).isNotEmpty();
    }

    /**
     * A certificate with a negative serial number (RFC 5280 requires a positive one): the JDK parses it, and
     * {@code NumeroCertificado} threw {@code IllegalArgumentException}. Found by the second {@code .cer} campaign
     * after 26 s; the fuzzer's input is kept in the corpus and read here.
     */
    @Test
    void from_negativeSerialNumber_isRefusedAsAnInvalidCertificate() {
        byte[] negativeSerial = Fixtures.fuzzInput("cer", "crash-198cb19e120403ab0da72749a04f23f615f3583b");
        assertThatThrownBy(() -> EfirmaCertificate.read(negativeSerial))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
                    assertThat(e.file()).contains(EfirmaFile.CER);
                })
                .hasMessageContaining("número de serie es negativo");
    }
}
