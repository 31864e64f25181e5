package mx.buzon.crypto.internal;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.Signature;

/**
 * SHA256withRSA {@link Signature}s from one cached {@link Provider} instance.
 *
 * <p>{@code Signature.getInstance(algorithm)} walks the JVM's provider list on every call, which costs more
 * than an RSA-2048 verification; asking the provider found once (the JDK's {@code SunRsaSign} on a standard JVM)
 * costs almost nothing, so every sello and verification creates its own {@code Signature} and nothing with a
 * key in it outlives the call (no {@link ThreadLocal}). The provider list itself is never modified.
 */
public final class Jca {

    /** The algorithm of the sello digital. */
    public static final String SHA256_WITH_RSA = "SHA256withRSA";

    private Jca() {
    }

    private static final class Holder {
        static final Provider PROVIDER = find();

        private static Provider find() {
            try {
                return Signature.getInstance(SHA256_WITH_RSA).getProvider();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java SE runtime provides SHA256withRSA", e);
            }
        }
    }

    /**
     * @return a new, uninitialised SHA256withRSA signature of the cached provider
     * @throws GeneralSecurityException never on a standard JVM
     */
    public static Signature sha256WithRsa() throws GeneralSecurityException {
        return Signature.getInstance(SHA256_WITH_RSA, Holder.PROVIDER);
    }
}
