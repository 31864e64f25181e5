package mx.buzon.crypto;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a revocation source says about one certificate.
 *
 * <p>Examples: {@code RevocationStatus.good()}; {@code RevocationStatus.revoked(2022-11-01T04:17:03Z)};
 * {@code RevocationStatus.unknown("OCSP tryLater")}. Immutable and thread-safe.
 *
 * @param state good, revoked or unknown
 * @param revokedAt when it was revoked (only for {@link State#REVOKED}, when the source says)
 * @param detail a short Spanish or technical explanation for messages, e.g. {@code "OCSP tryLater"}; never
 *        a secret
 */
public record RevocationStatus(State state, Optional<Instant> revokedAt, String detail) {

    /** The three answers a revocation source can give. */
    public enum State {
        /** Not revoked at the time of the answer. */
        GOOD,
        /** Revoked: must not be used. */
        REVOKED,
        /** The source could not say (no answer, an error, a certificate it does not know). */
        UNKNOWN
    }

    /**
     * @param state the state
     * @param revokedAt the revocation instant, only with {@link State#REVOKED}
     * @param detail the explanation
     */
    public RevocationStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(revokedAt, "revokedAt");
        Objects.requireNonNull(detail, "detail");
        if (revokedAt.isPresent() && state != State.REVOKED) {
            throw new IllegalArgumentException("only a REVOKED status has a revocation instant: " + state);
        }
    }

    /** @return not revoked */
    public static RevocationStatus good() {
        return new RevocationStatus(State.GOOD, Optional.empty(), "vigente según la fuente de revocación");
    }

    /**
     * @param revokedAt when
     * @return revoked
     */
    public static RevocationStatus revoked(Instant revokedAt) {
        return new RevocationStatus(State.REVOKED, Optional.of(revokedAt), "revocado");
    }

    /**
     * @param detail why it is unknown, e.g. {@code "OCSP tryLater"}
     * @return unknown
     */
    public static RevocationStatus unknown(String detail) {
        return new RevocationStatus(State.UNKNOWN, Optional.empty(), detail);
    }
}
