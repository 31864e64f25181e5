package mx.buzon.core.medios;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mx.buzon.core.cadena.Sha256;

/**
 * The host's secret key under which pending validation codes are stored (HMAC-SHA256), e.g. 32 random bytes
 * kept in the host's secret store, the same across restarts.
 *
 * <p>Why a key: a 5-digit code has only 100,000 values, so any digest the state keeps without a secret can be
 * reversed by trying them all, by anyone who can read the stored state (a backup, a log of the JSON). Keyed with
 * a secret that is not in the state, the stored value reveals nothing without the key. Rotating the key makes
 * every pending code invalid (the particular asks for a new one), which is harmless.
 *
 * <p>It is not a password and never appears in {@link #toString()} or JSON. The bytes are copied in and never
 * handed out. Immutable and thread-safe.
 */
public final class ClaveCodigos {

    /** The smallest key accepted, in bytes (256 bits, the HMAC-SHA256 block security). */
    public static final int MIN_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final byte[] key;

    private ClaveCodigos(byte[] key) {
        this.key = key;
    }

    /**
     * A key from the host's secret bytes, copied (the caller may wipe its array afterwards).
     *
     * @param key at least {@value #MIN_BYTES} bytes from a secure source
     * @return the key
     * @throws IllegalArgumentException when the key is shorter than {@value #MIN_BYTES} bytes (the message does
     *     not include it)
     */
    public static ClaveCodigos of(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("ClaveCodigos needs at least " + MIN_BYTES + " bytes, got " + key.length);
        }
        return new ClaveCodigos(key.clone());
    }

    /**
     * HMAC-SHA256 of the data under this key.
     *
     * @param data the bytes to authenticate
     * @return the 32-byte MAC
     */
    Sha256 mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return Sha256.of(mac.doFinal(data));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
        }
    }

    /** @return a fixed text that never includes the key */
    @Override
    public String toString() {
        return "ClaveCodigos[oculta, " + key.length + " bytes]";
    }

    /** Keys are not compared by value: two instances are equal only when they are the same object. */
    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
