package mx.buzon.problem;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One thing a check found: a stable code, a severity, a Spanish message a person can act on, and the
 * offending value when there is one that may be shown.
 *
 * <p>Expected bad outcomes (an RFC with a wrong digit, an expired certificate, a late filing) are reported as
 * findings, not exceptions (docs/ARCHITECTURE.md, rule 5). Example:
 * {@code Finding[RFC_DIGITO_VERIFICADOR, ERROR, "El dígito verificador ...", GODE561231GR9]}.
 *
 * <p>The offending value is never a secret: callers must not pass passwords or key material.
 * Immutable and thread-safe.
 */
public final class Finding {

    private final String code;
    private final Severity severity;
    private final String message;
    private final @Nullable String offendingValue;

    private Finding(String code, Severity severity, String message, @Nullable String offendingValue) {
        this.code = requireText(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = requireText(message, "message");
        this.offendingValue = offendingValue;
    }

    /**
     * A finding from a catalogued code, its message filled with {@code args}.
     *
     * @param code the catalogued code
     * @param severity how serious it is
     * @param offendingValue the value that caused it, or {@code null} when there is none to show
     * @param args the message's placeholders
     * @return the finding
     */
    public static Finding of(ErrorCode code, Severity severity, @Nullable String offendingValue, Object... args) {
        Objects.requireNonNull(code, "code");
        return new Finding(code.code(), severity, code.message(args), offendingValue);
    }

    /**
     * An {@link Severity#ERROR} finding.
     *
     * @param code the catalogued code
     * @param offendingValue the value that caused it, or {@code null}
     * @param args the message's placeholders
     * @return the finding
     */
    public static Finding error(ErrorCode code, @Nullable String offendingValue, Object... args) {
        return of(code, Severity.ERROR, offendingValue, args);
    }

    /**
     * A {@link Severity#WARNING} finding.
     *
     * @param code the catalogued code
     * @param offendingValue the value that caused it, or {@code null}
     * @param args the message's placeholders
     * @return the finding
     */
    public static Finding warning(ErrorCode code, @Nullable String offendingValue, Object... args) {
        return of(code, Severity.WARNING, offendingValue, args);
    }

    /**
     * A finding read back from its parts (for example from JSON).
     *
     * @param code the stable code
     * @param severity how serious it is
     * @param message the Spanish message
     * @param offendingValue the value the finding is about, or {@code null} when it is about no single value
     * @return the finding
     */
    public static Finding of(String code, Severity severity, String message, @Nullable String offendingValue) {
        return new Finding(code, severity, message, offendingValue);
    }

    /**
     * A finding read back from its parts, about no single value.
     *
     * @param code the stable code
     * @param severity how serious it is
     * @param message the Spanish message
     * @return the finding
     */
    public static Finding of(String code, Severity severity, String message) {
        return new Finding(code, severity, message, null);
    }

    /** @return the stable code, e.g. {@code RFC_DIGITO_VERIFICADOR} */
    public String code() {
        return code;
    }

    /** @return how serious the finding is */
    public Severity severity() {
        return severity;
    }

    /** @return {@code true} for an {@link Severity#ERROR} */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** @return the Spanish message a person can act on */
    public String message() {
        return message;
    }

    /** @return the offending value, when there is one that may be shown */
    public Optional<String> offendingValue() {
        return Optional.ofNullable(offendingValue);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Finding f
                && code.equals(f.code)
                && severity == f.severity
                && message.equals(f.message)
                && Objects.equals(offendingValue, f.offendingValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, severity, message, offendingValue);
    }

    @Override
    public String toString() {
        return severity + " " + code + ": " + message + (offendingValue == null ? "" : " [" + offendingValue + "]");
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }
}
