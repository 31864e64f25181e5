package mx.buzon.acuse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.Finding;

/**
 * The outcome of verifying an acuse: the {@link Veredicto}, the claims read from the embedded data (when they
 * could be read) and every finding.
 *
 * <p>{@link #isValid()} is {@code true} only for {@link Veredicto#VALIDO}. An {@link Veredicto#INVALIDO} verdict
 * has at least one error finding; {@link Veredicto#INTEGRO_NO_AUTENTICADO} has none, and a warning that says
 * which certificate sealed it. Example: {@code veredicto=INVALIDO, folio=BI-20260313-100717151,
 * findings=[ERROR ACUSE_SELLO_PDF_INVALIDO: ...]}. Immutable and thread-safe.
 *
 * @param veredicto the verdict
 * @param claims what the embedded data says, when it could be read
 * @param findings the findings, in the order the checks ran
 */
public record AcuseVerification(Veredicto veredicto, Optional<AcuseClaims> claims, List<Finding> findings) {

    /**
     * Checks and copies.
     *
     * @param veredicto the verdict; {@code INVALIDO} exactly when a finding is an error
     * @param claims the claims
     * @param findings the findings
     */
    public AcuseVerification {
        Objects.requireNonNull(veredicto, "veredicto");
        Objects.requireNonNull(claims, "claims");
        findings = List.copyOf(findings);
        boolean error = findings.stream().anyMatch(Finding::isError);
        if (error != (veredicto == Veredicto.INVALIDO)) {
            throw new IllegalArgumentException("veredicto " + veredicto + " with findings " + findings);
        }
    }

    /** @return whether the verdict is {@link Veredicto#VALIDO} */
    public boolean isValid() {
        return veredicto == Veredicto.VALIDO;
    }

    /** @return the folio of the embedded data, when it could be read */
    public Optional<String> folio() {
        return claims.map(AcuseClaims::folio);
    }

    /** @return the acuse type of the embedded data, when it could be read */
    public Optional<String> tipo() {
        return claims.map(AcuseClaims::tipo);
    }
}
