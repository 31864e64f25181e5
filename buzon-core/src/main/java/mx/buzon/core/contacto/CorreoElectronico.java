package mx.buzon.core.contacto;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * An e-mail address a person registers as a medio de contacto (Lineamientos 5.1: "hasta cinco correos
 * electrónicos"), e.g. {@code Erika.Gomez@example.com}.
 *
 * <p>Syntax: a practical ASCII subset of RFC 5321/5322: a dot-atom local part of at most 64 characters, one
 * {@code @}, a domain of at least two labels (letters, digits, inner hyphens; at most 63 each) ending in an
 * alphabetic top-level label of 2–63 letters, at most {@value #MAX_LENGTH} characters in all. No quoted local
 * parts, no comments, no IP literals, no internationalised names. Normalisation at the boundary: surrounding
 * white space is removed and the domain's ASCII letters are lower-cased; the local part keeps its case (RFC
 * 5321 lets the receiving server tell cases apart). {@link #toString()} is that normal form and
 * {@link #parse(CharSequence)} its exact inverse.
 *
 * <p>What it is not: it does not check that the address exists or receives mail; that is what the validation
 * code sent to it confirms (Lineamientos 5.2). Immutable and thread-safe.
 */
public final class CorreoElectronico {

    /** The longest address: 254 characters (the RFC 5321 path limit less the angle brackets). */
    public static final int MAX_LENGTH = 254;
    /** The longest local part (before the {@code @}): 64 characters (RFC 5321 §4.5.3.1.1). */
    public static final int MAX_LOCAL_LENGTH = 64;

    private static final Pattern LOCAL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TLD = Pattern.compile("[a-z]{2,63}");

    private final String address;

    private CorreoElectronico(String address) {
        this.address = address;
    }

    /**
     * Parses an address.
     *
     * @param text e.g. {@code " Erika.Gomez@Example.COM "}
     * @return the address {@code Erika.Gomez@example.com}
     * @throws BuzonException with {@link ContactoErrorCode#CORREO_FORMATO_INVALIDO} when it is not an address the
     *     SDK accepts (the message says why)
     */
    public static CorreoElectronico parse(CharSequence text) {
        Optional<Finding> problem = findProblem(text);
        if (problem.isPresent()) {
            throw new BuzonException(ContactoErrorCode.CORREO_FORMATO_INVALIDO, problem.get().message(), null);
        }
        String v = text.toString().strip();
        int at = v.indexOf('@');
        return new CorreoElectronico(v.substring(0, at + 1) + lowerAscii(v.substring(at + 1)));
    }

    /**
     * Lower-cases A–Z only: {@link String#toLowerCase(Locale)} would turn the Kelvin sign U+212A into {@code k}
     * and so accept a look-alike domain as another one.
     */
    private static String lowerAscii(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /**
     * Whether the text is an address the SDK accepts.
     *
     * @param text e.g. {@code "erika@example.com"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return reason(text) == null;
    }

    /**
     * Why the text is not an address.
     *
     * @param text e.g. {@code "erika@example"}
     * @return the error finding {@link ContactoErrorCode#CORREO_FORMATO_INVALIDO} (its message says what is wrong,
     *     e.g. "el dominio después de la @ no es válido"), or empty when the text is an address
     */
    public static Optional<Finding> findProblem(CharSequence text) {
        String reason = reason(text);
        if (reason == null) {
            return Optional.empty();
        }
        String shown = Telefono.shown(text.toString().strip());
        return Optional.of(Finding.error(ContactoErrorCode.CORREO_FORMATO_INVALIDO, shown, shown, reason));
    }

    private static @Nullable String reason(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String v = text.toString().strip();
        if (v.isEmpty()) {
            return "está vacío";
        }
        if (v.length() > MAX_LENGTH) {
            return "tiene más de " + MAX_LENGTH + " caracteres";
        }
        int at = v.indexOf('@');
        if (at < 0 || at != v.lastIndexOf('@')) {
            return "debe tener exactamente una @";
        }
        String local = v.substring(0, at);
        String domain = lowerAscii(v.substring(at + 1));
        if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
            return "la parte antes de la @ no es válida";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2 || !TLD.matcher(labels[labels.length - 1]).matches()) {
            return "el dominio después de la @ no es válido";
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return "el dominio después de la @ no es válido";
            }
        }
        return null;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CorreoElectronico c && address.equals(c.address);
    }

    @Override
    public int hashCode() {
        return address.hashCode();
    }

    /** @return the normal form, e.g. {@code Erika.Gomez@example.com} */
    @Override
    public String toString() {
        return address;
    }
}
