package mx.buzon.core.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An amount owed with its actualización and recargos, computed from the due date and the payment date.
 * The period of the actualización runs from the month the payment was due to the month it is paid
 * (CFF art. 17-A); recargos are on the updated amount (CFF art. 21).
 *
 * <p>Immutable and thread-safe.
 *
 * @param historico the amount as originally owed, MXN
 * @param factor the factor de actualización
 * @param actualizacion {@code historico × (factor − 1)}, to the centavo
 * @param meses months or fractions for recargos, at most 60
 * @param tasaRecargos the sum of the monthly rates, as a fraction
 * @param recargos {@code (historico + actualizacion) × tasaRecargos}, to the centavo
 */
public record Accesorios(MonetaryAmount historico, FactorActualizacion factor, MonetaryAmount actualizacion,
        int meses, BigDecimal tasaRecargos, MonetaryAmount recargos) {

    /**
     * Checks the parts are present and in MXN.
     *
     * @param historico the amount
     * @param factor the factor
     * @param actualizacion the actualización
     * @param meses the months
     * @param tasaRecargos the rate
     * @param recargos the recargos
     */
    public Accesorios {
        Mxn.number(historico);
        Objects.requireNonNull(factor, "factor");
        Mxn.number(actualizacion);
        Objects.requireNonNull(tasaRecargos, "tasaRecargos");
        Mxn.number(recargos);
    }

    /**
     * Computes the accesorios of an amount paid late.
     *
     * @param historico the amount owed, MXN, not negative
     * @param exigible the day the payment was due
     * @param pago the day it is paid
     * @param inpc the host's INPC series
     * @param tasas the host's recargo rates
     * @return the accesorios (all zero when paid on or before the due date)
     * @throws mx.buzon.problem.BuzonException when an INPC value or a rate is missing ({@link MoneyErrorCode})
     */
    public static Accesorios compute(MonetaryAmount historico, LocalDate exigible, LocalDate pago, Inpc inpc,
            TasaRecargos tasas) {
        Mxn.nonNegative(historico, "The amount owed");
        FactorActualizacion factor = pago.isAfter(exigible)
                ? FactorActualizacion.of(inpc, YearMonth.from(exigible), YearMonth.from(pago))
                : FactorActualizacion.UNO;
        MonetaryAmount actualizacion = historico.with(Actualizacion.of(factor));
        BigDecimal tasa = Recargos.tasaAcumulada(tasas, exigible, pago);
        MonetaryAmount recargos = historico.with(Mxn.CENTAVOS).add(actualizacion).with(Recargos.of(tasa));
        return new Accesorios(historico, factor, actualizacion, Recargos.meses(exigible, pago), tasa, recargos);
    }

    /** @return {@code historico + actualizacion}, to the centavo */
    public MonetaryAmount actualizado() {
        return historico.with(Mxn.CENTAVOS).add(actualizacion);
    }

    /** @return {@code historico + actualizacion + recargos}, to the centavo (before the CFF art. 20 adjustment) */
    public MonetaryAmount total() {
        return actualizado().add(recargos);
    }
}
