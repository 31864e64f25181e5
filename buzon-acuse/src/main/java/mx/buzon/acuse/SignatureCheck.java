package mx.buzon.acuse;

import java.util.List;
import mx.buzon.problem.Finding;

/**
 * Checks one signature over a cadena original: the hook for the sello digital (the IMSS certificate) and the
 * firma del particular (the particular's e.firma), supplied by the caller once the crypto module is wired.
 *
 * <p>docs/LEGAL.md §5: sello and firma are Base64 of SHA256withRSA over the cadena's UTF-8 bytes. Example:
 * {@code (cadena, sello) -> crypto.verify(imssCertificate, cadena, sello) ? List.of() : List.of(Finding.error(...))}.
 * Implementations must be thread-safe when the verifier is shared between threads.
 */
@FunctionalInterface
public interface SignatureCheck {

    /**
     * @param cadenaOriginal the cadena original, exactly as in the embedded data
     * @param signatureBase64 the sello or firma, Base64
     * @return the problems found; empty when the signature is valid
     */
    List<Finding> check(String cadenaOriginal, String signatureBase64);
}
