package mx.buzon.core.id;

import java.util.List;
import java.util.Objects;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;

/**
 * An identifier that cannot be used: thrown by {@code parse} when validation found at least one
 * {@link mx.buzon.problem.Severity#ERROR}. Use {@code validate} instead to receive the findings as a value.
 *
 * <p>{@link #code()} and the message are those of the first error; {@link #findings()} has them all (warnings
 * included), e.g. {@code [ERROR RFC_DIGITO_VERIFICADOR: El dígito verificador del RFC GODE561231GR9 ...]}.
 * The findings are immutable; the exception is safe to share once thrown.
 */
public final class InvalidIdentifierException extends BuzonException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> findings;

    InvalidIdentifierException(IdentifierErrorCode firstError, Finding first, List<Finding> findings) {
        super(firstError, first.message(), null);
        this.findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    }

    /** @return every finding of the failed validation, errors first in the order they were found */
    public List<Finding> findings() {
        return findings;
    }
}
