package mx.buzon.crypto;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.buzon.problem.Finding;

/**
 * What an {@link EfirmaValidator} found, in the order of its rules. Empty means everything holds.
 *
 * <p>Example: {@code [ERROR EFIRMA_VENCIDA: El certificado 30001000000400002300 venció el ...]}.
 * Immutable and thread-safe.
 *
 * @param findings the findings (errors and warnings)
 */
public record ValidationReport(List<Finding> findings) {

    /** @param findings the findings, copied */
    public ValidationReport {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** @return {@code true} when no finding is an error (warnings allowed) */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** @return the codes in order, e.g. {@code [EFIRMA_ES_CSD, EFIRMA_VENCIDA]} */
    public List<String> codes() {
        return findings.stream().map(Finding::code).collect(Collectors.toUnmodifiableList());
    }

    /**
     * @param code a code
     * @return whether a finding has it
     */
    public boolean has(EfirmaErrorCode code) {
        return findings.stream().anyMatch(f -> f.code().equals(code.code()));
    }
}
