package mx.buzon.core.id;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of validating an identifier: the findings, and the parsed value when it is usable.
 *
 * <p>The value is present exactly when no finding is an {@link Severity#ERROR}; warnings (normalised input,
 * a wrong check digit in {@link CheckDigitMode#LENIENT} mode, a generic RFC) may accompany a usable value.
 * Example: {@code Rfc.validate("GODE561231GR9", LENIENT)} has the value {@code GODE561231GR9} and one warning
 * {@code RFC_DIGITO_VERIFICADOR}; with {@code STRICT} it has no value and that finding is an error.
 *
 * <p>Immutable and thread-safe when {@code T} is (every identifier of this package is).
 *
 * @param <T> the identifier type
 */
public final class IdentifierValidation<T> {

    private final @Nullable T value;
    private final List<Finding> findings;

    private IdentifierValidation(@Nullable T value, List<Finding> findings) {
        this.value = value;
        this.findings = List.copyOf(findings);
    }

    static <T> IdentifierValidation<T> of(@Nullable T valueIfNoError, List<Finding> findings) {
        boolean hasError = false;
        for (Finding f : findings) {
            hasError |= f.isError();
        }
        if (!hasError) {
            Objects.requireNonNull(valueIfNoError, "a validation without errors must have a value");
        }
        return new IdentifierValidation<>(hasError ? null : valueIfNoError, findings);
    }

    /** @return the parsed identifier, present exactly when there is no error */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /** @return {@code true} when the value is usable (no {@link Severity#ERROR} finding) */
    public boolean isValid() {
        return value != null;
    }

    /** @return every finding, in the order found; empty for canonical, correct input */
    public List<Finding> findings() {
        return findings;
    }

    /** @return the {@link Severity#ERROR} findings only */
    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    /** @return the {@link Severity#WARNING} findings only */
    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    /**
     * The value, or the exception {@code parse} throws.
     *
     * @return the value
     * @throws InvalidIdentifierException when there is an error; it carries every finding
     */
    public T orElseThrow() {
        if (value != null) {
            return value;
        }
        Finding first = errors().get(0);
        throw new InvalidIdentifierException(IdentifierErrorCode.valueOf(first.code()), first, findings);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof IdentifierValidation<?> v && Objects.equals(value, v.value) && findings.equals(v.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, findings);
    }

    @Override
    public String toString() {
        return "IdentifierValidation[value=" + value + ", findings=" + findings + "]";
    }
}
