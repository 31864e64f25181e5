package mx.buzon.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryOperator;

/**
 * Recargos for late payment (CFF art. 21): on the updated amount, per month or fraction of a month elapsed
 * from the day the payment was due until it is made, at the monthly rate in force in each month, for at most
 * five years (60 months).
 *
 * <pre>{@code
 * int meses = Recargos.meses(LocalDate.of(2025, 2, 17), LocalDate.of(2025, 5, 20)); // 4 (3 months + a fraction)
 * BigDecimal tasa = Recargos.tasaAcumulada(TasaRecargos.fixed(new BigDecimal("0.0147")),
 *         LocalDate.of(2025, 2, 17), LocalDate.of(2025, 5, 20));                  // 0.0588
 * MonetaryAmount recargos = actualizado.with(Recargos.of(tasa));
 * }</pre>
 * Thread-safe (stateless).
 */
public final class Recargos {

    /** Recargos accrue for at most five years (CFF art. 21, fifth paragraph): 60 months. */
    public static final int MAX_MESES = 60;

    private Recargos() {
    }

    /**
     * Months or fractions elapsed from the due date to the payment date, at most {@link #MAX_MESES}: the
     * smallest {@code n} such that {@code exigible.plusMonths(n)} is on or after {@code pago}. Paid on or before
     * the due date: 0. Due 17 Feb, paid 17 Mar: 1; paid 18 Mar: 2 (the extra day is a fraction that counts as a
     * month). Month ends clamp as {@link LocalDate#plusMonths(long)} does: due 31 Jan, paid 28 Feb 2025: 1.
     *
     * @param exigible the day the payment was due
     * @param pago the day it is paid
     * @return months in [0, 60]
     */
    public static int meses(LocalDate exigible, LocalDate pago) {
        Objects.requireNonNull(exigible, "exigible");
        Objects.requireNonNull(pago, "pago");
        int n = 0;
        while (n < MAX_MESES && exigible.plusMonths(n).isBefore(pago)) {
            n++;
        }
        return n;
    }

    /**
     * The sum of the monthly rates of the months counted by {@link #meses(LocalDate, LocalDate)}: month
     * {@code i} (from 0) takes the rate in force in the calendar month of {@code exigible.plusMonths(i)}.
     *
     * @param tasas the host's rates
     * @param exigible the day the payment was due
     * @param pago the day it is paid
     * @return the total rate as a fraction, e.g. {@code 0.0588} for 4 months at 1.47%
     * @throws mx.buzon.problem.BuzonException with {@link MoneyErrorCode#TASA_RECARGOS_NO_DISPONIBLE} when a month's
     *     rate is missing
     */
    public static BigDecimal tasaAcumulada(TasaRecargos tasas, LocalDate exigible, LocalDate pago) {
        Objects.requireNonNull(tasas, "tasas");
        int meses = meses(exigible, pago);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < meses; i++) {
            total = total.add(tasas.require(YearMonth.from(exigible.plusMonths(i))));
        }
        return total;
    }

    /**
     * The operator that gives the recargos on an updated amount: {@code round(amount × tasaAcumulada)}.
     *
     * @param tasaAcumulada the total rate as a fraction (see {@link #tasaAcumulada})
     * @return the operator; applied directly ({@code apply}) it refuses negative or non-MXN amounts with
     *     {@link IllegalArgumentException}; through {@code MonetaryAmount.with} that exception arrives wrapped in a
     *     {@link javax.money.MonetaryException}
     * @throws IllegalArgumentException when the rate is negative
     */
    public static MonetaryOperator of(BigDecimal tasaAcumulada) {
        Objects.requireNonNull(tasaAcumulada, "tasaAcumulada");
        if (tasaAcumulada.signum() < 0) {
            throw new IllegalArgumentException("A recargo rate must not be negative: " + tasaAcumulada);
        }
        return amount -> Mxn.of(Mxn.nonNegative(amount, "The updated amount").multiply(tasaAcumulada)
                .setScale(2, RoundingMode.HALF_UP));
    }
}
