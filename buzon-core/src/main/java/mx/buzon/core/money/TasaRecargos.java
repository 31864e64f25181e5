package mx.buzon.core.money;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import mx.buzon.problem.BuzonException;

/**
 * The monthly recargo rate in force in each month, as a fraction (1.47% is {@code 0.0147}), from the Ley de
 * Ingresos de la Federación of each year (CFF art. 21, second paragraph). Host-supplied data.
 *
 * <p>Implementations must be thread-safe; those from the factories here are immutable.
 */
@FunctionalInterface
public interface TasaRecargos {

    /**
     * The monthly rate in force in a month.
     *
     * @param month the month
     * @return the rate as a fraction in [0, 1), or empty when the host has none for that month
     */
    Optional<BigDecimal> monthlyRate(YearMonth month);

    /**
     * The rate of a month, or a typed error.
     *
     * @param month the month
     * @return the rate
     * @throws BuzonException with {@link MoneyErrorCode#TASA_RECARGOS_NO_DISPONIBLE} when there is none
     */
    default BigDecimal require(YearMonth month) {
        return monthlyRate(month).orElseThrow(() -> new BuzonException(MoneyErrorCode.TASA_RECARGOS_NO_DISPONIBLE,
                MoneyErrorCode.TASA_RECARGOS_NO_DISPONIBLE.message(month), null));
    }

    /**
     * The same rate for every month, e.g. {@code fixed(new BigDecimal("0.0147"))}.
     *
     * @param monthlyRate the fraction per month
     * @return the rates
     * @throws IllegalArgumentException when the rate is outside [0, 1)
     */
    static TasaRecargos fixed(BigDecimal monthlyRate) {
        BigDecimal rate = check(YearMonth.of(2000, 1), monthlyRate);
        return month -> Optional.of(rate);
    }

    /**
     * Rates by month (copied).
     *
     * @param rates the fraction per month
     * @return the rates
     * @throws IllegalArgumentException when a rate is outside [0, 1)
     */
    static TasaRecargos of(Map<YearMonth, BigDecimal> rates) {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>();
        rates.forEach((month, rate) -> copy.put(Objects.requireNonNull(month, "month"), check(month, rate)));
        Map<YearMonth, BigDecimal> frozen = Collections.unmodifiableMap(copy);
        return month -> Optional.ofNullable(frozen.get(month));
    }

    private static BigDecimal check(YearMonth month, BigDecimal rate) {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("A monthly recargo rate is a fraction in [0, 1) (1.47% is 0.0147): "
                    + month + " = " + rate);
        }
        return rate;
    }
}
