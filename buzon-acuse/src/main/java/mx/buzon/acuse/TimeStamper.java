package mx.buzon.acuse;

/**
 * The host's RFC 3161 time-stamping client, for seals at PAdES baseline B-T (see
 * {@link AcuseIssuer.Builder#timeStamper}). The SDK does no network I/O: the host sends the request to its
 * time-stamping authority and returns the token.
 *
 * <p>Example with Bouncy Castle: build a {@code TimeStampRequest} for SHA-256 of {@code signatureValue}, send it,
 * and return {@code response.getTimeStampToken().getEncoded()}.
 *
 * <p>Implementations must be thread-safe when the issuer is shared between threads.
 */
@FunctionalInterface
public interface TimeStamper {

    /**
     * @param signatureValue the bytes to time-stamp (the seal's RSA signature value): the request's message
     *     imprint is their SHA-256
     * @return the DER {@code TimeStampToken} (a CMS ContentInfo, RFC 3161 §2.4.2)
     * @throws RuntimeException when no token can be obtained; the acuse is then not issued
     */
    byte[] timeStampToken(byte[] signatureValue);
}
