package mx.buzon.crypto.internal;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The one Bouncy Castle provider instance of this module, passed explicitly to every JCA call that needs it.
 * It is never added to the JVM-wide provider list of {@code java.security.Security}: every use passes this instance.
 */
public final class Bc {

    private Bc() {
    }

    private static final class Holder {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }

    /** @return the shared provider instance (thread-safe, created on first use) */
    public static Provider provider() {
        return Holder.PROVIDER;
    }
}
