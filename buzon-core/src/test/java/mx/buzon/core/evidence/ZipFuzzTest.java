package mx.buzon.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harness (Jazzer) for {@link ZipInspector}, which reads the ZIP of evidence a particular uploads.
 *
 * <p>Contract: inspecting never throws (every problem is a finding with an {@link EvidenciaErrorCode}); it never
 * extracts, so it cannot be made to allocate more than the input; the answer is deterministic, and the declared
 * sizes it reports are within ZIP's 32-bit fields. Anything else, a hang (10 s) or running out of memory is a
 * finding.
 */
class ZipFuzzTest {

    private static final ZipLimits LIMITS = ZipLimits.EVIDENCIA_ACLARACION;

    @Timeout(10)
    @FuzzTest
    void inspect(byte[] zip) {
        ZipInspection first = ZipInspector.inspect(zip, LIMITS);
        assertThat(ZipInspector.inspect(zip.clone(), LIMITS)).as("deterministic").isEqualTo(first);
        assertThat(first.sizeBytes()).isEqualTo(zip.length);
        for (Finding f : first.findings()) {
            assertThat(EvidenciaErrorCode.valueOf(f.code())).isNotNull();
            assertThat(f.message()).isNotBlank();
        }
        for (ZipEntryInfo e : first.entries()) {
            assertThat(e.compressedSize()).isBetween(0L, 0xFFFFFFFFL);
            assertThat(e.uncompressedSize()).isBetween(0L, 0xFFFFFFFFL);
        }
    }
}
