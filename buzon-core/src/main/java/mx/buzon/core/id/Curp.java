package mx.buzon.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A Clave Única de Registro de Población (RENAPO; format and check digit per docs/LEGAL.md §1), e.g.
 * {@code HEGG560427MVZRRL04}.
 *
 * <p>18 characters: four letters ({@code A–Z}; {@code Ñ} is accepted because the check-digit alphabet has it,
 * although the RENAPO writes {@code X} instead), the birth date {@code YYMMDD}, the sex letter ({@link Sexo}),
 * the state ({@link #STATES}, {@code NE} for births abroad), three consonants, the differentiator (a digit for
 * births before 2000, a letter from 2000 on; it gives the century of the date, see {@link #birthDate()}) and
 * the check digit {@code (10 − Σ value(cᵢ)·(18 − i) mod 10) mod 10} over the alphabet
 * {@code 0–9 A–N Ñ O–Z}.
 *
 * <p>What the check digit really catches: a single substitution at 0-based position {@code i} from value
 * {@code a} to {@code b} goes unnoticed exactly when {@code (b − a)·(18 − i) ≡ 0 (mod 10)}. So it catches every
 * substitution at positions 2, 6, 8, 10, 12 and 16 (1-based; weights 17, 13, 11, 9, 7, 3) and in the digit
 * itself, misses substitutions whose values differ by 5 at even weights, by an even amount at weight 5 and 15
 * (positions 4 and 14), and never catches a change of the first digit of the day (position 9, weight 10);
 * some of those are still rejected by the format or the date.
 *
 * <p>Not checked (not in docs/LEGAL.md §1): the RENAPO's own list of inconvenient words, and whether the consonants
 * match the name. Input is normalised as the package documentation describes. Immutable and thread-safe.
 */
public final class Curp {

    /** The default sex letters: {@code H} and {@code M}. */
    public static final Set<Sexo> SEXOS_HM = Collections.unmodifiableSet(EnumSet.of(Sexo.H, Sexo.M));
    /** {@code H}, {@code M} and the non-binary {@code X}. */
    public static final Set<Sexo> SEXOS_HMX = Collections.unmodifiableSet(EnumSet.allOf(Sexo.class));

    /** The state codes of the RENAPO's catalogue (32 entidades) and {@code NE} (nacido en el extranjero). */
    public static final Set<String> STATES = Set.of("AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT",
            "GR", "HG", "JC", "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS",
            "TL", "VZ", "YN", "ZS", "NE");

    static final String NAME = "la CURP";
    private static final int LENGTH = 18;
    private static final String LENGTH_TEXT = "18 caracteres";

    private final String value;

    private Curp(String value) {
        this.value = value;
    }

    /**
     * Parses a CURP strictly with the sex letters {@link #SEXOS_HM}.
     *
     * @param text e.g. {@code "BEML920313HMCLNS09"}
     * @return the CURP
     * @throws InvalidIdentifierException when the text is not a valid CURP
     */
    public static Curp parse(CharSequence text) {
        return parse(text, CheckDigitMode.STRICT);
    }

    /**
     * Parses a CURP with the sex letters {@link #SEXOS_HM}.
     *
     * @param text e.g. {@code "PEGL890909MJCRMS09"} (accepted only in lenient mode)
     * @param mode what a wrong check digit means
     * @return the CURP
     * @throws InvalidIdentifierException when the text is not a valid CURP in that mode
     */
    public static Curp parse(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode, SEXOS_HM).orElseThrow();
    }

    /**
     * Whether the text is a valid CURP, strictly, with the sex letters {@link #SEXOS_HM}.
     *
     * @param text e.g. {@code "HEGG560427MVZRRL04"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, CheckDigitMode.STRICT, SEXOS_HM, report);
        return !report.hasError();
    }

    /**
     * Validates a CURP with the sex letters {@link #SEXOS_HM}, without throwing for bad input.
     *
     * @param text the text to check
     * @param mode what a wrong check digit means
     * @return the findings and, when there is no error, the CURP
     */
    public static IdentifierValidation<Curp> validate(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode, SEXOS_HM);
    }

    /**
     * Validates a CURP without throwing for bad input.
     *
     * <p>Findings: the boundary ones ({@code IDENTIFICADOR_*}), {@code CURP_FORMATO} (stops), then
     * {@code CURP_FECHA}, {@code CURP_DIFERENCIADOR} (a date that exists only in the other century, e.g.
     * {@code 000229} with a digit: 29 February 1900), {@code CURP_SEXO}, {@code CURP_ENTIDAD} and
     * {@code CURP_DIGITO_VERIFICADOR}.
     *
     * @param text the text to check
     * @param mode what a wrong check digit means
     * @param sexos the accepted sex letters, e.g. {@link #SEXOS_HMX}; not empty
     * @return the findings and, when there is no error, the CURP
     */
    public static IdentifierValidation<Curp> validate(CharSequence text, CheckDigitMode mode, Set<Sexo> sexos) {
        Report report = Report.full();
        return report.result(check(text, mode, sexos, report));
    }

    // Package-private for the property tests, which need the codes without the formatted messages.
    static @Nullable Curp check(CharSequence text, CheckDigitMode mode, Set<Sexo> sexos, Report report) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        if (Objects.requireNonNull(sexos, "sexos").isEmpty()) {
            throw new IllegalArgumentException("sexos must not be empty: at least one sex letter must be accepted");
        }
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
        if (birthDateOrNull(s) == null) {
            String date = s.substring(4, 10);
            if (Dates.isRealInSomeCentury(s, 4)) {
                report.error(IdentifierErrorCode.CURP_DIFERENCIADOR, s, s, s.charAt(16), date.substring(0, 2));
            } else {
                report.error(IdentifierErrorCode.CURP_FECHA, s, s, date);
            }
        }
        String sex = s.substring(10, 11);
        if (!"HMX".contains(sex) || !sexos.contains(Sexo.valueOf(sex))) {
            report.error(IdentifierErrorCode.CURP_SEXO, s, s, sex,
                    sexos.stream().map(Sexo::name).sorted().collect(Collectors.joining(", ")));
        }
        if (!STATES.contains(s.substring(11, 13))) {
            report.error(IdentifierErrorCode.CURP_ENTIDAD, s, s, s.substring(11, 13));
        }
        char expected = CheckDigits.curp(s);
        if (s.charAt(17) != expected) {
            report.add(IdentifierErrorCode.CURP_DIGITO_VERIFICADOR, Severities.of(mode), s, s, expected);
        }
        return new Curp(s);
    }

    /**
     * A CURP from its first 17 characters, with the check digit computed.
     *
     * @param first17 e.g. {@code "HEGG560427MVZRRL0"}
     * @param sexos the accepted sex letters
     * @return the CURP, e.g. {@code HEGG560427MVZRRL04}
     * @throws InvalidIdentifierException when the characters do not form a valid CURP
     */
    public static Curp of(CharSequence first17, Set<Sexo> sexos) {
        if (Objects.requireNonNull(first17, "first17").length() != LENGTH - 1) {
            throw new IllegalArgumentException("first17 must have 17 characters: " + Boundary.shown(first17));
        }
        Curp draft = validate(first17 + "0", CheckDigitMode.LENIENT, sexos).orElseThrow();
        return new Curp(draft.value.substring(0, 17) + CheckDigits.curp(draft.value));
    }

    /** @return the birth date, its century given by the differentiator, e.g. 1956-04-27 for {@code HEGG560427MVZRRL04} */
    public LocalDate birthDate() {
        return Objects.requireNonNull(birthDateOrNull(value));
    }

    /** @return the sex letter, e.g. {@link Sexo#M} */
    public Sexo sexo() {
        return Sexo.valueOf(value.substring(10, 11));
    }

    /** @return the state code, e.g. {@code "VZ"}; {@code "NE"} for births abroad */
    public String state() {
        return value.substring(11, 13);
    }

    /** @return whether the check digit matches ({@code false} only in lenient parses) */
    public boolean hasValidCheckDigit() {
        return CheckDigits.curp(value) == value.charAt(17);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Curp c && value.equals(c.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the canonical CURP, e.g. {@code HEGG560427MVZRRL04}; {@link #parse(CharSequence)} reads it back */
    @Override
    public String toString() {
        return value;
    }

    private static @Nullable LocalDate birthDateOrNull(String s) {
        int century = Boundary.isDigit(s.charAt(16)) ? 1900 : 2000;
        try {
            return LocalDate.of(century + Dates.twoDigits(s, 4), Dates.twoDigits(s, 6), Dates.twoDigits(s, 8));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean formatError(String s, Report report) {
        for (int i = 0; i < LENGTH; i++) {
            char c = s.charAt(i);
            String expected = null;
            if (i < 4) {
                expected = Boundary.isLatinUpper(c) || c == 'Ñ' ? null : "una letra (A-Z)";
            } else if (i < 10) {
                expected = Boundary.isDigit(c) ? null : "un dígito de la fecha AAMMDD";
            } else if (i == 10) {
                expected = Boundary.isLatinUpper(c) ? null : "la letra del sexo (H, M o X)";
            } else if (i < 13) {
                expected = Boundary.isLatinUpper(c) ? null : "una letra de la entidad federativa";
            } else if (i < 16) {
                expected = isConsonant(c) ? null : "una consonante";
            } else if (i == 16) {
                expected = Boundary.isLatinUpper(c) || Boundary.isDigit(c) ? null
                        : "el diferenciador (dígito antes de 2000, letra desde 2000)";
            } else {
                expected = Boundary.isDigit(c) ? null : "el dígito verificador (0-9)";
            }
            if (expected != null) {
                report.error(IdentifierErrorCode.CURP_FORMATO, s, s, i + 1, expected);
                return true;
            }
        }
        return false;
    }

    private static boolean isConsonant(char c) {
        return c == 'Ñ' || (Boundary.isLatinUpper(c) && "AEIOU".indexOf(c) < 0);
    }
}
