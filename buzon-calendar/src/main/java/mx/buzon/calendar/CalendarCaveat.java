package mx.buzon.calendar;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A caveat attached to an answer that is not certain (CFF art. 12): it used dates of years whose declared inhábil
 * days (IMSS acuerdos, SAT vacation periods) the calendar has not confirmed. The law's days are certain for every
 * year, so the answer is computed with them and the declared days the calendar knows; a day the authority declares
 * later can only move it later.
 *
 * <p>Example: {@code CalendarCaveat[code=CALENDARIO_DIAS_NO_CONFIRMADOS, calendar=IMSS, years=[2027]]}, whose
 * {@link #message()} names 2027. Immutable and thread-safe.
 *
 * @param code the stable code, {@link CalendarErrorCode#CALENDARIO_DIAS_NO_CONFIRMADOS}
 * @param calendar the name of the calendar, e.g. {@code "IMSS"}
 * @param years the unconfirmed years the answer used, ascending, not empty
 */
public record CalendarCaveat(CalendarErrorCode code, String calendar, List<Integer> years) {

    /**
     * Checks the components and copies the list.
     *
     * @throws IllegalArgumentException if {@code years} is empty
     */
    public CalendarCaveat {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(calendar, "calendar");
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("A calendar caveat names at least one year");
        }
    }

    /**
     * The caveat for unconfirmed declared days.
     *
     * @param calendar the calendar's name
     * @param years the unconfirmed years used, ascending
     * @return the caveat with code {@link CalendarErrorCode#CALENDARIO_DIAS_NO_CONFIRMADOS}
     */
    public static CalendarCaveat unconfirmed(String calendar, List<Integer> years) {
        return new CalendarCaveat(CalendarErrorCode.CALENDARIO_DIAS_NO_CONFIRMADOS, calendar, years);
    }

    /**
     * The stable code string.
     *
     * @return e.g. {@code "CALENDARIO_DIAS_NO_CONFIRMADOS"}
     */
    public String codigo() {
        return code.code();
    }

    /**
     * The Spanish message naming the years.
     *
     * @return e.g. {@code "El calendario IMSS no tiene confirmados los días inhábiles que la autoridad declare para
     *     2027; ..."}
     */
    public String message() {
        return code.message(calendar, years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
