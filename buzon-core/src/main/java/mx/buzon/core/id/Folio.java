package mx.buzon.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The folio of an acuse, e.g. {@code BI-20250203-100717151} (Buzón IMSS, 3 February 2025; docs/LEGAL.md §1 and the
 * registration screen the Análisis COFIDE reproduces).
 *
 * <p>Grammar (ABNF, after the normalisation of the package documentation):
 * <pre>
 * folio     = prefijo "-" fecha "-" secuencia
 * prefijo   = ALPHA 0*9(ALPHA / DIGIT)   ; 1-10 characters A-Z, 0-9, starting with a letter; BI = Buzón IMSS
 * fecha     = 8DIGIT                     ; AAAAMMDD, a real Gregorian date, year 1900-2999
 * secuencia = 1*18DIGIT                  ; opaque; leading zeros are kept; fits in a long
 * </pre>
 * Other services' acuses use their own prefixes, which this grammar accepts. In the one published Buzón
 * sample the sequence coincides with the registration time 10:07:17.151; the SDK does not rely on that and
 * treats it as an opaque number. The folio has no check digit, so {@link CheckDigitMode} has no effect.
 *
 * <p>Generation: {@link #next(String, LocalDate, FolioSequence)} takes the number from a host-provided
 * {@link FolioSequence}, which is what makes folios unique. Immutable and thread-safe.
 */
public final class Folio {

    /** The prefix of the Buzón IMSS's folios. */
    public static final String BUZON_PREFIX = "BI";
    /** The minimum width of generated sequences (zero-padded), as in the Buzón sample {@code 100717151}. */
    public static final int SEQUENCE_MIN_DIGITS = 9;

    static final String NAME = "el folio";
    private static final int MAX_PREFIX = 10;
    private static final int MAX_SEQUENCE = 18;
    private static final int MAX_LENGTH = MAX_PREFIX + 1 + 8 + 1 + MAX_SEQUENCE;
    private static final String LENGTH_TEXT = "de 12 a 38 caracteres con la forma PREFIJO-AAAAMMDD-SECUENCIA";

    private final String value;
    private final LocalDate date;

    private Folio(String value, LocalDate date) {
        this.value = value;
        this.date = date;
    }

    /**
     * Parses a folio.
     *
     * @param text e.g. {@code "BI-20250203-100717151"}
     * @return the folio
     * @throws InvalidIdentifierException when the text is not a folio
     */
    public static Folio parse(CharSequence text) {
        return validate(text, CheckDigitMode.STRICT).orElseThrow();
    }

    /**
     * Parses a folio; the mode has no effect (a folio has no check digit) and exists for uniformity.
     *
     * @param text e.g. {@code "BI-20250203-100717151"}
     * @param mode ignored
     * @return the folio
     * @throws InvalidIdentifierException when the text is not a folio
     */
    public static Folio parse(CharSequence text, CheckDigitMode mode) {
        return validate(text, mode).orElseThrow();
    }

    /**
     * Whether the text is a folio.
     *
     * @param text e.g. {@code "BI-20250203-100717151"}
     * @return {@code true} when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, CheckDigitMode.STRICT, report);
        return !report.hasError();
    }

    /**
     * Validates a folio without throwing for bad input. Findings: the boundary ones ({@code IDENTIFICADOR_*}),
     * {@code FOLIO_FORMATO}, {@code FOLIO_FECHA}.
     *
     * @param text the text to check
     * @param mode ignored (a folio has no check digit)
     * @return the findings and, when there is no error, the folio
     */
    public static IdentifierValidation<Folio> validate(CharSequence text, CheckDigitMode mode) {
        Report report = Report.full();
        return report.result(check(text, mode, report));
    }

    private static @Nullable Folio check(CharSequence text, CheckDigitMode mode, Report report) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mode, "mode");
        String s = Boundary.normalize(text, NAME, LENGTH_TEXT, true, report);
        if (s == null) {
            return null;
        }
        if (s.length() > MAX_LENGTH) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_LONGITUD, s, s.length(), NAME, LENGTH_TEXT);
            return null;
        }
        String problem = grammarProblem(s);
        if (problem != null) {
            report.error(IdentifierErrorCode.FOLIO_FORMATO, s, s, problem);
            return null;
        }
        int dash = s.indexOf('-');
        String dateDigits = s.substring(dash + 1, dash + 9);
        LocalDate date = dateOrNull(dateDigits);
        if (date == null) {
            report.error(IdentifierErrorCode.FOLIO_FECHA, s, s, dateDigits);
            return null;
        }
        return new Folio(s, date);
    }

    /**
     * A folio from its parts; the sequence is zero-padded to {@value #SEQUENCE_MIN_DIGITS} digits.
     *
     * @param prefix e.g. {@link #BUZON_PREFIX}; 1–10 characters A–Z, 0–9, starting with a letter
     * @param date the date, year 1900–2999
     * @param sequence {@code >= 0}, e.g. 100717151
     * @return the folio, e.g. {@code BI-20250203-100717151}
     * @throws IllegalArgumentException when a part is outside the grammar
     */
    public static Folio of(String prefix, LocalDate date, long sequence) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(date, "date");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        String text = String.format(Locale.ROOT, "%s-%04d%02d%02d-%0" + SEQUENCE_MIN_DIGITS + "d", prefix,
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), sequence);
        IdentifierValidation<Folio> v = validate(text, CheckDigitMode.STRICT);
        if (!v.isValid() || !v.findings().isEmpty()) {
            throw new IllegalArgumentException("the parts do not form a folio PREFIJO-AAAAMMDD-SECUENCIA"
                    + " (prefix A-Z/0-9 starting with a letter, 1-10 characters; year 1900-2999): " + text);
        }
        return v.orElseThrow();
    }

    /**
     * A new folio whose sequence comes from the host's sequence, e.g. {@code BI-20250203-000000042}.
     *
     * @param prefix e.g. {@link #BUZON_PREFIX}
     * @param date the date the folio carries (the caller's clock, never a hidden one)
     * @param sequence the host's source of unique numbers
     * @return the folio
     * @throws IllegalArgumentException when a part is outside the grammar or the sequence returned a negative
     */
    public static Folio next(String prefix, LocalDate date, FolioSequence sequence) {
        Objects.requireNonNull(sequence, "sequence");
        return of(prefix, date, sequence.next(prefix, date));
    }

    /** @return the prefix, e.g. {@code "BI"} */
    public String prefix() {
        return value.substring(0, value.indexOf('-'));
    }

    /** @return the date, e.g. 2025-02-03 */
    public LocalDate date() {
        return date;
    }

    /** @return the sequence digits as written, leading zeros kept, e.g. {@code "100717151"} */
    public String sequence() {
        return value.substring(value.lastIndexOf('-') + 1);
    }

    /** @return whether this is a folio of the Buzón IMSS (prefix {@code BI}) */
    public boolean isBuzon() {
        return prefix().equals(BUZON_PREFIX);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Folio f && value.equals(f.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the folio, e.g. {@code BI-20250203-100717151}; {@link #parse(CharSequence)} reads it back */
    @Override
    public String toString() {
        return value;
    }

    private static @Nullable String grammarProblem(String s) {
        int first = s.indexOf('-');
        int last = s.lastIndexOf('-');
        if (first < 0 || first == last || s.indexOf('-', first + 1) != last) {
            return "debe tener exactamente dos guiones";
        }
        if (first == 0 || first > MAX_PREFIX) {
            return "el prefijo debe tener de 1 a 10 caracteres";
        }
        if (!Boundary.isLatinUpper(s.charAt(0))) {
            return "el prefijo debe empezar con una letra A-Z";
        }
        for (int i = 1; i < first; i++) {
            char c = s.charAt(i);
            if (!Boundary.isLatinUpper(c) && !Boundary.isDigit(c)) {
                return "el prefijo solo admite letras A-Z y dígitos";
            }
        }
        if (last - first - 1 != 8 || !allDigits(s, first + 1, last)) {
            return "la fecha debe tener 8 dígitos AAAAMMDD";
        }
        int sequenceLength = s.length() - last - 1;
        if (sequenceLength < 1 || sequenceLength > MAX_SEQUENCE || !allDigits(s, last + 1, s.length())) {
            return "la secuencia debe tener de 1 a 18 dígitos";
        }
        return null;
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Boundary.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static @Nullable LocalDate dateOrNull(String digits) {
        int year = Integer.parseInt(digits.substring(0, 4));
        if (year < 1900 || year > 2999) {
            return null;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
