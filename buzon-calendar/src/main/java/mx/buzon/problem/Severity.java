package mx.buzon.problem;

/**
 * How serious a {@link Finding} is.
 *
 * <p>An {@link #ERROR} makes the checked thing unusable for the purpose asked; a {@link #WARNING} is worth
 * showing to a person but does not by itself make it invalid (for example an RFC whose check digit does not
 * match, checked in lenient mode: about 1.5% of RFCs in real use are like that).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Severity {
    /** The value must not be used for the purpose asked. */
    ERROR,
    /** The value may be used, but a person should know. */
    WARNING
}
