package mx.buzon.core.id;

/**
 * The sex letter of a {@link Curp} (character 11), as the RENAPO's instructivo spells it.
 *
 * <p>Which letters are accepted is the caller's choice: {@link Curp#SEXOS_HM} (the default, {@code H} and
 * {@code M}) or {@link Curp#SEXOS_HMX} once the non-binary {@code X} is in use (docs/LEGAL.md §1).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Sexo {
    /** Hombre. */
    H,
    /** Mujer. */
    M,
    /** No binario: being introduced by the RENAPO; accepted only when the caller asks for it. */
    X
}
