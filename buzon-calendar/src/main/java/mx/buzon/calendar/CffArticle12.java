package mx.buzon.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The inhábil days that CFF art. 12 lists, built by rule for any year (docs/LEGAL.md §2).
 *
 * <p>They are 1 January, the first Monday of February, the third Monday of March, 1 May, 5 May, 16 September,
 * the third Monday of November, 25 December and, every six years, the transmission day of the federal executive
 * ({@link TransmissionDay}). Holidays on a Saturday or Sunday are not moved. Example: for 2026 the Mondays are
 * 2 February, 16 March and 16 November.
 *
 * <p>What it is not: a historical calendar. The current text is applied to every year; the fixed dates used
 * before the 2006 reforms (5 February, 21 March, 20 November) are not reproduced. Stateless and thread-safe.
 */
public final class CffArticle12 {

    /** The source quoted for the days of this article. */
    public static final String SOURCE = "CFF art. 12";

    private static final int CACHED_FROM = 1900;
    private static final int CACHED_YEARS = 400;
    // Immutable lists, computed on first use per reading and year; explanations look them up for every skipped day.
    private static final AtomicReferenceArray<List<DiaInhabil>> CACHE =
            new AtomicReferenceArray<>(TransmissionDay.values().length * CACHED_YEARS);

    private CffArticle12() {
    }

    /**
     * The law's inhábil days of {@code year}, sorted by date (weekends excluded: they are inhábiles by the same
     * article but are not listed).
     *
     * @param year the year, e.g. {@code 2026}
     * @param transmissionDay the reading of the transmission day
     * @return the days, each of kind {@link InhabilKind#LAW}; 9 or 10 (11 under {@link TransmissionDay#BOTH})
     */
    public static List<DiaInhabil> inhabiles(int year, TransmissionDay transmissionDay) {
        Objects.requireNonNull(transmissionDay, "transmissionDay");
        if (year < CACHED_FROM || year >= CACHED_FROM + CACHED_YEARS) {
            return build(year, transmissionDay);
        }
        int slot = transmissionDay.ordinal() * CACHED_YEARS + year - CACHED_FROM;
        List<DiaInhabil> days = CACHE.get(slot);
        if (days == null) {
            days = build(year, transmissionDay);
            CACHE.set(slot, days);
        }
        return days;
    }

    private static List<DiaInhabil> build(int year, TransmissionDay transmissionDay) {
        List<DiaInhabil> days = new ArrayList<>(11);
        days.add(law(LocalDate.of(year, Month.JANUARY, 1), "1 de enero"));
        days.add(law(nthMonday(year, Month.FEBRUARY, 1), "primer lunes de febrero (5 de febrero)"));
        days.add(law(nthMonday(year, Month.MARCH, 3), "tercer lunes de marzo (21 de marzo)"));
        days.add(law(LocalDate.of(year, Month.MAY, 1), "1 de mayo"));
        days.add(law(LocalDate.of(year, Month.MAY, 5), "5 de mayo"));
        days.add(law(LocalDate.of(year, Month.SEPTEMBER, 16), "16 de septiembre"));
        days.add(law(nthMonday(year, Month.NOVEMBER, 3), "tercer lunes de noviembre (20 de noviembre)"));
        days.add(law(LocalDate.of(year, Month.DECEMBER, 25), "25 de diciembre"));
        for (LocalDate date : transmissionDay.dates(year)) {
            days.add(date.getMonth() == Month.OCTOBER
                    ? new DiaInhabil(date, InhabilKind.LAW, "1 de octubre, transmisión del Poder Ejecutivo Federal",
                            "LFT art. 74 fr. VII (reforma DOF 30-09-2024); CFF art. 12")
                    : law(date, "1 de diciembre, transmisión del Poder Ejecutivo Federal"));
        }
        days.sort(Comparator.comparing(DiaInhabil::fecha));
        return List.copyOf(days);
    }

    private static DiaInhabil law(LocalDate date, String reason) {
        return new DiaInhabil(date, InhabilKind.LAW, reason, SOURCE);
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }
}
