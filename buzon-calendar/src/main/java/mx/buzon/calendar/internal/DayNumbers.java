package mx.buzon.calendar.internal;

import java.time.LocalDate;

/**
 * Day numbers of the span 1900–2299 (day 0 is 1 January 1900) and back, without the arithmetic of
 * {@link LocalDate#toEpochDay()} and {@link LocalDate#ofEpochDay(long)}: a day number is a table read, and a
 * date is taken from a cache of the {@code LocalDate} values of that 512-day block, built on the first use of
 * the block (about 14 KB per block, 286 blocks; a host that only computes 2020–2030 builds 8).
 *
 * <p>Not API. Safe to share between threads: a block is published through the final field of an immutable
 * holder, so a thread that sees it sees all its dates; two threads may build the same block, to the same dates.
 */
final class DayNumbers {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2299;
    static final long FIRST_EPOCH_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
    static final int DAYS = (int) (LocalDate.of(LAST_YEAR + 1, 1, 1).toEpochDay() - FIRST_EPOCH_DAY);

    private static final int BLOCK_BITS = 9;
    private static final int BLOCK = 1 << BLOCK_BITS;

    /** {@code MONTH_START[12 * (year - 1900) + month - 1]}: the day number of the first of that month. */
    private static final int[] MONTH_START = new int[12 * (LAST_YEAR - FIRST_YEAR + 1)];
    private static final Block[] BLOCKS = new Block[(DAYS + BLOCK - 1) >>> BLOCK_BITS];

    static {
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (int month = 1; month <= 12; month++) {
                MONTH_START[12 * (year - FIRST_YEAR) + month - 1] =
                        (int) (LocalDate.of(year, month, 1).toEpochDay() - FIRST_EPOCH_DAY);
            }
        }
    }

    private DayNumbers() {
    }

    /**
     * The day number of a date of the span.
     *
     * @param date a date from 1900 to 2299
     * @return from 0 (1900-01-01) to {@code DAYS - 1} (2299-12-31)
     * @throws ArrayIndexOutOfBoundsException for a date outside the span (callers check first)
     */
    static int number(LocalDate date) {
        return MONTH_START[12 * (date.getYear() - FIRST_YEAR) + date.getMonthValue() - 1] + date.getDayOfMonth() - 1;
    }

    /**
     * The date of a day number of the span, the same instance every time.
     *
     * @param number from 0 to {@code DAYS - 1}
     * @return the date
     */
    static LocalDate date(int number) {
        Block block = BLOCKS[number >>> BLOCK_BITS];
        if (block == null) {
            block = new Block(number >>> BLOCK_BITS);
            BLOCKS[number >>> BLOCK_BITS] = block;
        }
        return block.dates[number & (BLOCK - 1)];
    }

    private static final class Block {
        final LocalDate[] dates;

        Block(int index) {
            int first = index << BLOCK_BITS;
            int size = Math.min(BLOCK, DAYS - first);
            dates = new LocalDate[size];
            for (int i = 0; i < size; i++) {
                dates[i] = LocalDate.ofEpochDay(FIRST_EPOCH_DAY + first + i);
            }
        }
    }
}
