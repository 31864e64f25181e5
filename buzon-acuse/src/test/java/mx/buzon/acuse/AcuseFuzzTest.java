package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harness (Jazzer) for verifying an uploaded acuse PDF: the one input of the SDK that comes from anyone, in
 * the most complex format.
 *
 * <p>Contract: {@link AcusePdfVerifier#verify(byte[])} returns a verdict or throws {@link AcuseException} (a PDF it
 * cannot read); every finding has a code and a Spanish message; verifying the same bytes twice gives the same
 * verdict. Anything else, a hang (20 s: a verification renders the page) or running out of memory is a finding.
 * The corpus starts from acuses the SDK issued (docs/FUZZING.md).
 */
class AcuseFuzzTest {

    private static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withoutTrustedInstitution();

    @Timeout(20)
    @FuzzTest
    void verify(byte[] pdf) {
        AcuseVerification verdict;
        try {
            verdict = VERIFIER.verify(pdf);
        } catch (AcuseException e) {
            assertThat(e.errorCode()).isNotNull();
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        for (Finding f : verdict.findings()) {
            assertThat(f.code()).isNotBlank();
            assertThat(f.message()).isNotBlank();
        }
        AcuseVerification again = VERIFIER.verify(pdf.clone());
        assertThat(again.isValid()).isEqualTo(verdict.isValid());
        assertThat(again.findings()).isEqualTo(verdict.findings());
    }
}
