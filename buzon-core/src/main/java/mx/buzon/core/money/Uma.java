package mx.buzon.core.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The Unidad de Medida y Actualización: the daily value in pesos that fines and limits expressed "in UMA" are
 * multiplied by. INEGI publishes it each January in the DOF and it applies from 1 February of that year to
 * 31 January of the next (Ley para Determinar el Valor de la Unidad de Medida y Actualización, arts. 4 and 5).
 *
 * <p>Example: {@code Uma.UMA_2025.veces(new BigDecimal("20"))} is MXN 2262.80. Immutable and thread-safe.
 *
 * @param year the year of the value
 * @param valorDiario the daily value, MXN
 * @param vigenteDesde first day it applies (1 February of {@code year})
 * @param vigenteHasta last day it applies (31 January of the next year)
 * @param fuente where the value comes from
 */
public record Uma(int year, MonetaryAmount valorDiario, LocalDate vigenteDesde, LocalDate vigenteHasta, String fuente) {

    /** UMA 2025: MXN 113.14 daily (INEGI, DOF January 2025; docs/LEGAL.md §7). */
    public static final Uma UMA_2025 = of(2025, "113.14");

    /** UMA 2026: MXN 117.31 daily (INEGI, DOF January 2026; docs/LEGAL.md §7). */
    public static final Uma UMA_2026 = of(2026, "117.31");

    /**
     * Checks the parts.
     *
     * @param year the year
     * @param valorDiario the value
     * @param vigenteDesde first day
     * @param vigenteHasta last day
     * @param fuente the source
     */
    public Uma {
        Mxn.nonNegative(valorDiario, "The UMA value");
        Objects.requireNonNull(vigenteDesde, "vigenteDesde");
        Objects.requireNonNull(vigenteHasta, "vigenteHasta");
        Objects.requireNonNull(fuente, "fuente");
    }

    /** @return the values the SDK knows, oldest first */
    public static List<Uma> conocidas() {
        return List.of(UMA_2025, UMA_2026);
    }

    /**
     * The known value that applies on a day.
     *
     * @param date the day
     * @return the value, or empty when the SDK does not know the value for that day (before 1 Feb 2025 or
     *     after 31 Jan 2027): the host must then supply it
     */
    public static Optional<Uma> at(LocalDate date) {
        return conocidas().stream()
                .filter(u -> !date.isBefore(u.vigenteDesde()) && !date.isAfter(u.vigenteHasta()))
                .findFirst();
    }

    /**
     * An amount expressed in UMA, in pesos: {@code round(n × valorDiario)} to the centavo.
     *
     * @param n how many UMA, e.g. 20
     * @return the amount in MXN
     */
    public MonetaryAmount veces(BigDecimal n) {
        return Mxn.of(Mxn.number(valorDiario).multiply(n)).with(Mxn.CENTAVOS);
    }

    private static Uma of(int year, String value) {
        return new Uma(year, Mxn.of(value), LocalDate.of(year, 2, 1), LocalDate.of(year + 1, 1, 31),
                "INEGI, valor diario de la UMA " + year + " publicado en el DOF en enero de " + year
                        + "; vigente del 1 de febrero de " + year + " al 31 de enero de " + (year + 1));
    }
}
