package mx.buzon.core.money;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import mx.buzon.problem.Finding;

/**
 * A factor de actualización with the INPC months it used and what was applied to get it (CFF art. 17-A).
 *
 * <p>Example: due January 2025, paid August 2025, series up to June 2025, {@link InpcFaltante#ULTIMO_PUBLICADO}:
 * the factor needs July 2025, which is not in the series, so it uses June 2025 ({@code mesInpcReciente}) and
 * {@code findings} holds one {@link MoneyErrorCode#INPC_ULTIMO_PUBLICADO} warning naming both months. Immutable and
 * thread-safe.
 *
 * @param factor the factor
 * @param mesInpcReciente the month whose index was used as the recent one
 * @param mesInpcAntiguo the month whose index was used as the old one
 * @param findings the warnings: one {@link MoneyErrorCode#INPC_ULTIMO_PUBLICADO} per index replaced; empty when
 *     every index needed was in the series
 */
public record FactorCalculado(FactorActualizacion factor, YearMonth mesInpcReciente, YearMonth mesInpcAntiguo,
        List<Finding> findings) {

    /** Checks the components and copies the list. */
    public FactorCalculado {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(mesInpcReciente, "mesInpcReciente");
        Objects.requireNonNull(mesInpcAntiguo, "mesInpcAntiguo");
        findings = List.copyOf(findings);
    }

    /**
     * Whether the last-published-index rule of CFF art. 17-A was applied.
     *
     * @return true when {@link #findings()} is not empty
     */
    public boolean usoUltimoPublicado() {
        return !findings.isEmpty();
    }
}
