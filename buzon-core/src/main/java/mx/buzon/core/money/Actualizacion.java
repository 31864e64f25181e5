package mx.buzon.core.money;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryOperator;

/**
 * The actualización of an amount owed (CFF art. 17-A): {@code amount × (factor − 1)}, to the centavo
 * ({@link Mxn#CENTAVOS}), as small operators to combine with {@code MonetaryAmount.with(...)}.
 *
 * <pre>{@code
 * FactorActualizacion factor = FactorActualizacion.of(inpc, YearMonth.of(2025, 1), YearMonth.of(2025, 7));
 * MonetaryAmount actualizacion = Mxn.of("10000.00").with(Actualizacion.of(factor));      // e.g. MXN 456.00
 * MonetaryAmount actualizado = Mxn.of("10000.00").with(Actualizacion.actualizar(factor)); // MXN 10456.00
 * }</pre>
 * Thread-safe (stateless).
 */
public final class Actualizacion {

    private Actualizacion() {
    }

    /**
     * The operator that gives the actualización of an amount: {@code round(amount × (factor − 1))}.
     *
     * @param factor the factor for the period
     * @return the operator; applied directly ({@code apply}) it refuses negative or non-MXN amounts with
     *     {@link IllegalArgumentException}; through {@code MonetaryAmount.with} that exception arrives wrapped in a
     *     {@link javax.money.MonetaryException}
     */
    public static MonetaryOperator of(FactorActualizacion factor) {
        Objects.requireNonNull(factor, "factor");
        BigDecimal increment = factor.value().subtract(BigDecimal.ONE);
        return amount -> Mxn.of(Mxn.nonNegative(amount, "The amount to update").multiply(increment))
                .with(Mxn.CENTAVOS);
    }

    /**
     * The operator that gives the updated amount: {@code amount + actualización}, to the centavo.
     *
     * @param factor the factor for the period
     * @return the operator; applied directly ({@code apply}) it refuses negative or non-MXN amounts with
     *     {@link IllegalArgumentException}; through {@code MonetaryAmount.with} that exception arrives wrapped in a
     *     {@link javax.money.MonetaryException}
     */
    public static MonetaryOperator actualizar(FactorActualizacion factor) {
        MonetaryOperator actualizacion = of(factor);
        return amount -> amount.with(Mxn.CENTAVOS).add(amount.with(actualizacion));
    }
}
