package mx.buzon.acuse;

import mx.buzon.problem.BuzonException;
import org.jspecify.annotations.Nullable;

/**
 * A PDF that cannot be read as an acuse at all: not a PDF, truncated, damaged, encrypted or too large.
 *
 * <p>Example: {@code ACUSE_PDF_TRUNCADO: El PDF está incompleto ...}. A PDF that is read but does not hold up
 * (a changed folio, an invalid sello) is not an exception but a finding of {@link AcuseVerifier}.
 *
 * <p>Not modified after construction (stack trace aside); safe to hand between threads.
 */
public final class AcuseException extends BuzonException {

    private static final long serialVersionUID = 1L;

    private AcuseException(AcuseErrorCode code, String message, @Nullable Throwable cause) {
        super(code, message, cause);
    }

    /**
     * An exception with the code's message filled with {@code args}.
     *
     * @param code the catalogued code
     * @param cause the underlying cause, or {@code null}
     * @param args the message's placeholders
     * @return the exception
     */
    public static AcuseException of(AcuseErrorCode code, @Nullable Throwable cause, Object... args) {
        return new AcuseException(code, code.message(args), cause);
    }

    @Override
    public AcuseErrorCode errorCode() {
        return (AcuseErrorCode) super.errorCode();
    }
}
