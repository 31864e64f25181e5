package mx.buzon.calendar;

import mx.buzon.calendar.internal.Resources;

/**
 * The calendars shipped with the library, read from versioned data files ({@link InhabilDaysTsv} format 2, each
 * with its "as of" date and the source of every entry and of every confirmed year).
 *
 * <ul>
 *   <li>{@link #imss()}: CFF art. 12 and the days the IMSS declares by acuerdo of its Consejo Técnico. None was
 *   found for 2023–2026, and those years are confirmed with that statement as their source. 2027 and later are not
 *   confirmed: answers that touch them use the law's days (certain for every year) and carry a
 *   {@link CalendarCaveat}. A production host supplies its IMSS-declared days and confirms each year with
 *   {@link BusinessCalendar#toBuilder()} ({@link BusinessCalendar.Builder#data(DeclaredDays)} reads them from a
 *   file of the same format).
 *   <li>{@link #sat()}: CFF art. 12 plus the SAT inhábil days and vacation periods public sources report (RMF
 *   regla 2.1.6); they bind SAT procedures, not IMSS ones. No year is confirmed: the list is not known to be
 *   complete (it has no Holy Thursday of 2024 or 2026, and its December 2025 period is "NO CONFIRMADO" in its
 *   source), so every SAT answer carries a caveat until the host confirms a year with the RMF's days.
 * </ul>
 *
 * <p>Combine them with {@link BusinessCalendar#union(BusinessCalendar)}. Thread-safe; the instances are built once
 * and shared.
 */
public final class ReferenceCalendars {

    /**
     * The first year the shipped IMSS data confirms.
     *
     * @deprecated read {@code imss().confirmedYears()}: the confirmed years are data
     */
    @Deprecated
    public static final int FIRST_YEAR = 2023;
    /**
     * The last year the shipped IMSS data confirms.
     *
     * @deprecated read {@code imss().confirmedYears()}: the confirmed years are data
     */
    @Deprecated
    public static final int LAST_YEAR = 2026;

    private ReferenceCalendars() {
    }

    /**
     * The IMSS calendar: CFF art. 12, no declared day, confirmed for 2023–2026 (from {@link #imssData()}).
     *
     * @return the shared instance, named {@code "IMSS"}
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if the shipped data is damaged
     */
    public static BusinessCalendar imss() {
        return Holder.IMSS;
    }

    /**
     * The SAT calendar: CFF art. 12 plus 44 SAT days (5 declared, 39 of vacation periods), no year confirmed.
     *
     * @return the shared instance, named {@code "SAT"}
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if the shipped data is damaged
     */
    public static BusinessCalendar sat() {
        return Holder.SAT;
    }

    /**
     * The shipped IMSS data: format version, "as of" date, confirmed years with their sources, declared days.
     *
     * @return the data of {@code imss-dias-declarados.tsv}
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if the shipped data is damaged
     */
    public static DeclaredDays imssData() {
        return Holder.IMSS_DATA;
    }

    /**
     * The shipped SAT data.
     *
     * @return the data of {@code sat-dias-inhabiles.tsv}
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if the shipped data is damaged
     */
    public static DeclaredDays satData() {
        return Holder.SAT_DATA;
    }

    private static final class Holder {
        static final DeclaredDays IMSS_DATA = read("imss-dias-declarados.tsv");
        static final DeclaredDays SAT_DATA = read("sat-dias-inhabiles.tsv");
        static final BusinessCalendar IMSS = BusinessCalendar.builder(IMSS_DATA.calendar()).data(IMSS_DATA).build();
        static final BusinessCalendar SAT = BusinessCalendar.builder(SAT_DATA.calendar()).data(SAT_DATA).build();
    }

    private static DeclaredDays read(String name) {
        return InhabilDaysTsv.parse(Resources.text(name));
    }
}
