package mx.buzon.calendar.plazo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.internal.Spanish;

/**
 * One due date of the compliance calendar (docs/LEGAL.md §8): the nominal date and, when it is inhábil, the next día
 * hábil it moves to.
 *
 * <p>Example: cuotas obrero-patronales of December 2025, nominal Saturday 17 January 2026, due Monday 19 January
 * 2026 ({@code diasOmitidos}: Saturday 17 and Sunday 18). Immutable and thread-safe.
 *
 * @param obligacion the obligation
 * @param periodo the period it covers, in Spanish, e.g. {@code "diciembre de 2025"}
 * @param fechaNominal the date the rule names, e.g. day 17
 * @param vence the due date (the first día hábil on or after {@code fechaNominal})
 * @param diasOmitidos the inhábil days from {@code fechaNominal} to the day before {@code vence}
 * @param advertencias the caveats: not empty when {@code fechaNominal} to {@code vence} lies in a year whose
 *     declared days are not confirmed
 */
public record ComplianceEvent(Obligacion obligacion, String periodo, LocalDate fechaNominal, LocalDate vence,
        List<DiaInhabil> diasOmitidos, List<CalendarCaveat> advertencias) {

    /** Checks the components and copies the list. */
    public ComplianceEvent {
        Objects.requireNonNull(obligacion, "obligacion");
        Objects.requireNonNull(periodo, "periodo");
        Objects.requireNonNull(fechaNominal, "fechaNominal");
        Objects.requireNonNull(vence, "vence");
        diasOmitidos = List.copyOf(diasOmitidos);
        advertencias = List.copyOf(advertencias);
    }

    /**
     * The event without caveats (the shape of earlier versions).
     *
     * @param obligacion the obligation
     * @param periodo the period
     * @param fechaNominal the nominal date
     * @param vence the due date
     * @param diasOmitidos the inhábil days skipped
     */
    public ComplianceEvent(Obligacion obligacion, String periodo, LocalDate fechaNominal, LocalDate vence,
            List<DiaInhabil> diasOmitidos) {
        this(obligacion, periodo, fechaNominal, vence, diasOmitidos, List.of());
    }

    /**
     * Whether the answer is certain: no caveat.
     *
     * @return true when {@link #advertencias()} is empty
     */
    public boolean isCertain() {
        return advertencias.isEmpty();
    }

    /**
     * A Spanish explanation a vendor can show to the user.
     *
     * @return e.g. {@code "pago de cuotas obrero-patronales, periodo diciembre de 2025 (LSS art. 39): vence el
     *     lunes 19 de enero de 2026 ..."}
     */
    public String explicacion() {
        return obligacion.spanish() + ", periodo " + periodo + " (" + obligacion.fundamento() + "): vence el "
                + Spanish.date(vence) + (diasOmitidos.isEmpty() ? "."
                        : "; la fecha señalada, " + Spanish.date(fechaNominal) + ", es inhábil y se recorre al día"
                                + " hábil siguiente (CFF art. 12, cuarto párrafo). Días inhábiles: "
                                + Spanish.inhabiles(diasOmitidos) + ".") + Caveats.sentence(advertencias);
    }
}
