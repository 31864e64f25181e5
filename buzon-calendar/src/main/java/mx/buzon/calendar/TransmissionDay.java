package mx.buzon.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * Which date is the inhábil "day of transmission of the federal executive", every six years (2024, 2030, ...).
 *
 * <p>CFF art. 12 still says 1 December; LFT art. 74 fr. VII, as amended on 30-09-2024, says 1 October since the
 * term that began in 2024. 1 December is a Sunday in 2024 and 2030, so both readings agree until 2036. The
 * default, {@link #OCTOBER_1_FROM_2024}, gives 1 December up to 2018 and 1 October from 2024 (docs/LEGAL.md §2).
 * Enum constants are immutable and thread-safe.
 */
public enum TransmissionDay {

    /** 1 December in transmission years before 2024, 1 October from 2024 on (the default). */
    OCTOBER_1_FROM_2024,

    /** 1 December in every transmission year (the literal text of CFF art. 12). */
    DECEMBER_1,

    /** Both readings at once: 1 December in every transmission year and also 1 October from 2024 on. */
    BOTH;

    /** The default reading, {@link #OCTOBER_1_FROM_2024}. */
    public static final TransmissionDay DEFAULT = OCTOBER_1_FROM_2024;

    private static final int FIRST_OCTOBER_TERM = 2024;

    /**
     * Whether a federal executive takes office in {@code year}: 2024 and every sixth year before and after.
     *
     * @param year the year, e.g. {@code 2030}
     * @return true for 2018, 2024, 2030, ...
     */
    public static boolean isTransmissionYear(int year) {
        return Math.floorMod(year - FIRST_OCTOBER_TERM, 6) == 0;
    }

    /**
     * The inhábil transmission dates of {@code year} under this reading (empty in other years).
     *
     * @param year the year
     * @return e.g. {@code [2024-10-01]} for 2024 under the default
     */
    public List<LocalDate> dates(int year) {
        if (!isTransmissionYear(year)) {
            return List.of();
        }
        LocalDate october = LocalDate.of(year, Month.OCTOBER, 1);
        LocalDate december = LocalDate.of(year, Month.DECEMBER, 1);
        boolean octoberTerm = year >= FIRST_OCTOBER_TERM;
        switch (this) {
            case OCTOBER_1_FROM_2024:
                return List.of(octoberTerm ? october : december);
            case DECEMBER_1:
                return List.of(december);
            case BOTH:
                return octoberTerm ? List.of(october, december) : List.of(december);
            default:
                throw new AssertionError(this);
        }
    }

    /**
     * The reading whose dates are the union of this one's and {@code other}'s (used when calendars are combined).
     *
     * @param other the other reading
     * @return {@code this} when equal, otherwise {@link #BOTH}
     */
    public TransmissionDay union(TransmissionDay other) {
        return this == other ? this : BOTH;
    }
}
