package mx.buzon.core.id;

/**
 * The kind of taxpayer an {@link Rfc} belongs to, told by its length (CFF art. 27; docs/LEGAL.md §1).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Persona {
    /** Persona física: 13-character RFC with four letters, e.g. {@code GODE561231GR8}. */
    FISICA,
    /** Persona moral: 12-character RFC with three letters, e.g. {@code SAT970701NN3}. */
    MORAL
}
