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
     * Reads the SAT form: exactly 20 ASCII digits, e.g. {@code 30001000000500003415}.
     *
     * @param text the 20 digits
     * @return the número
     * @throws IllegalArgumentException when the text is not 20 digits
     */
    public static NumeroCertificado parse(CharSequence text) {
        String digits = Objects.requireNonNull(text, "text").toString();
        if (!digits.matches("[0-9]{20}")) {
            throw new IllegalArgumentException("a número de certificado is 20 digits: \"" + digits + "\"");
        }
        return new NumeroCertificado(new BigInteger(1, digits.getBytes(StandardCharsets.US_ASCII)));
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
