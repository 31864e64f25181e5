package mx.buzon.crypto;

import java.time.Instant;
import java.util.List;
import mx.buzon.problem.Finding;

/**
 * One rule about a certificate, evaluated at an instant the caller gives; a value that can be passed,
 * combined into an {@link EfirmaValidator} and tested alone. The shipped rules are in {@link EfirmaChecks}.
 *
 * <p>A rule returns findings for what is wrong and an empty list when it holds; it does not throw for a bad
 * certificate. Implementations should be immutable and thread-safe.
 */
@FunctionalInterface
public interface EfirmaCheck {

    /**
     * @param certificate the certificate
     * @param at the instant of use (for example the instant an actuación is signed)
     * @return the findings, empty when the rule holds
     */
    List<Finding> check(EfirmaCertificate certificate, Instant at);
}
