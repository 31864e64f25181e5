package mx.buzon.core.evidence;

import java.util.List;
import java.util.Objects;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.problem.Finding;

/**
 * What {@link ZipInspector} found in a ZIP of evidence.
 *
 * <p>The SHA-256 identifies the exact file in the cadena original of the acuse of the aclaración; the entry
 * list is what the central directory declares (empty when the structure could not be read). Immutable and
 * thread-safe.
 *
 * @param sha256 the digest of the whole file, as received
 * @param sizeBytes the file's size
 * @param entries the entries in central-directory order
 * @param findings what is wrong or worth knowing; empty for a clean ZIP
 */
public record ZipInspection(Sha256 sha256, long sizeBytes, List<ZipEntryInfo> entries, List<Finding> findings) {

    /**
     * Copies the lists.
     *
     * @param sha256 digest
     * @param sizeBytes size
     * @param entries entries
     * @param findings findings
     */
    public ZipInspection {
        Objects.requireNonNull(sha256, "sha256");
        entries = List.copyOf(entries);
        findings = List.copyOf(findings);
    }

    /** @return {@code true} when no finding is an error: the ZIP may be attached to an aclaración */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /**
     * Whether a finding with this code was made.
     *
     * @param code the code
     * @return {@code true} when present
     */
    public boolean has(EvidenciaErrorCode code) {
        return findings.stream().anyMatch(f -> f.code().equals(code.code()));
    }
}
