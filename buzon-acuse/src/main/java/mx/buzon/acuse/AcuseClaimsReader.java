package mx.buzon.acuse;

/**
 * Interprets the JSON embedded in an acuse as {@link AcuseClaims}: the hook through which the domain module's
 * JSON format reaches the verifier.
 *
 * <p>Example: {@code json -> AcuseJson.read(json).claims()}. Implementations must be thread-safe when the
 * verifier is shared between threads.
 */
@FunctionalInterface
public interface AcuseClaimsReader {

    /**
     * @param utf8Json the embedded data, as read from the PDF
     * @return the claims
     * @throws IllegalArgumentException (or any runtime exception) when the data is not an acuse's; the
     *     verifier reports it as {@link AcuseErrorCode#ACUSE_DATOS_ILEGIBLES}
     */
    AcuseClaims read(byte[] utf8Json);
}
