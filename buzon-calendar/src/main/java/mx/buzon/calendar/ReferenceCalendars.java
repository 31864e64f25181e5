package mx.buzon.calendar;

import java.util.List;
import mx.buzon.calendar.internal.Resources;

/**
 * The calendars shipped with the library for 2023–2026, from {@code shared/data/dias-inhabiles-2023-2026.csv}.
 *
 * <ul>
 *   <li>{@link #imss()}: CFF art. 12 only. IMSS declares inhábil days by acuerdo of its Consejo Técnico; none was
 *   found for 2023–2026, so the host adds (or removes) them as data with {@link BusinessCalendar#toBuilder()}.
 *   <li>{@link #sat()}: CFF art. 12 plus the SAT inhábil days and vacation periods public sources report
 *   (RMF regla 2.1.6); they bind SAT procedures, not IMSS ones. The December 2025 period is marked
 *   "NO CONFIRMADO" in its source text.
 * </ul>
 *
 * <p>Both cover 2023–2026: any other year throws {@link CalendarErrorCode#CALENDARIO_ANIO_SIN_DATOS} unless the
 * caller uses {@link BusinessCalendar#withCffRulesOnlyBeyondCoverage()}. Combine them with
 * {@link BusinessCalendar#union(BusinessCalendar)}. Thread-safe; the instances are built once and shared.
 */
public final class ReferenceCalendars {

    /** The first year the shipped data covers. */
    public static final int FIRST_YEAR = 2023;
    /** The last year the shipped data covers. */
    public static final int LAST_YEAR = 2026;

    private ReferenceCalendars() {
    }

    /**
     * The IMSS calendar: CFF art. 12, no declared days, covering 2023–2026.
     *
     * @return the shared instance, named {@code "IMSS"}
     */
    public static BusinessCalendar imss() {
        return Holder.IMSS;
    }

    /**
     * The SAT calendar: CFF art. 12 plus 44 SAT days (5 declared, 39 of vacation periods), covering 2023–2026.
     *
     * @return the shared instance, named {@code "SAT"}
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if the shipped data is damaged
     */
    public static BusinessCalendar sat() {
        return Holder.SAT;
    }

    private static final class Holder {
        static final BusinessCalendar IMSS = BusinessCalendar.builder("IMSS").coveredYears(FIRST_YEAR, LAST_YEAR)
                .build();
        static final BusinessCalendar SAT = BusinessCalendar.builder("SAT").coveredYears(FIRST_YEAR, LAST_YEAR)
                .declareAll(readSat()).build();
    }

    private static List<DiaInhabil> readSat() {
        StringBuilder text = new StringBuilder();
        for (String[] row : Resources.tsv("sat-dias-inhabiles.tsv")) {
            text.append(String.join("\t", row)).append('\n');
        }
        return InhabilDaysTsv.parse(text);
    }
}
