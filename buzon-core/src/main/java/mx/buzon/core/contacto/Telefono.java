package mx.buzon.core.contacto;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * A 10-digit Mexican telephone: the mobile of the medios de contacto (Lineamientos 5.1: "un número de teléfono
 * celular a 10 dígitos") and the telephone an aclaración requires (Guía de Promociones Electrónicas, V.6:
 * "deberás completar el campo de teléfono a 10 dígitos"). One rule for both.
 *
 * <p>Normalisation at the boundary: spaces, hyphens, dots and parentheses are removed, so {@code "55 1234-5678"}
 * and {@code "(55) 1234.5678"} both parse to {@code 5512345678}; anything else (letters, a {@code +52} prefix,
 * 9 or 11 digits) is refused. {@link #toString()} is the 10 digits and {@link #parse(CharSequence)} its exact
 * inverse. What it is not: it does not check that the number exists or is a mobile. Immutable and thread-safe.
 */
public final class Telefono {

    /** The number of digits: 10. */
    public static final int DIGITS = 10;

    private final String digits;

    private Telefono(String digits) {
        this.digits = digits;
    }

    /**
     * Parses a telephone.
     *
     * @param text e.g. {@code "55 1234 5678"}
     * @return the telephone {@code 5512345678}
     * @throws BuzonException with {@link ContactoErrorCode#TELEFONO_FORMATO_INVALIDO} if it is not 10 digits after
     *     removing separators
     */
    public static Telefono parse(CharSequence text) {
        String digits = normalize(text);
        if (digits == null) {
            throw new BuzonException(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO,
                    ContactoErrorCode.TELEFONO_FORMATO_INVALIDO.message(shown(text)), null);
        }
        return new Telefono(digits);
    }

    /**
     * Why the text is not a telephone.
     *
     * @param text e.g. {@code "55-1234"}
     * @return the error finding {@link ContactoErrorCode#TELEFONO_FORMATO_INVALIDO} with the text as offending value,
     *     or empty when {@link #parse(CharSequence)} would succeed
     */
    public static Optional<Finding> findProblem(CharSequence text) {
        if (normalize(text) != null) {
            return Optional.empty();
        }
        String shown = shown(text);
        return Optional.of(Finding.error(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO, shown, shown));
    }

    /** At most 40 characters of what was typed, so a huge input does not become a huge message. */
    static String shown(CharSequence text) {
        String s = text.toString();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /**
     * Whether the text is a 10-digit telephone after removing separators.
     *
     * @param text e.g. {@code "5512345678"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return normalize(text) != null;
    }

    private static @Nullable String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        StringBuilder digits = new StringBuilder(DIGITS);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits.length() == DIGITS) {
                    return null;
                }
                digits.append(c);
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                return null;
            }
        }
        return digits.length() == DIGITS ? digits.toString() : null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Telefono t && digits.equals(t.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return the 10 digits, e.g. {@code 5512345678} */
    @Override
    public String toString() {
        return digits;
    }
}
