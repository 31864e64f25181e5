package mx.buzon.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The número de certificado the SAT prints on every CFDI and acuse ({@code NoCertificado}): the certificate's
 * serial number, whose bytes are ASCII digits. Example: serial {@code 0x3330303031...3135} is número
 * {@code 30001000000500003415}.
 *
 * <p>The same serial is also offered in hexadecimal ({@link #hex()}, as {@code openssl x509 -serial} prints
 * it) and in decimal ({@link #decimal()}, as Java's {@code getSerialNumber()} gives it). A serial that is
 * not in the SAT form (a certificate from another CA) has no {@link #sat()} form; {@link #toString()} then
 * gives the hexadecimal form. Immutable and thread-safe.
 */
public final class NumeroCertificado {

    private final BigInteger serial;
    private final @Nullable String sat;

    private NumeroCertificado(BigInteger serial) {
        if (serial.signum() < 0) {
            throw new IllegalArgumentException("a certificate serial must not be negative: " + serial);
        }
        this.serial = serial;
        this.sat = satForm(serial);
    }

    /**
     * @param serial the certificate's serial number, not negative
     * @return the número
     */
    public static NumeroCertificado of(BigInteger serial) {
        return new NumeroCertificado(Objects.requireNonNull(serial, "serial"));
    }

    /**
     * Reads a número in any form this class prints: the SAT form (exactly 20 ASCII digits, e.g.
     * {@code 30001000000500003415}), {@link #hex()} (as {@code openssl x509 -serial} prints it, e.g.
     * {@code 3330303031303030303030353030303033343135}; also with a {@code 0x} prefix, lower case, or the
     * {@code 33:30:...} colons of {@code openssl x509 -text}) or {@link #decimal()} (e.g.
     * {@code 292233162870206001759766198462772978647764840757}). Surrounding whitespace is ignored.
     *
     * <p>Digits alone are ambiguous, so they are read as: 20 digits the SAT form; 40 digits in pairs {@code 30}–
     * {@code 39} the hex of a SAT serial; more than 40 digits decimal. Other digit-only lengths are refused, so that
     * a SAT número typed with a digit missing or extra is an error and not some other serial; read the serial of
     * another CA with {@link #parseHex(CharSequence)} or {@link #parseDecimal(CharSequence)}.
     *
     * @param text the número
     * @return the número
     * @throws IllegalArgumentException when the text is none of those forms (the message quotes it)
     */
    public static NumeroCertificado parse(CharSequence text) {
        String value = Objects.requireNonNull(text, "text").toString().strip();
        if (value.matches("[0-9]{20}")) {
            return new NumeroCertificado(new BigInteger(1, value.getBytes(StandardCharsets.US_ASCII)));
        }
        if (value.matches("(3[0-9]){20}")) {
            return parseHex(value);
        }
        if (value.matches("[0-9]{41,}")) {
            return parseDecimal(value);
        }
        if (value.matches("(0[xX])?[0-9A-Fa-f:]+") && !value.matches("[0-9]+")) {
            return parseHex(value);
        }
        throw new IllegalArgumentException("a número de certificado is 20 digits, or the serial in hex or decimal: \""
                + value + "\"");
    }

    /**
     * @param text the serial in hexadecimal, e.g. {@code 1F}, {@code 0x1f} or {@code 33:30:30}
     * @return the número
     * @throws IllegalArgumentException when it is not hexadecimal
     */
    public static NumeroCertificado parseHex(CharSequence text) {
        String value = Objects.requireNonNull(text, "text").toString().strip();
        String digits = value.startsWith("0x") || value.startsWith("0X") ? value.substring(2) : value;
        digits = digits.replace(":", "");
        if (!digits.matches("[0-9A-Fa-f]{1,1024}")) {
            throw new IllegalArgumentException("not a hexadecimal serial: \"" + value + "\"");
        }
        return new NumeroCertificado(new BigInteger(digits, 16));
    }

    /**
     * @param text the serial in decimal, e.g. {@code 31}
     * @return the número
     * @throws IllegalArgumentException when it is not decimal digits
     */
    public static NumeroCertificado parseDecimal(CharSequence text) {
        String value = Objects.requireNonNull(text, "text").toString().strip();
        if (!value.matches("[0-9]{1,1024}")) {
            throw new IllegalArgumentException("not a decimal serial: \"" + value + "\"");
        }
        return new NumeroCertificado(new BigInteger(value));
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

    /** @return the SAT form when there is one (inverse of {@link #parse(CharSequence)}), else {@link #hex()} */
    @Override
    public String toString() {
        return sat != null ? sat : hex();
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
        if (bytes.length - start != 20) {
            return null;
        }
        StringBuilder digits = new StringBuilder(20);
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return null;
            }
            digits.append((char) bytes[i]);
        }
        return digits.toString();
    }
}
