package mx.buzon.core.id;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Where a validation puts what it finds. A quiet report (for {@code isValid}) only remembers whether there
 * was an error, so yes/no questions do not pay for formatting Spanish messages.
 */
final class Report {

    private final boolean quiet;
    private final List<Finding> findings;
    private @Nullable Set<IdentifierErrorCode> codes;
    private boolean hasError;

    private Report(boolean quiet) {
        this.quiet = quiet;
        this.findings = quiet ? List.of() : new ArrayList<>(2);
    }

    static Report full() {
        return new Report(false);
    }

    static Report quiet() {
        return new Report(true);
    }

    /** @return whether findings are kept (so their arguments are worth computing) */
    boolean keepsFindings() {
        return !quiet;
    }

    void error(IdentifierErrorCode code, String offendingValue, Object... args) {
        add(code, Severity.ERROR, offendingValue, args);
    }

    void warning(IdentifierErrorCode code, String offendingValue, Object... args) {
        add(code, Severity.WARNING, offendingValue, args);
    }

    void add(IdentifierErrorCode code, Severity severity, String offendingValue, Object... args) {
        hasError |= severity == Severity.ERROR;
        if (codes == null) {
            codes = EnumSet.of(code);
        } else {
            codes.add(code);
        }
        if (!quiet) {
            findings.add(Finding.of(code, severity, offendingValue, args));
        }
    }

    boolean hasError() {
        return hasError;
    }

    /** @return the codes reported so far, errors and warnings (cheap even for a quiet report) */
    Set<IdentifierErrorCode> codes() {
        return codes == null ? Set.of() : codes;
    }

    /** @return the validation: {@code value} when there was no error, and the findings */
    <T> IdentifierValidation<T> result(@Nullable T value) {
        return IdentifierValidation.of(hasError ? null : value, findings);
    }
}
