package mx.buzon.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A precomputed bitset of business days from 1 January 1900 to 31 December 2299, plus a rank per day and a day
 * per rank, so that "is it hábil" is a bit test and "how many between" (rank) and "the n-th after" (select) are
 * one array read each instead of a walk day by day.
 *
 * <p>Bit {@code i} is set when the day {@code FIRST_DAY + i} is a business day (2,283 words, 18 KB). The two
 * tables, built from the bitset the first time a count or a shift is asked (not every calendar ever counts):
 * <ul>
 *   <li>{@code rankOfDay[i]}: the business days among days {@code 0..i} (146,097 ints, 584 KB);
 *   <li>{@code dayOfRank[k - 1]}: the day index of the {@code k}-th business day (about 101,000 ints, 406 KB for
 *   the IMSS calendar).
 * </ul>
 * About 1 MB per distinct set of inhábil days: a calendar and its {@code withCffRulesOnlyBeyondCoverage()} twin
 * share one index. Measured in docs/BENCHMARKS.md.
 *
 * <p>Not API. Immutable after construction (the tables are built at most a few times under a race, each time
 * to the same content, and published through a final field of an immutable holder) and safe to share between
 * threads.
 */
public final class BusinessDayIndex {

    /** The first year the index covers. */
    public static final int FIRST_YEAR = 1900;
    /** The last year the index covers. */
    public static final int LAST_YEAR = 2299;

    private static final long FIRST_DAY = DayNumbers.FIRST_EPOCH_DAY;
    private static final int DAYS = DayNumbers.DAYS;

    private final long[] words;
    private final int total;
    private @org.jspecify.annotations.Nullable Tables tables;

    private BusinessDayIndex(long[] words) {
        this.words = words;
        int count = 0;
        for (long word : words) {
            count += Long.bitCount(word);
        }
        this.total = count;
    }

    /** The rank and select tables; final fields, so a racy publication still shows them complete. */
    private static final class Tables {
        final int[] rankOfDay;
        final int[] dayOfRank;

        Tables(long[] words, int total) {
            rankOfDay = new int[DAYS];
            dayOfRank = new int[total];
            int rank = 0;
            for (int i = 0; i < DAYS; i++) {
                if ((words[i >>> 6] & (1L << i)) != 0) {
                    dayOfRank[rank++] = i;
                }
                rankOfDay[i] = rank;
            }
        }
    }

    private Tables tables() {
        Tables t = tables;
        if (t == null) {
            t = new Tables(words, total);
            tables = t;
        }
        return t;
    }

    /**
     * The bytes the rank and select tables take once built (for docs/BENCHMARKS.md and the memory test).
     *
     * @return 4 × (days + business days)
     */
    public long tableBytes() {
        return 4L * (DAYS + total);
    }

    /**
     * Builds the index: every Monday to Friday is a business day except the given dates.
     *
     * @param inhabilDates the inhábil dates besides weekends (dates outside the span are ignored)
     * @return the index
     */
    public static BusinessDayIndex of(Iterable<LocalDate> inhabilDates) {
        long[] words = new long[(DAYS + 63) >>> 6];
        for (int i = 0; i < DAYS; i++) {
            if (!isWeekend(FIRST_DAY + i)) {
                words[i >>> 6] |= 1L << i;
            }
        }
        for (LocalDate date : inhabilDates) {
            long i = date.toEpochDay() - FIRST_DAY;
            if (i >= 0 && i < DAYS) {
                words[(int) (i >>> 6)] &= ~(1L << i);
            }
        }
        return new BusinessDayIndex(words);
    }

    /**
     * Whether the epoch day falls on a Saturday or Sunday (1970-01-01 was a Thursday).
     *
     * @param epochDay the day
     * @return true on weekends
     */
    public static boolean isWeekend(long epochDay) {
        return Math.floorMod(epochDay + 3, 7) >= 5;
    }

    /**
     * Whether the date lies in the span 1900–2299.
     *
     * @param date the date
     * @return true when inside
     */
    public static boolean contains(LocalDate date) {
        int year = date.getYear();
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * Whether a date inside the span is a business day.
     *
     * @param date a date for which {@link #contains(LocalDate)} holds
     * @return true when hábil
     */
    public boolean isBusinessDay(LocalDate date) {
        int i = index(date);
        return (words[i >>> 6] & (1L << i)) != 0;
    }

    /**
     * The number of business days in the span up to and including {@code date}.
     *
     * @param date a date inside the span
     * @return the rank, from 0
     */
    public int rank(LocalDate date) {
        return tables().rankOfDay[index(date)];
    }

    /**
     * The {@code k}-th business day of the span (1-based), if the span holds that many.
     *
     * @param k the position, from 1
     * @return the date, or {@code null} when {@code k} is outside {@code 1..total}
     */
    public @org.jspecify.annotations.Nullable LocalDate select(long k) {
        if (k < 1 || k > total) {
            return null;
        }
        return DayNumbers.date(tables().dayOfRank[(int) k - 1]);
    }

    /**
     * The {@code days}-th business day after {@code date} ({@code days > 0}), or the {@code |days|}-th before it
     * ({@code days < 0}), or {@code date} itself ({@code days == 0}): one read of each table.
     *
     * @param date a date inside the span
     * @param days how many business days
     * @return the date, or {@code null} when it falls outside the span
     */
    public @org.jspecify.annotations.Nullable LocalDate plusBusinessDays(LocalDate date, int days) {
        if (days == 0) {
            return date;
        }
        Tables t = tables();
        int i = index(date);
        // Going back from a business day, the day itself is not one of the |days| counted.
        long target = days > 0 ? (long) t.rankOfDay[i] + days
                : (long) t.rankOfDay[i] - ((words[i >>> 6] & (1L << i)) != 0 ? 1 : 0) + days + 1;
        if (target < 1 || target > total) {
            return null;
        }
        return DayNumbers.date(t.dayOfRank[(int) target - 1]);
    }

    /**
     * The first inhábil day on or after {@code date}, if any lies in the span.
     *
     * @param date a date inside the span
     * @return the date, or {@code null} past the end of the span
     */
    public @org.jspecify.annotations.Nullable LocalDate nextInhabilOrSame(LocalDate date) {
        int i = index(date);
        int w = i >>> 6;
        long free = ~words[w] & (-1L << i);
        while (free == 0) {
            w++;
            if (w == words.length) {
                return null;
            }
            free = ~words[w];
        }
        long found = ((long) w << 6) + Long.numberOfTrailingZeros(free);
        return found < DAYS ? DayNumbers.date((int) found) : null;
    }

    /**
     * The first business day strictly after {@code date}, found by scanning the bitset (O(1) for the gaps a
     * calendar has).
     *
     * @param date a date inside the span
     * @return the date, or {@code null} past the end of the span
     */
    public @org.jspecify.annotations.Nullable LocalDate nextBusinessAfter(LocalDate date) {
        int i = index(date) + 1;
        if (i >= DAYS) {
            return null;
        }
        int w = i >>> 6;
        long set = words[w] & (-1L << i);
        while (set == 0) {
            w++;
            if (w == words.length) {
                return null;
            }
            set = words[w];
        }
        int found = (w << 6) + Long.numberOfTrailingZeros(set);
        return found < DAYS ? DayNumbers.date(found) : null;
    }

    private static int index(LocalDate date) {
        return DayNumbers.number(date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessDayIndex && Arrays.equals(words, ((BusinessDayIndex) o).words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "BusinessDayIndex[" + FIRST_YEAR + "-" + LAST_YEAR + ", " + total + " business days]";
    }
}
