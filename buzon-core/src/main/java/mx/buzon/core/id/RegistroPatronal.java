package mx.buzon.core.id;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A registro patronal of the IMSS (docs/LEGAL.md §1), e.g. {@code A6815930107}.
 *
 * <p>11 characters: a letter {@code A–Z} or a digit, nine digits and a check digit. The check digit is
 * computed over the first ten after replacing a leading letter by its index + 10 as two digits
 * ({@code A → 10 ... Z → 35}): Luhn doubling the rightmost digit first, digit {@code (10 − sum mod 10) mod 10}.
 * Some samples published by the IMSS fail the digit ({@code B5510768108}): accept them with
 * {@link CheckDigitMode#LENIENT}.
 *
 * <p>What the check digit really catches: every single substitution of one of characters 2–11. A
 * substitution of the first character goes unnoticed when the old and the new character are in the same one
 * of these classes (their contributions are equal mod 10): {@code 0IQY 1JRZ 2AS 3BT 4CK 5DL 6EMU 7FNV 8GOW
 * 9HPX}; e.g. {@code A6815930107} and {@code S6815930107} have the same digit.
 *
 * <p>Input is normalised as the package documentation describes. Immutable and thread-safe.
 */
public final class RegistroPatronal {

    static final String NAME = "el registro patronal";
    private static final int LENGTH = 11;
    private static final String LENGTH_TEXT = "11 caracteres";

    private final String value;

    private RegistroPatronal(String value) {
        this.value = value;
    }

    /**
     * Parses a registro patronal, checking its digit strictly.
     *
     * @param text e.g. {@code "Y3926552104"}
     * @return the registro patronal
     * @throws InvalidIdentifierException when the text is not a valid registro patronal
     */
    public static RegistroPatronal parse(CharSequence text) {
        return parse(text, CheckDigitMode.STRICT);
    }

    /**
     * Parses a registro patronal; in {@link CheckDigitMode#LENIENT} mode a wrong check digit is accepted.
     *
     * @param text e.g. {@code "B5510768108"} (accepted only in lenient mode)
     * @param mode what a wrong check digit means
     * @return the registro patronal
     * @throws InvalidIdentifierException when the text is not a valid registro patronal in that mode
     */
    public static RegistroPatronal parse(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode).orElseThrow();
    }

    /**
     * Whether the text is a valid registro patronal, strictly.
     *
     * @param text e.g. {@code "B7032191100"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, CheckDigitMode.STRICT, report);
        return !report.hasError();
    }

    /**
     * Validates a registro patronal without throwing for bad input. Findings: the boundary ones
     * ({@code IDENTIFICADOR_*}), {@code REGISTRO_PATRONAL_FORMATO}, {@code REGISTRO_PATRONAL_DIGITO_VERIFICADOR}.
     *
     * @param text the text to check
     * @param mode what a wrong check digit means
     * @return the findings and, when there is no error, the registro patronal
     */
    public static IdentifierValidation<RegistroPatronal> validate(CharSequence text, CheckDigitMode mode) {
        Report report = Report.full();
        return report.result(check(text, mode, report));
    }

    private static @Nullable RegistroPatronal check(CharSequence text, CheckDigitMode mode, Report report) {
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
        if (formatError(s, report)) {
            return null;
        }
        char expected = CheckDigits.registroPatronal(s.substring(0, 10));
        if (s.charAt(10) != expected) {
            report.add(IdentifierErrorCode.REGISTRO_PATRONAL_DIGITO_VERIFICADOR, Severities.of(mode), s, s,
                    expected);
        }
        return new RegistroPatronal(s);
    }

    /**
     * A registro patronal from its first ten characters, with the check digit computed.
     *
     * @param first10 e.g. {@code "A681593010"}
     * @return the registro patronal, e.g. {@code A6815930107}
     * @throws InvalidIdentifierException when the characters do not have the format
     */
    public static RegistroPatronal of(CharSequence first10) {
        if (Objects.requireNonNull(first10, "first10").length() != LENGTH - 1) {
            throw new IllegalArgumentException("first10 must have 10 characters: " + Boundary.shown(first10));
        }
        RegistroPatronal draft = parse(first10 + "0", CheckDigitMode.LENIENT);
        String canonical10 = draft.value.substring(0, 10);
        return new RegistroPatronal(canonical10 + CheckDigits.registroPatronal(canonical10));
    }

    /** @return whether the check digit matches ({@code false} only in lenient parses) */
    public boolean hasValidCheckDigit() {
        return CheckDigits.registroPatronal(value.substring(0, 10)) == value.charAt(10);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof RegistroPatronal r && value.equals(r.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the eleven characters, e.g. {@code A6815930107}; {@link #parse(CharSequence)} reads them back */
    @Override
    public String toString() {
        return value;
    }

    private static boolean formatError(String s, Report report) {
        char first = s.charAt(0);
        if (!Boundary.isLatinUpper(first) && !Boundary.isDigit(first)) {
            report.error(IdentifierErrorCode.REGISTRO_PATRONAL_FORMATO, s, s, 1, "una letra A-Z o un dígito");
            return true;
        }
        for (int i = 1; i < LENGTH; i++) {
            if (!Boundary.isDigit(s.charAt(i))) {
                report.error(IdentifierErrorCode.REGISTRO_PATRONAL_FORMATO, s, s, i + 1, "un dígito");
                return true;
            }
        }
        return false;
    }
}
