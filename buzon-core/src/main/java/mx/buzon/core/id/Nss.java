package mx.buzon.core.id;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A número de seguridad social of the IMSS (docs/LEGAL.md §1), e.g. {@code 72795608040}.
 *
 * <p>11 digits: subdelegación (2), year of alta (2), year of birth (2), sequence (4) and a Luhn check digit
 * over the first ten (weights 1, 2, 1, 2, ... from the left; a product over 9 has 9 subtracted; digit
 * {@code (10 − sum mod 10) mod 10}). Luhn catches every single-digit substitution.
 *
 * <p>Not checked: whether the subdelegación exists or the years are plausible (both are two-digit years
 * without a century). Input is normalised as the package documentation describes. Immutable and
 * thread-safe.
 */
public final class Nss {

    static final String NAME = "el NSS";
    private static final int LENGTH = 11;
    private static final String LENGTH_TEXT = "11 dígitos";

    private final String value;

    private Nss(String value) {
        this.value = value;
    }

    /**
     * Parses an NSS, checking its digit strictly.
     *
     * @param text e.g. {@code "12345678903"}
     * @return the NSS
     * @throws InvalidIdentifierException when the text is not a valid NSS
     */
    public static Nss parse(CharSequence text) {
        return parse(text, CheckDigitMode.STRICT);
    }

    /**
     * Parses an NSS; in {@link CheckDigitMode#LENIENT} mode a wrong check digit is accepted.
     *
     * @param text e.g. {@code "72795608041"} (accepted only in lenient mode)
     * @param mode what a wrong check digit means
     * @return the NSS
     * @throws InvalidIdentifierException when the text is not a valid NSS in that mode
     */
    public static Nss parse(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode).orElseThrow();
    }

    /**
     * Whether the text is a valid NSS, strictly.
     *
     * @param text e.g. {@code "72795608040"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, CheckDigitMode.STRICT, report);
        return !report.hasError();
    }

    /**
     * Validates an NSS without throwing for bad input. Findings: the boundary ones ({@code IDENTIFICADOR_*}),
     * {@code NSS_FORMATO}, {@code NSS_DIGITO_VERIFICADOR}.
     *
     * @param text the text to check
     * @param mode what a wrong check digit means
     * @return the findings and, when there is no error, the NSS
     */
    public static IdentifierValidation<Nss> validate(CharSequence text, CheckDigitMode mode) {
        Report report = Report.full();
        return report.result(check(text, mode, report));
    }

    private static @Nullable Nss check(CharSequence text, CheckDigitMode mode, Report report) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        String s = Boundary.normalize(text, NAME, LENGTH_TEXT, false, report);
        if (s == null) {
            return null;
        }
        if (s.length() != LENGTH) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_LONGITUD, s, s.length(), NAME, LENGTH_TEXT);
            return null;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (!Boundary.isDigit(s.charAt(i))) {
                report.error(IdentifierErrorCode.NSS_FORMATO, s, s, i + 1);
                return null;
            }
        }
        char expected = CheckDigits.nss(s.substring(0, 10));
        if (s.charAt(10) != expected) {
            report.add(IdentifierErrorCode.NSS_DIGITO_VERIFICADOR, Severities.of(mode), s, s, expected);
        }
        return new Nss(s);
    }

    /**
     * An NSS from its parts, with the check digit computed.
     *
     * @param subdelegacion 0–99, e.g. 72
     * @param anioAlta two-digit year of the alta, 0–99, e.g. 79
     * @param anioNacimiento two-digit year of birth, 0–99, e.g. 56
     * @param secuencia 0–9999, e.g. 804
     * @return the NSS, e.g. {@code 72795608040}
     * @throws IllegalArgumentException when a part is out of range
     */
    public static Nss of(int subdelegacion, int anioAlta, int anioNacimiento, int secuencia) {
        checkRange("subdelegacion", subdelegacion, 99);
        checkRange("anioAlta", anioAlta, 99);
        checkRange("anioNacimiento", anioNacimiento, 99);
        checkRange("secuencia", secuencia, 9999);
        String first10 = String.format(Locale.ROOT, "%02d%02d%02d%04d", subdelegacion, anioAlta, anioNacimiento,
                secuencia);
        return new Nss(first10 + CheckDigits.nss(first10));
    }

    /** @return the subdelegación, e.g. 72 for {@code 72795608040} */
    public int subdelegacion() {
        return Dates.twoDigits(value, 0);
    }

    /** @return the two-digit year of the alta, e.g. 79 */
    public int anioAlta() {
        return Dates.twoDigits(value, 2);
    }

    /** @return the two-digit year of birth, e.g. 56 */
    public int anioNacimiento() {
        return Dates.twoDigits(value, 4);
    }

    /** @return the four-digit sequence, e.g. 804 */
    public int secuencia() {
        return Integer.parseInt(value.substring(6, 10));
    }

    /** @return whether the check digit matches ({@code false} only in lenient parses) */
    public boolean hasValidCheckDigit() {
        return CheckDigits.nss(value.substring(0, 10)) == value.charAt(10);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Nss n && value.equals(n.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the eleven digits, e.g. {@code 72795608040}; {@link #parse(CharSequence)} reads them back */
    @Override
    public String toString() {
        return value;
    }

    private static void checkRange(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be between 0 and " + max + ": " + value);
        }
    }
}
