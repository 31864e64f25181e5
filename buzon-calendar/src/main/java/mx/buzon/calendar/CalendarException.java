package mx.buzon.calendar;

import java.util.Objects;
import mx.buzon.problem.BuzonException;

/**
 * The one exception type of buzon-calendar: a question the library cannot answer from the input and data it has
 * (a year without declared data, a malformed postal code, an outdated time-zone database), with a stable
 * {@link CalendarErrorCode}.
 *
 * <p>Example: {@code new CalendarException(CalendarErrorCode.CP_FORMATO_INVALIDO, "12")} has code
 * {@code CP_FORMATO_INVALIDO} and a Spanish message saying that a postal code has 5 digits. Instances are
 * immutable and safe to share between threads.
 */
public final class CalendarException extends BuzonException {

    private static final long serialVersionUID = 1L;

    private final transient CalendarErrorCode errorCode;

    /**
     * Creates the exception with the message of {@code errorCode} filled with {@code args}.
     *
     * @param errorCode the catalogued code
     * @param args the values for the message template
     */
    public CalendarException(CalendarErrorCode errorCode, Object... args) {
        super(Objects.requireNonNull(errorCode, "errorCode"), errorCode.message(args), null);
        this.errorCode = errorCode;
    }

    /**
     * Creates the exception with an underlying cause.
     *
     * @param cause what went wrong underneath
     * @param errorCode the catalogued code
     * @param args the values for the message template
     */
    public CalendarException(Throwable cause, CalendarErrorCode errorCode, Object... args) {
        super(Objects.requireNonNull(errorCode, "errorCode"), errorCode.message(args), cause);
        this.errorCode = errorCode;
    }

    /**
     * The catalogued code, as its calendar type.
     *
     * @return the code
     */
    @Override
    public CalendarErrorCode errorCode() {
        return errorCode;
    }
}
