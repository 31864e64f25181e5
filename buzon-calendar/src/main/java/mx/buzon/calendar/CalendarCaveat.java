package mx.buzon.calendar;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.buzon.problem.Finding;

/**
 * A caveat attached to an answer that is not certain (CFF art. 12): it used dates of years whose declared inhábil
 * days (IMSS acuerdos, SAT vacation periods) the calendar has not confirmed. The law's days are certain for every
 * year, so the answer is computed with them and the declared days the calendar knows; a day the authority declares
 * later can only move it later.
 *
 * <p>Example: {@code CalendarCaveat[errorCode=CALENDARIO_DIAS_NO_CONFIRMADOS, calendar=IMSS, years=[2027]]}, whose
 * {@link #message()} names 2027. It reads like a {@link Finding}: {@link #code()} is the code string,
 * {@link #errorCode()} the enum constant, and {@link #toFinding()} gives the WARNING finding itself. Immutable and
 * thread-safe.
 *
 * @param errorCode the code, {@link CalendarErrorCode#CALENDARIO_DIAS_NO_CONFIRMADOS}
 * @param calendar the name of the calendar, e.g. {@code "IMSS"}
 * @param years the unconfirmed years the answer used, ascending, not empty
 */
public record CalendarCaveat(CalendarErrorCode errorCode, String calendar, List<Integer> years) {

    /**
     * Checks the components and copies the list.
     *
     * @throws IllegalArgumentException if {@code years} is empty
     */
    public CalendarCaveat {
        Objects.requireNonNull(errorCode, "errorCode");
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
    public String code() {
        return errorCode.code();
    }

    /**
     * The Spanish message naming the years.
     *
     * @return e.g. {@code "El calendario IMSS no tiene confirmados los días inhábiles que la autoridad declare para
     *     2027; ..."}
     */
    public String message() {
        return errorCode.message(calendar, yearList());
    }

    /**
     * The caveat as a WARNING finding, for a host that collects findings of several sources in one list.
     *
     * @return the finding with {@link #code()}, {@link #message()} and the years as offending value, e.g.
     *     {@code "2027"} or {@code "2026, 2027"}
     */
    public Finding toFinding() {
        String years = yearList();
        return Finding.warning(errorCode, years, calendar, years);
    }

    private String yearList() {
        return years.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
