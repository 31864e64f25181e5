package mx.buzon.crypto;

import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * A source of revocation status, plugged in by the host: an OCSP client ({@link Ocsp#checker}), a CRL the
 * host downloads, a cache, or a fixed answer in tests.
 *
 * <p>Implementations must not throw for an unreachable source: they answer
 * {@link RevocationStatus#unknown(String)}. They should be thread-safe.
 */
@FunctionalInterface
public interface RevocationChecker {

    /**
     * @param certificate the certificate to ask about
     * @param issuer the CA that issued it (needed to build an OCSP request)
     * @param at the instant of the validation
     * @return what the source says
     */
    RevocationStatus status(EfirmaCertificate certificate, X509Certificate issuer, Instant at);
}
