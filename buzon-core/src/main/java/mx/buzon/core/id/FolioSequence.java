package mx.buzon.core.id;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The source of uniqueness for generated {@link Folio}s, provided by the host (a database sequence, a
 * counter per day): the SDK keeps no hidden state.
 *
 * <p>Contract: for the same prefix and date, {@link #next(String, LocalDate)} never returns the same number
 * twice and never a negative one. Implementations used from several threads must be thread-safe.
 */
@FunctionalInterface
public interface FolioSequence {

    /**
     * The next sequence number for folios of this prefix and date.
     *
     * @param prefix e.g. {@code "BI"}
     * @param date the date the folio will carry
     * @return a number not returned before for this prefix and date, {@code >= 0}
     */
    long next(String prefix, LocalDate date);

    /**
     * A counter held in memory, shared by every prefix and date, starting at {@code first}: unique only
     * within this object's lifetime (for tests and single-process tools, not for a service that restarts).
     * Thread-safe.
     *
     * @param first the first number returned, {@code >= 0}
     * @return the sequence
     */
    static FolioSequence inMemoryCounter(long first) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        AtomicLong counter = new AtomicLong(first);
        return (prefix, date) -> counter.getAndIncrement();
    }
}
