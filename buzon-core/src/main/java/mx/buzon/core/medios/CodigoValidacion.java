package mx.buzon.core.medios;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.problem.BuzonException;
import org.jspecify.annotations.Nullable;

/**
 * The 5-digit code sent to a medio de contacto to validate it (Lineamientos 5.2; the Guía de Activación:
 * "código de 5 dígitos"), e.g. {@code 04821}.
 *
 * <p>A secret while the medio is pending: {@link #toString()} masks it, and the state keeps only an
 * HMAC-SHA256 of it under the host's {@link ClaveCodigos} ({@link #digest(Folio, ClaveCodigos)}). Without the
 * key the stored value cannot be reversed by trying the 100,000 codes; with it, guessing online is bounded by
 * the 72 hours and {@value MediosContactoWorkflow#MAX_INTENTOS_VALIDACION} wrong attempts. Comparison is constant-time
 * ({@link MessageDigest#isEqual}). Immutable and thread-safe.
 */
public final class CodigoValidacion {

    /** Number of digits. */
    public static final int DIGITOS = 5;
    private static final int BOUND = 100_000;

    private final String digits;

    private CodigoValidacion(String digits) {
        this.digits = digits;
    }

    /**
     * A new random code.
     *
     * @param random the host's source; in production a {@link java.security.SecureRandom} (a seeded generator
     *     makes codes guessable and is for tests only)
     * @return a code uniformly drawn from {@code 00000}–{@code 99999}
     */
    public static CodigoValidacion generate(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return new CodigoValidacion(String.format(Locale.ROOT, "%05d", random.nextInt(BOUND)));
    }

    /**
     * A code as typed by the particular.
     *
     * @param text exactly 5 ASCII digits
     * @return the code
     * @throws BuzonException {@link MediosErrorCode#MEDIOS_CODIGO_FORMATO_INVALIDO} when the text is not 5 ASCII digits
     *     (the message does not repeat it; the workflow gives the same code as a rejection)
     */
    public static CodigoValidacion of(CharSequence text) {
        if (!isValid(text)) {
            throw new BuzonException(MediosErrorCode.MEDIOS_CODIGO_FORMATO_INVALIDO,
                    MediosErrorCode.MEDIOS_CODIGO_FORMATO_INVALIDO.message(), null);
        }
        return new CodigoValidacion(text.toString());
    }

    /**
     * Whether a text has the form of a code.
     *
     * @param text the candidate
     * @return {@code true} for exactly 5 characters {@code 0-9}
     */
    public static boolean isValid(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() != DIGITOS) {
            return false;
        }
        for (int i = 0; i < DIGITOS; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits, to hand to a {@link CodigoSender}. Do not log them.
     *
     * @return e.g. {@code "04821"}
     */
    public String digitos() {
        return digits;
    }

    /**
     * The value the state keeps: HMAC-SHA256 under the host's key of the UTF-8 text
     * {@code folio + ":" + digits} (the folio binds the code to one registration).
     *
     * @param folioRegistro the folio of the medio's registration acuse
     * @param clave the host's secret key
     * @return the 32-byte MAC
     */
    public Sha256 digest(Folio folioRegistro, ClaveCodigos clave) {
        Objects.requireNonNull(folioRegistro, "folioRegistro");
        Objects.requireNonNull(clave, "clave");
        return clave.mac((folioRegistro + ":" + digits).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Whether this code is the one whose value is stored, compared in constant time.
     *
     * @param folioRegistro the folio used when the value was made
     * @param stored the stored value
     * @param clave the host's secret key used when the value was made
     * @return {@code true} when they match
     */
    public boolean coincide(Folio folioRegistro, Sha256 stored, ClaveCodigos clave) {
        return MessageDigest.isEqual(digest(folioRegistro, clave).bytes(), stored.bytes());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CodigoValidacion c
                && MessageDigest.isEqual(digits.getBytes(StandardCharsets.US_ASCII),
                        c.digits.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /** @return {@code "*****"}: the code is never shown */
    @Override
    public String toString() {
        return "*****";
    }
}
