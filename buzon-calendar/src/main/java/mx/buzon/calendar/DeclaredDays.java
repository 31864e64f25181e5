package mx.buzon.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A versioned set of declared inhábil days of one authority, as the host (or this library) keeps it as data: the
 * format version, the date the data is current as of, the years whose declared days are confirmed (each with the
 * source that confirms it) and the days themselves (each with its source). Read by
 * {@link InhabilDaysTsv#parse(CharSequence)} (or {@link InhabilDaysTsv#read(java.nio.file.Path)} and its overloads),
 * written by {@link InhabilDaysTsv#format(DeclaredDays)}; applied to a calendar with
 * {@link BusinessCalendar.Builder#data(DeclaredDays)}.
 *
 * <p>A year is confirmed when its data is complete: the authority's declarations for it are all there (possibly
 * none). Days of an unconfirmed year may be present (a period announced but not yet published); they are used,
 * and answers that touch the year carry a {@link CalendarCaveat}.
 *
 * <p>Example: {@code DeclaredDays[formatVersion=2, calendar=IMSS, asOf=2026-12-03, confirmedYears={2023=..., ...,
 * 2026=...}, days=[]]}. Immutable and thread-safe.
 *
 * @param formatVersion the version of the text format, {@link #FORMAT_VERSION}
 * @param calendar the authority, e.g. {@code "IMSS"}
 * @param asOf the day the data was last checked against its sources
 * @param confirmedYears each confirmed year with the source that confirms its data, sorted
 * @param days the declared and vacation days
 */
public record DeclaredDays(int formatVersion, String calendar, LocalDate asOf, SortedMap<Integer, String> confirmedYears,
        List<DiaInhabil> days) {

    /** The format version this library writes and reads. */
    public static final int FORMAT_VERSION = 2;

    /**
     * Checks the components and copies the collections.
     *
     * @throws IllegalArgumentException for a blank name, a confirmed year outside 1900–2299 or without a source, or
     *     a day that is not {@link InhabilKind#DECLARED} or {@link InhabilKind#VACATION}
     */
    public DeclaredDays {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(asOf, "asOf");
        if (calendar.isBlank()) {
            throw new IllegalArgumentException("Declared days need the name of their authority");
        }
        SortedMap<Integer, String> copy = new TreeMap<>();
        for (Map.Entry<Integer, String> entry : confirmedYears.entrySet()) {
            int year = Objects.requireNonNull(entry.getKey(), "year");
            if (year < BusinessCalendar.FIRST_SUPPORTED_YEAR || year > BusinessCalendar.LAST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("A confirmed year must be within " + BusinessCalendar.FIRST_SUPPORTED_YEAR
                        + "-" + BusinessCalendar.LAST_SUPPORTED_YEAR + ", got " + year);
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                throw new IllegalArgumentException("A confirmed year needs the source that confirms it: " + year);
            }
            copy.put(year, entry.getValue());
        }
        confirmedYears = Collections.unmodifiableSortedMap(copy);
        days = List.copyOf(days);
        for (DiaInhabil day : days) {
            if (day.kind() != InhabilKind.DECLARED && day.kind() != InhabilKind.VACATION) {
                throw new IllegalArgumentException("Only DECLARED or VACATION days are data, got " + day);
            }
        }
    }
}
