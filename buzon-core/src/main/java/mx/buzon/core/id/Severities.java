package mx.buzon.core.id;

import mx.buzon.problem.Severity;

/** The severity of a wrong check digit per {@link CheckDigitMode}. */
final class Severities {

    private Severities() {
    }

    static Severity of(CheckDigitMode mode) {
        return mode == CheckDigitMode.STRICT ? Severity.ERROR : Severity.WARNING;
    }
}
