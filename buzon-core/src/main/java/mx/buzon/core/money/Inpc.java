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
 * The Índice Nacional de Precios al Consumidor by month, as the host has it from INEGI's publication in the
 * DOF (CFF art. 20, sixth paragraph). The SDK ships no values: the series is data, updated monthly.
 *
 * <p>Example (a made-up value): {@code Inpc.of(Map.of(YearMonth.of(2025, 1), new BigDecimal("100.000")))}. Implementations
 * must be thread-safe; the one from {@link #of(Map)} is immutable.
 */
@FunctionalInterface
public interface Inpc {

    /**
     * The index of a month.
     *
     * @param month the month
     * @return the index (positive), or empty when the host has no value for that month
     */
    Optional<BigDecimal> value(YearMonth month);

    /**
     * The last month the series has a value for: the last index published, as far as the host knows. Used by
     * {@link InpcFaltante#ULTIMO_PUBLICADO} (CFF art. 17-A).
     *
     * @return the month, or empty when the series cannot say (the default, for a plain lambda)
     */
    default Optional<YearMonth> ultimoMes() {
        return Optional.empty();
    }

    /**
     * The index of a month, or a typed error.
     *
     * @param month the month
     * @return the index
     * @throws BuzonException with {@link MoneyErrorCode#INPC_NO_DISPONIBLE} when the series has no value
     */
    default BigDecimal require(YearMonth month) {
        return value(month).orElseThrow(() -> new BuzonException(MoneyErrorCode.INPC_NO_DISPONIBLE,
                MoneyErrorCode.INPC_NO_DISPONIBLE.message(month), null));
    }

    /**
     * An immutable series from a map (copied).
     *
     * @param values index by month; each value positive
     * @return the series
     * @throws IllegalArgumentException when a value is zero or negative
     */
    static Inpc of(Map<YearMonth, BigDecimal> values) {
        TreeMap<YearMonth, BigDecimal> copy = new TreeMap<>();
        values.forEach((month, value) -> {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(value, "value");
            if (value.signum() <= 0) {
                throw new IllegalArgumentException("An INPC value must be positive: " + month + " = " + value);
            }
            copy.put(month, value);
        });
        Map<YearMonth, BigDecimal> frozen = Collections.unmodifiableMap(copy);
        Optional<YearMonth> last = copy.isEmpty() ? Optional.empty() : Optional.of(copy.lastKey());
        return new Inpc() {
            @Override
            public Optional<BigDecimal> value(YearMonth month) {
                return Optional.ofNullable(frozen.get(month));
            }

            @Override
            public Optional<YearMonth> ultimoMes() {
                return last;
            }
        };
    }
}
