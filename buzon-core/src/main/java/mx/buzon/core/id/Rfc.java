package mx.buzon.core.id;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Registro Federal de Contribuyentes (CFF art. 27; check digit and format per docs/LEGAL.md §1), e.g.
 * {@code GODE561231GR8} (persona física, 13 characters) or {@code SAT970701NN3} (persona moral, 12).
 *
 * <p>Format {@code [A-Z&Ñ]{3,4}[0-9]{6}[A-Z0-9]{2}[0-9A]}: three (moral) or four (física) letters, the date
 * {@code YYMMDD} of birth or constitution (a real date in some century: {@code 000229} is 29 February 2000,
 * {@code 990230} is never valid), the two-character homoclave and the check digit. An RFC whose first four
 * letters form an inconvenient word ({@code PEDO}, {@code CACA}, ...) is never assigned by the SAT and is
 * rejected. The generic RFCs {@link #PUBLICO_EN_GENERAL} (whose digit does not match) and {@link #EXTRANJERO}
 * are accepted, {@link #isGeneric()} tells them apart, and {@link #canIdentifyBuzonUser()} is {@code false}
 * for them.
 *
 * <p>An {@code Rfc} parsed in {@link CheckDigitMode#LENIENT} mode may have a check digit that does not match
 * ({@link #hasValidCheckDigit()}); about 1.5% of RFCs in real use are like that. Input is normalised as the
 * package documentation describes ({@code " gode561231gr8 "} parses, with a warning).
 *
 * <p>Not a proof that the taxpayer exists (only the SAT can tell). Immutable and thread-safe; equality is by
 * the canonical text.
 */
public final class Rfc {

    /** The generic RFC for the público en general (CFDI rules of the SAT); its check digit does not match. */
    public static final Rfc PUBLICO_EN_GENERAL = new Rfc("XAXX010101000");
    /** The generic RFC for foreign residents without a Mexican RFC (CFDI rules of the SAT). */
    public static final Rfc EXTRANJERO = new Rfc("XEXX010101000");

    static final String NAME = "el RFC";
    static final String LENGTHS = "12 (persona moral) o 13 (persona física) caracteres";

    // docs/LEGAL.md §1 (Anexo of the SAT's instructivo): the SAT replaces the 4th letter by X.
    static final Set<String> INCONVENIENT_WORDS = Set.of(
            "BUEI", "BUEY", "CACA", "CACO", "CAGA", "CAGO", "CAKA", "CAKO", "COGE", "COJA", "COJE", "COJI", "COJO",
            "CULO", "FETO", "GUEY", "JOTO", "KACA", "KACO", "KAGA", "KAGO", "KAKA", "KOGE", "KOJO", "KULO", "MAME",
            "MAMO", "MEAR", "MEAS", "MEON", "MION", "MOCO", "MULA", "PEDA", "PEDO", "PENE", "PUTA", "PUTO", "QULO",
            "RATA", "RUIN");

    private final String value;

    private Rfc(String value) {
        this.value = value;
    }

    /**
     * Parses an RFC, checking its digit strictly.
     *
     * @param text e.g. {@code "GODE561231GR8"}; surrounding spaces and lower case are normalised
     * @return the RFC
     * @throws InvalidIdentifierException when the text is not a valid RFC (all findings attached)
     * @throws NullPointerException when {@code text} is null
     */
    public static Rfc parse(CharSequence text) {
        return parse(text, CheckDigitMode.STRICT);
    }

    /**
     * Parses an RFC; in {@link CheckDigitMode#LENIENT} mode a wrong check digit is accepted.
     *
     * @param text e.g. {@code "GODE561231GR9"} (accepted only in lenient mode)
     * @param mode what a wrong check digit means
     * @return the RFC
     * @throws InvalidIdentifierException when the text is not a valid RFC in that mode
     */
    public static Rfc parse(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode).orElseThrow();
    }

    /**
     * Whether the text is a valid RFC in {@link CheckDigitMode#STRICT} mode (normalisation allowed).
     *
     * @param text e.g. {@code "SAT970701NN3"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, CheckDigitMode.STRICT, report);
        return !report.hasError();
    }

    /**
     * Validates an RFC without throwing for bad input.
     *
     * <p>Findings, in order: {@code IDENTIFICADOR_NORMALIZADO} (warning), {@code IDENTIFICADOR_VACIO},
     * {@code IDENTIFICADOR_CARACTER_AJENO}, {@code IDENTIFICADOR_LONGITUD}, {@code RFC_FORMATO} (these stop the
     * validation), then {@code RFC_FECHA}, {@code RFC_PALABRA_INCONVENIENTE}, {@code RFC_GENERICO} (warning) and
     * {@code RFC_DIGITO_VERIFICADOR} (error or warning per {@code mode}).
     *
     * @param text the text to check
     * @param mode what a wrong check digit means
     * @return the findings and, when there is no error, the RFC
     */
    public static IdentifierValidation<Rfc> validate(CharSequence text, CheckDigitMode mode) {
        Report report = Report.full();
        return report.result(check(text, mode, report));
    }

    // Package-private for the property tests, which need the codes without the formatted messages.
    static @Nullable Rfc check(CharSequence text, CheckDigitMode mode, Report report) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        String s = Boundary.normalize(text, NAME, LENGTHS, false, report);
        if (s == null) {
            return null;
        }
        if (s.length() != 12 && s.length() != 13) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_LONGITUD, s, s.length(), NAME, LENGTHS);
            return null;
        }
        if (formatError(s, report)) {
            return null;
        }
        int letters = s.length() - 9;
        if (!Dates.isRealInSomeCentury(s, letters)) {
            report.error(IdentifierErrorCode.RFC_FECHA, s, s, s.substring(letters, letters + 6));
        }
        if (letters == 4 && INCONVENIENT_WORDS.contains(s.substring(0, 4))) {
            report.error(IdentifierErrorCode.RFC_PALABRA_INCONVENIENTE, s, s, s.substring(0, 4));
        }
        if (s.equals(PUBLICO_EN_GENERAL.value) || s.equals(EXTRANJERO.value)) {
            report.warning(IdentifierErrorCode.RFC_GENERICO, s, s,
                    s.equals(EXTRANJERO.value) ? "extranjero" : "público en general");
        } else {
            char expected = CheckDigits.rfc(s.substring(0, s.length() - 1));
            if (s.charAt(s.length() - 1) != expected) {
                report.add(IdentifierErrorCode.RFC_DIGITO_VERIFICADOR, Severities.of(mode), s, s,
                        expected);
            }
        }
        return new Rfc(s);
    }

    /**
     * An RFC from its parts, with the check digit computed.
     *
     * @param letters three (moral) or four (física) letters, e.g. {@code "GODE"}
     * @param date the date of birth or constitution; only {@code YYMMDD} is kept
     * @param homoclave two letters or digits, e.g. {@code "GR"}
     * @return the RFC, e.g. {@code GODE561231GR8}
     * @throws InvalidIdentifierException when the parts do not form a valid RFC (e.g. an inconvenient word)
     */
    public static Rfc of(String letters, LocalDate date, String homoclave) {
        Objects.requireNonNull(letters, "letters");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(homoclave, "homoclave");
        String withoutDigit = letters + String.format(Locale.ROOT, "%02d%02d%02d",
                Math.floorMod(date.getYear(), 100), date.getMonthValue(), date.getDayOfMonth()) + homoclave;
        Rfc draft = parse(withoutDigit + "0", CheckDigitMode.LENIENT);
        return new Rfc(draft.value.substring(0, draft.value.length() - 1)
                + CheckDigits.rfc(draft.value.substring(0, draft.value.length() - 1)));
    }

    /** @return {@link Persona#FISICA} for 13 characters, {@link Persona#MORAL} for 12 */
    public Persona persona() {
        return value.length() == 13 ? Persona.FISICA : Persona.MORAL;
    }

    /** @return {@code true} for {@link #PUBLICO_EN_GENERAL} and {@link #EXTRANJERO} */
    public boolean isGeneric() {
        return this.equals(PUBLICO_EN_GENERAL) || this.equals(EXTRANJERO);
    }

    /**
     * Whether this RFC can name a user of the Buzón IMSS: every RFC except the generic ones, which stand for
     * "anyone" (docs/LEGAL.md §1: neither identifies a Buzón user; a user enrols with the e.firma of a concrete RFC).
     *
     * @return {@code !isGeneric()}
     */
    public boolean canIdentifyBuzonUser() {
        return !isGeneric();
    }

    /** @return whether the last character is the check digit of the rest ({@code false} only in lenient parses) */
    public boolean hasValidCheckDigit() {
        return isGeneric() || CheckDigits.rfc(value.substring(0, value.length() - 1)) == checkDigit();
    }

    /** @return the three or four initial letters, e.g. {@code "GODE"} */
    public String letters() {
        return value.substring(0, value.length() - 9);
    }

    /** @return the six date digits {@code YYMMDD}, e.g. {@code "561231"} (the century is not recorded) */
    public String dateDigits() {
        int start = value.length() - 9;
        return value.substring(start, start + 6);
    }

    /** @return the two-character homoclave, e.g. {@code "GR"} */
    public String homoclave() {
        return value.substring(value.length() - 3, value.length() - 1);
    }

    /** @return the check digit as written, {@code 0}–{@code 9} or {@code A} */
    public char checkDigit() {
        return value.charAt(value.length() - 1);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Rfc r && value.equals(r.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the canonical RFC, e.g. {@code GODE561231GR8}; {@link #parse(CharSequence)} reads it back */
    @Override
    public String toString() {
        return value;
    }

    private static boolean formatError(String s, Report report) {
        int letters = s.length() - 9;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String expected;
            if (i < letters) {
                expected = Boundary.isLatinUpper(c) || c == 'Ñ' || c == '&' ? null : "una letra (A-Z, Ñ o &)";
            } else if (i < letters + 6) {
                expected = Boundary.isDigit(c) ? null : "un dígito de la fecha AAMMDD";
            } else if (i < letters + 8) {
                expected = Boundary.isLatinUpper(c) || Boundary.isDigit(c) ? null
                        : "una letra A-Z o un dígito de la homoclave";
            } else {
                expected = Boundary.isDigit(c) || c == 'A' ? null : "el dígito verificador (0-9 o A)";
            }
            if (expected != null) {
                report.error(IdentifierErrorCode.RFC_FORMATO, s, s, i + 1, expected);
                return true;
            }
        }
        return false;
    }
}
