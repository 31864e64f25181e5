package mx.buzon.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.Finding;

/**
 * The factor de actualización of CFF art. 17-A: INPC of the month before the most recent month of the period
 * divided by the INPC of the month before the oldest month, truncated to four decimals (never rounded up) and
 * never below 1.
 *
 * <p>Example: INPC 104.569 over 100.000 is 1.04569, so the factor is {@code 1.0456} (not 1.0457); INPC 99 over
 * 100 would be 0.99, so the factor is {@code 1}. Immutable and thread-safe.
 *
 * @param value the factor, at least 1, scale exactly 4 (e.g. {@code 1.0456})
 */
public record FactorActualizacion(BigDecimal value) {

    /** The factor when there is nothing to update: {@code 1.0000}. */
    public static final FactorActualizacion UNO = new FactorActualizacion(new BigDecimal("1.0000"));

    /** Decimals of the factor: CFF art. 17-A computes factors "hasta el diezmilésimo". */
    public static final int DECIMALS = 4;

    /**
     * Checks the factor.
     *
     * @param value the factor
     * @throws IllegalArgumentException when it is below 1 or has other than four decimals
     */
    public FactorActualizacion {
        Objects.requireNonNull(value, "value");
        if (value.compareTo(BigDecimal.ONE) < 0 || value.scale() != DECIMALS) {
            throw new IllegalArgumentException("A factor de actualización is at least 1 with exactly 4 decimals: "
                    + value);
        }
    }

    /**
     * The factor from the two index values: {@code max(1, truncate4(inpcReciente / inpcAntiguo))}.
     *
     * @param inpcReciente INPC of the month before the most recent month of the period
     * @param inpcAntiguo INPC of the month before the oldest month of the period
     * @return the factor
     * @throws IllegalArgumentException when an index is not positive
     */
    public static FactorActualizacion of(BigDecimal inpcReciente, BigDecimal inpcAntiguo) {
        if (inpcReciente.signum() <= 0 || inpcAntiguo.signum() <= 0) {
            throw new IllegalArgumentException("INPC values must be positive: " + inpcReciente + " / " + inpcAntiguo);
        }
        // DOWN truncates the exact quotient: no intermediate rounding can push it up to the next diezmilésimo.
        BigDecimal truncated = inpcReciente.divide(inpcAntiguo, DECIMALS, RoundingMode.DOWN);
        return truncated.compareTo(BigDecimal.ONE) < 0 ? UNO : new FactorActualizacion(truncated);
    }

    /**
     * The factor for a period, from the host's INPC series (CFF art. 17-A, first and second paragraphs).
     *
     * @param inpc the series
     * @param mesMasAntiguo the oldest month of the period (the month the payment was due)
     * @param mesMasReciente the most recent month of the period (the month it is paid)
     * @return the factor
     * @throws IllegalArgumentException when the most recent month is before the oldest
     * @throws mx.buzon.problem.BuzonException with {@link MoneyErrorCode#INPC_NO_DISPONIBLE} when an index is missing
     */
    public static FactorActualizacion of(Inpc inpc, YearMonth mesMasAntiguo, YearMonth mesMasReciente) {
        Objects.requireNonNull(inpc, "inpc");
        if (mesMasReciente.isBefore(mesMasAntiguo)) {
            throw new IllegalArgumentException("The most recent month " + mesMasReciente
                    + " is before the oldest month " + mesMasAntiguo);
        }
        return of(inpc.require(mesMasReciente.minusMonths(1)), inpc.require(mesMasAntiguo.minusMonths(1)));
    }

    /**
     * The factor for a period with the rule for indexes not yet published (CFF art. 17-A), saying which months it
     * used and whether it applied the rule.
     *
     * @param inpc the series
     * @param mesMasAntiguo the oldest month of the period
     * @param mesMasReciente the most recent month of the period
     * @param faltante {@link InpcFaltante#ERROR} (as {@link #of(Inpc, YearMonth, YearMonth)}) or
     *     {@link InpcFaltante#ULTIMO_PUBLICADO}
     * @return the factor, the months of the indexes used and a {@link MoneyErrorCode#INPC_ULTIMO_PUBLICADO} warning
     *     per index replaced by the last published one
     * @throws IllegalArgumentException when the most recent month is before the oldest
     * @throws mx.buzon.problem.BuzonException with {@link MoneyErrorCode#INPC_NO_DISPONIBLE} when an index is missing and
     *     the rule does not apply (strategy {@code ERROR}, a gap inside the series, or a series that does not say
     *     its last month)
     */
    public static FactorCalculado compute(Inpc inpc, YearMonth mesMasAntiguo, YearMonth mesMasReciente,
            InpcFaltante faltante) {
        Objects.requireNonNull(inpc, "inpc");
        Objects.requireNonNull(faltante, "faltante");
        if (mesMasReciente.isBefore(mesMasAntiguo)) {
            throw new IllegalArgumentException("The most recent month " + mesMasReciente
                    + " is before the oldest month " + mesMasAntiguo);
        }
        List<Finding> findings = new ArrayList<>(2);
        YearMonth reciente = monthToUse(inpc, mesMasReciente.minusMonths(1), faltante, findings);
        YearMonth antiguo = monthToUse(inpc, mesMasAntiguo.minusMonths(1), faltante, findings);
        FactorActualizacion factor = of(inpc.require(reciente), inpc.require(antiguo));
        return new FactorCalculado(factor, reciente, antiguo, findings);
    }

    private static YearMonth monthToUse(Inpc inpc, YearMonth needed, InpcFaltante faltante, List<Finding> findings) {
        if (faltante == InpcFaltante.ERROR || inpc.value(needed).isPresent()) {
            return needed;
        }
        Optional<YearMonth> last = inpc.ultimoMes();
        if (last.isEmpty() || !needed.isAfter(last.get())) {
            return needed; // a gap inside the series, or a series that cannot say: require() reports it
        }
        Finding finding = Finding.warning(MoneyErrorCode.INPC_ULTIMO_PUBLICADO, needed.toString(), needed, last.get());
        if (!findings.contains(finding)) {
            findings.add(finding);
        }
        return last.get();
    }
}
