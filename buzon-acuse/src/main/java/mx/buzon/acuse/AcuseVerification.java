package mx.buzon.acuse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.Finding;

/**
 * The outcome of {@link AcuseVerifier#verify(byte[])}: the claims read from the embedded data (when they could
 * be read) and every problem found.
 *
 * <p>An acuse is {@linkplain #valido() valid} when no finding is an error; warnings (such as
 * {@link AcuseErrorCode#ACUSE_SELLO_SIN_VERIFICAR}) do not make it invalid. Example:
 * {@code valido=false, folio=BI-20260313-100717151, problemas=[ERROR ACUSE_QR_NO_COINCIDE: ...]}.
 * Immutable and thread-safe.
 *
 * @param claims what the embedded data says, when it could be read
 * @param problemas the findings, in the order the checks ran
 */
public record AcuseVerification(Optional<AcuseClaims> claims, List<Finding> problemas) {

    /** Copies the findings. */
    public AcuseVerification {
        Objects.requireNonNull(claims, "claims");
        problemas = List.copyOf(problemas);
    }

    /** @return whether no finding is an error */
    public boolean valido() {
        return problemas.stream().noneMatch(Finding::isError);
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
