package mx.buzon.problem;

import java.util.Objects;

/**
 * Input that cannot be read at all (a truncated file, a wrong password, corrupt data), with a stable code.
 *
 * <p>The one root of every exception the SDK throws on purpose: each module throws one subclass of it for
 * unreadable input ({@code CalendarException}, {@code InvalidIdentifierException}, {@code EfirmaException},
 * {@code AcuseException}), so a host catches this type alone. Expected bad outcomes are
 * {@link Finding}s instead. The message is Spanish and never contains a secret.
 *
 * <p>Not modified after construction (stack trace aside); safe to hand between threads.
 */
public class BuzonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ErrorCode errorCode;
    private final String code;

    /**
     * @param errorCode the catalogued code
     * @param message the Spanish message (usually {@code errorCode.message(args)})
     * @param cause the underlying cause, or {@code null}
     */
    public BuzonException(ErrorCode errorCode, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.code = errorCode.code();
    }

    /** @return the catalogued code */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** @return the stable code string, e.g. {@code EFIRMA_CONTRASENA_INCORRECTA} */
    public String code() {
        return code;
    }
}
