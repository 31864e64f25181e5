package mx.buzon.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashSet;
import java.util.Set;

/**
 * The obvious reference implementation: a HashSet of holidays written independently of CffArticle12 (by walking
 * each month and counting Mondays) and day-by-day loops. Used as an oracle by the tests and as the baseline of the
 * benchmarks.
 */
public final class NaiveCalendar {

    private final Set<LocalDate> holidays = new HashSet<>();

    /** The CFF art. 12 holidays of {@code firstYear..lastYear} (default transmission reading) plus {@code extra}. */
    public NaiveCalendar(int firstYear, int lastYear, Set<LocalDate> extra) {
        for (int year = firstYear; year <= lastYear; year++) {
            int mondaysFebruary = 0;
            int mondaysMarch = 0;
            int mondaysNovember = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                Month m = d.getMonth();
                int day = d.getDayOfMonth();
                boolean monday = d.getDayOfWeek() == DayOfWeek.MONDAY;
                if (monday && m == Month.FEBRUARY && ++mondaysFebruary == 1
                        || monday && m == Month.MARCH && ++mondaysMarch == 3
                        || monday && m == Month.NOVEMBER && ++mondaysNovember == 3
                        || m == Month.JANUARY && day == 1 || m == Month.MAY && (day == 1 || day == 5)
                        || m == Month.SEPTEMBER && day == 16 || m == Month.DECEMBER && day == 25) {
                    holidays.add(d);
                }
            }
            if ((year - 2024) % 6 == 0) {
                holidays.add(year >= 2024 ? LocalDate.of(year, 10, 1) : LocalDate.of(year, 12, 1));
            }
        }
        holidays.addAll(extra);
    }

    public boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(d);
    }

    public LocalDate plusBusinessDays(LocalDate d, int n) {
        LocalDate result = d;
        for (int i = 0; i < n; i++) {
            result = result.plusDays(1);
            while (!isBusinessDay(result)) {
                result = result.plusDays(1);
            }
        }
        return result;
    }

    /** The {@code n}-th business day before {@code d}, walking back day by day. */
    public LocalDate minusBusinessDays(LocalDate d, int n) {
        LocalDate result = d;
        for (int i = 0; i < n; i++) {
            result = result.minusDays(1);
            while (!isBusinessDay(result)) {
                result = result.minusDays(1);
            }
        }
        return result;
    }

    public int countBusinessDays(LocalDate startExclusive, LocalDate endInclusive) {
        int count = 0;
        for (LocalDate d = startExclusive.plusDays(1); !d.isAfter(endInclusive); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                count++;
            }
        }
        return count;
    }
}
