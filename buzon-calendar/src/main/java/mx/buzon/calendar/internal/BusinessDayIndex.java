package mx.buzon.calendar.internal;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * A precomputed bitset of business days from 1 January 1900 to 31 December 2299 with a running count per 64-day
 * word, so that "is it hábil", "how many between" (rank) and "the n-th after" (select) cost O(1) and O(log n)
 * instead of a walk day by day.
 *
 * <p>Bit {@code i} is set when the day {@code FIRST_DAY + i} is a business day. {@code rankBefore[w]} counts the
 * business days in words {@code 0..w-1}. 400 years take 2,283 words (18 KB) plus 9 KB of counts.
 *
 * <p>Not API. Immutable after construction and safe to share between threads.
 */
public final class BusinessDayIndex {

    /** The first year the index covers. */
    public static final int FIRST_YEAR = 1900;
    /** The last year the index covers. */
    public static final int LAST_YEAR = 2299;

    private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    private static final int DAYS = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_DAY);

    private final long[] words;
    private final int[] rankBefore;

    private BusinessDayIndex(long[] words) {
        this.words = words;
        this.rankBefore = new int[words.length + 1];
        for (int w = 0; w < words.length; w++) {
            rankBefore[w + 1] = rankBefore[w] + Long.bitCount(words[w]);
        }
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
        return rankOf(index(date));
    }

    /**
     * The {@code k}-th business day of the span (1-based), if the span holds that many.
     *
     * @param k the position, from 1
     * @return the date, or {@code null} when {@code k} is outside {@code 1..total}
     */
    public @org.jspecify.annotations.Nullable LocalDate select(long k) {
        if (k < 1 || k > rankBefore[words.length]) {
            return null;
        }
        // Largest w with rankBefore[w] < k: the word holding the k-th set bit.
        int low = 0;
        int high = words.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (rankBefore[mid] < k) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        long word = words[low];
        for (long r = k - rankBefore[low]; r > 1; r--) {
            word &= word - 1;
        }
        return LocalDate.ofEpochDay(FIRST_DAY + ((long) low << 6) + Long.numberOfTrailingZeros(word));
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
        return found < DAYS ? LocalDate.ofEpochDay(FIRST_DAY + found) : null;
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
        return LocalDate.ofEpochDay(FIRST_DAY + ((long) w << 6) + Long.numberOfTrailingZeros(set));
    }

    private int rankOf(int i) {
        return rankBefore[i >>> 6] + Long.bitCount(words[i >>> 6] & (-1L >>> (63 - (i & 63))));
    }

    private static int index(LocalDate date) {
        return (int) (date.toEpochDay() - FIRST_DAY);
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
        return "BusinessDayIndex[" + FIRST_YEAR + "-" + LAST_YEAR + ", " + rankBefore[words.length] + " business days]";
    }
}
