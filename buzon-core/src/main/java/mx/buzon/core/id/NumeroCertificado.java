package mx.buzon.core.id;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The número de certificado the SAT prints on every CFDI and acuse ({@code NoCertificado}): the certificate's
 * serial number, whose bytes are 20 ASCII digits. Example: serial {@code 0x3330303031...3135} is número
 * {@code 30001000000500003415}.
 *
 * <p>One type for the número wherever it travels: the e.firma's certificate (buzon-crypto), the workflows that
 * write it into an acuse, the {@code Habilitacion} of a Buzón and the verification of an acuse. The same serial is
 * also offered in hexadecimal ({@link #hex()}, as {@code openssl x509 -serial} prints it) and in decimal
 * ({@link #decimal()}, as Java's {@code getSerialNumber()} gives it). A serial that is not in the SAT form (a
 * certificate from another CA) has no {@link #sat()} form; {@link #toString()} then gives {@code 0x} and the
 * hexadecimal form, so that {@link #parse(CharSequence)} reads every {@code toString()} back.
 *
 * <p>What it is not: a proof that the certificate exists or is valid (buzon-crypto checks that), and not a
 * secret: equality is plain, by serial. Immutable and thread-safe.
 */
public final class NumeroCertificado {

    static final String NAME = "el número de certificado";
    static final String WHAT_TO_CAPTURE = "los 20 dígitos del número de certificado (por ejemplo"
            + " 30001000000500003415)";
    /** Longer input is refused before it is read: 1,024 hex digits with their colons, and some spaces. */
    private static final int MAX_RAW_LENGTH = 3_200;
    private static final int MAX_DIGITS = 1_024;
    private static final int SAT_DIGITS = 20;

    private final BigInteger serial;
    private final @Nullable String sat;

    private NumeroCertificado(BigInteger serial) {
        this.serial = serial;
        this.sat = satForm(serial);
    }

    /**
     * The número of a certificate serial.
     *
     * @param serial the certificate's serial number, not negative (RFC 5280 4.1.2.2)
     * @return the número
     * @throws IllegalArgumentException when the serial is negative (a programmer error: a certificate parser that
     *     lets such a serial through must refuse the certificate first)
     */
    public static NumeroCertificado of(BigInteger serial) {
        Objects.requireNonNull(serial, "serial");
        if (serial.signum() < 0) {
            throw new IllegalArgumentException("a certificate serial must not be negative: " + serial);
        }
        return new NumeroCertificado(serial);
    }

    /**
     * Reads a número in any form this class prints: the SAT form (exactly 20 ASCII digits, e.g.
     * {@code 30001000000500003415}), {@link #hex()} (as {@code openssl x509 -serial} prints it, e.g.
     * {@code 3330303031303030303030353030303033343135}; also with a {@code 0x} prefix, lower case, or the
     * {@code 33:30:...} colons of {@code openssl x509 -text}) or {@link #decimal()} (e.g.
     * {@code 292233162870206001759766198462772978647764840757}). Surrounding whitespace is ignored (with the
     * warning {@code IDENTIFICADOR_NORMALIZADO} in {@link #validate(CharSequence)}).
     *
     * <p>Digits alone are ambiguous, so they are read as: 20 digits the SAT form; 40 digits in pairs {@code 30}–
     * {@code 39} the hex of a SAT serial; more than 40 digits decimal. Other digit-only lengths are refused, so that
     * a SAT número typed with a digit missing or extra is an error and not some other serial; read the serial of
     * another CA with {@link #parseHex(CharSequence)} or {@link #parseDecimal(CharSequence)}.
     *
     * @param text the número, e.g. {@code "30001000000500003415"}
     * @return the número
     * @throws InvalidIdentifierException {@code IDENTIFICADOR_VACIO}, {@code IDENTIFICADOR_LONGITUD} or
     *     {@code NUMERO_CERTIFICADO_FORMATO} (the message quotes the text and says what is wrong)
     */
    public static NumeroCertificado parse(CharSequence text) {
        return validate(text).orElseThrow();
    }

    /**
     * Whether the text is a número {@link #parse(CharSequence)} reads.
     *
     * @param text e.g. {@code "30001000000500003415"}
     * @return {@code true} when {@code parse} would succeed
     */
    public static boolean isValid(CharSequence text) {
        Report report = Report.quiet();
        check(text, Form.ANY, report);
        return !report.hasError();
    }

    /**
     * Validates a número without throwing for bad input. A número has no check digit, so there is no
     * {@link CheckDigitMode}.
     *
     * @param text the text to check
     * @return the findings and, when there is no error, the número
     */
    public static IdentifierValidation<NumeroCertificado> validate(CharSequence text) {
        Report report = Report.full();
        return report.result(check(text, Form.ANY, report));
    }

    /**
     * Reads a serial in hexadecimal.
     *
     * @param text e.g. {@code 1F}, {@code 0x1f} or {@code 33:30:30}
     * @return the número
     * @throws InvalidIdentifierException when it is not hexadecimal ({@code NUMERO_CERTIFICADO_FORMATO})
     */
    public static NumeroCertificado parseHex(CharSequence text) {
        Report report = Report.full();
        return report.result(check(text, Form.HEX, report)).orElseThrow();
    }

    /**
     * Reads a serial in decimal.
     *
     * @param text e.g. {@code 31}
     * @return the número
     * @throws InvalidIdentifierException when it is not decimal digits ({@code NUMERO_CERTIFICADO_FORMATO})
     */
    public static NumeroCertificado parseDecimal(CharSequence text) {
        Report report = Report.full();
        return report.result(check(text, Form.DECIMAL, report)).orElseThrow();
    }

    private enum Form { ANY, HEX, DECIMAL }

    private static @Nullable NumeroCertificado check(CharSequence text, Form form, Report report) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_RAW_LENGTH) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_LONGITUD, Boundary.shown(text), text.length(), NAME,
                    SAT_DIGITS);
            return null;
        }
        String original = text.toString();
        String value = original.strip();
        if (value.isEmpty()) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_VACIO, original, NAME, WHAT_TO_CAPTURE);
            return null;
        }
        if (!value.equals(original)) {
            report.warning(IdentifierErrorCode.IDENTIFICADOR_NORMALIZADO, original, original, value);
        }
        switch (form) {
            case HEX:
                return hex(value, report);
            case DECIMAL:
                if (!allDigits(value) || value.length() > MAX_DIGITS) {
                    return formato(report, value, "un número decimal lleva solo dígitos 0-9 (a lo más "
                            + MAX_DIGITS + ")");
                }
                return new NumeroCertificado(new BigInteger(value));
            default:
                break;
        }
        if (allDigits(value)) {
            if (value.length() == SAT_DIGITS) {
                return new NumeroCertificado(new BigInteger(1, value.getBytes(StandardCharsets.US_ASCII)));
            }
            if (value.length() == 2 * SAT_DIGITS && isSatHex(value)) {
                return hex(value, report);
            }
            if (value.length() > 2 * SAT_DIGITS && value.length() <= MAX_DIGITS) {
                return new NumeroCertificado(new BigInteger(value));
            }
            return formato(report, value, "tiene " + value.length() + " dígitos y el número de certificado del SAT"
                    + " tiene " + SAT_DIGITS + "; revise que no falte ni sobre un dígito");
        }
        return hex(value, report);
    }

    private static @Nullable NumeroCertificado hex(String value, Report report) {
        String digits = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value;
        digits = digits.replace(":", "");
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !allHex(digits)) {
            return formato(report, value, "se esperaban 20 dígitos, o el número de serie en hexadecimal (0-9, A-F,"
                    + " con 0x o dos puntos opcionales) o en decimal");
        }
        return new NumeroCertificado(new BigInteger(digits, 16));
    }

    private static @Nullable NumeroCertificado formato(Report report, String value, String what) {
        report.error(IdentifierErrorCode.NUMERO_CERTIFICADO_FORMATO, Boundary.shown(value), Boundary.shown(value), what);
        return null;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Boundary.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Boundary.isDigit(c) && !(c >= 'A' && c <= 'F') && !(c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSatHex(String digits) {
        for (int i = 0; i < digits.length(); i += 2) {
            if (digits.charAt(i) != '3') {
                return false;
            }
        }
        return true;
    }

    /** @return the 20 digits, e.g. {@code 30001000000500003415}, or empty when the serial is not in SAT form */
    public Optional<String> sat() {
        return Optional.ofNullable(sat);
    }

    /** @return the serial in upper-case hexadecimal without leading zeros, e.g. {@code 3330...3135} */
    public String hex() {
        return serial.toString(16).toUpperCase(Locale.ROOT);
    }

    /** @return the serial in decimal, e.g. {@code 292233162870206001759766198462772978647764840757} */
    public String decimal() {
        return serial.toString();
    }

    /** @return the serial number */
    public BigInteger serial() {
        return serial;
    }

    /**
     * The text the acuses and the JSON carry.
     *
     * @return the SAT form when there is one (e.g. {@code 30001000000500003415}), else {@code 0x} and
     *     {@link #hex()} (e.g. {@code 0x1F}); {@link #parse(CharSequence)} reads either back
     */
    @Override
    public String toString() {
        return sat != null ? sat : "0x" + hex();
    }

    /** @return whether {@code o} is the número of the same serial */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof NumeroCertificado n && serial.equals(n.serial);
    }

    /** @return a hash of the serial */
    @Override
    public int hashCode() {
        return serial.hashCode();
    }

    private static @Nullable String satForm(BigInteger serial) {
        byte[] bytes = serial.toByteArray();
        int start = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        if (bytes.length - start != SAT_DIGITS) {
            return null;
        }
        StringBuilder digits = new StringBuilder(SAT_DIGITS);
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return null;
            }
            digits.append((char) bytes[i]);
        }
        return digits.toString();
    }
}
