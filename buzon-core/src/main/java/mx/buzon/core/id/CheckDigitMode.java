package mx.buzon.core.id;

/**
 * What a check digit that does not match means.
 *
 * <p>About 1.5% of the RFCs in real use, and some registros patronales published by the IMSS itself
 * (e.g. {@code B5510768108}), fail their check digit; the format of an identifier is always enforced, the
 * digit is enforced only in {@link #STRICT} mode (docs/LEGAL.md §1). {@code parse(CharSequence)} of every
 * identifier uses {@link #STRICT}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CheckDigitMode {
    /** A wrong check digit is an {@link mx.buzon.problem.Severity#ERROR}: the value is rejected. */
    STRICT,
    /** A wrong check digit is a {@link mx.buzon.problem.Severity#WARNING}: the value is accepted and flagged. */
    LENIENT
}
