package mx.buzon.problem;

import java.util.Locale;

/**
 * A stable, documented code for something that went wrong, with the Spanish message a person can act on.
 *
 * <p>Every module declares its codes as an {@code enum} implementing this interface, so that the complete
 * catalogue can be enumerated. A code never changes once released; its message may be improved.
 *
 * <p>docs/ERRORS.md lists every code of the SDK with its message template, its cause and what a person can do
 * about it; {@code ErrorCatalogueTest} (buzon-examples) finds every such enum on the class path and fails when a
 * code is missing from that page, its template differs, or the page names a code that no longer exists. A new
 * constant therefore needs its row there (the test prints the row to paste).
 *
 * <p>Example: {@code RFC_DIGITO_VERIFICADOR} with the template
 * {@code "El dígito verificador del RFC %s no corresponde (se esperaba %s); revise el último carácter ..."}.
 *
 * <p>Implementations must be immutable and thread-safe (enum constants are).
 */
public interface ErrorCode {

    /**
     * The constant's name; every enum has it, so an {@code enum} implementing this interface needs no code of its
     * own for {@link #code()}.
     *
     * @return the name, e.g. {@code EFIRMA_CONTRASENA_INCORRECTA}
     */
    String name();

    /**
     * The stable code, upper snake case in Spanish, e.g. {@code EFIRMA_CONTRASENA_INCORRECTA}: by default the
     * constant's {@link #name()}, so renaming a constant is changing a released code.
     *
     * @return the code; never empty
     */
    default String code() {
        return name();
    }

    /**
     * The Spanish message template, in {@link String#format(Locale, String, Object...)} syntax with
     * {@code %s} placeholders. It must never be filled with a secret (password, key material).
     *
     * @return the template
     */
    String messageTemplate();

    /**
     * The message with its placeholders filled, formatted with {@link Locale#ROOT}.
     *
     * @param args the values of the placeholders, in order
     * @return the Spanish message
     */
    default String message(Object... args) {
        return String.format(Locale.ROOT, messageTemplate(), args);
    }
}
