package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A certificate whose issuer name is a UTF8String with malformed bytes. The JDK parses it; Bouncy Castle's
 * {@code getString()} threw {@code IllegalArgumentException("Invalid UTF-8 input")}, which escaped
 * {@link EfirmaCertificate#from(byte[])} instead of its documented {@link EfirmaException}. Found by fuzzing
 * {@code .cer} loading for 2 seconds; the fuzzer's input is kept in the corpus and read here.
 */
class MalformedNameTest {

    static final Path FOUND_BY_FUZZING = Path.of("src/test/resources/mx/buzon/crypto/EfirmaFuzzTestInputs/cer/"
            + "crash-760e049626495bba73cf96304f44149b748e7bb9");

    @Test
    void from_issuerNameWithMalformedUtf8_loadsShowingReplacementCharacters() throws Exception {
        EfirmaCertificate certificate = EfirmaCertificate.from(Files.readAllBytes(FOUND_BY_FUZZING));
        assertThat(certificate.issuer()).contains("\uFFFD");
        assertThat(certificate.rfcText()).isNotEmpty();
    }
}
