package mx.buzon.acuse;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.NumeroCertificado;

/**
 * What an acuse's embedded data says about itself, as far as the verifier needs it.
 *
 * <p>Produced from the embedded JSON by an {@link AcuseClaimsReader} the caller supplies (the JSON format
 * belongs to the domain module). Example: {@code AcuseClaims[AUTORIZACION_OPINION_PUBLICA,
 * BI-20260313-100717151, GODE561231GR8, ...]}. Immutable and thread-safe.
 *
 * @param tipo the acuse type key, e.g. {@code "PROMOCION_RECIBIDA"}
 * @param folio the folio, e.g. {@code "BI-20250203-100717151"}
 * @param rfc the particular's RFC, e.g. {@code "GODE561231GR8"}
 * @param cadenaOriginal the cadena original, exactly as signed
 * @param selloDigital the sello digital (Base64)
 * @param firmaParticular the firma del particular (Base64), when the particular signed
 * @param noCertificado the número de certificado of the e.firma that signed, when the acuse names one
 *     (its {@code NoCertificado} field)
 * @param verificationUrl the URL the QR code must carry
 */
public record AcuseClaims(String tipo, String folio, String rfc, String cadenaOriginal, String selloDigital,
        Optional<String> firmaParticular, Optional<NumeroCertificado> noCertificado, String verificationUrl) {

    /** Checks that no part is null or blank. */
    public AcuseClaims {
        Texts.requireNotBlank(tipo, "tipo");
        Texts.requireNotBlank(folio, "folio");
        Texts.requireNotBlank(rfc, "rfc");
        Texts.requireNotBlank(cadenaOriginal, "cadenaOriginal");
        Texts.requireNotBlank(selloDigital, "selloDigital");
        Objects.requireNonNull(firmaParticular, "firmaParticular");
        Objects.requireNonNull(noCertificado, "noCertificado");
        Texts.requireNotBlank(verificationUrl, "verificationUrl");
    }

    /**
     * The claims of an acuse the particular did not sign and that names no certificate; add those parts with
     * {@link #withFirmaParticular} and {@link #withNoCertificado}.
     *
     * @param tipo e.g. {@code "RECEPCION_PROMOCION"}
     * @param folio e.g. {@code "BI-20250203-100717151"}
     * @param rfc e.g. {@code "GODE561231GR8"}
     * @param cadenaOriginal the cadena, exactly as signed
     * @param selloDigital the sello digital (Base64)
     * @param verificationUrl the URL the QR code must carry
     * @return the claims
     */
    public static AcuseClaims of(String tipo, String folio, String rfc, String cadenaOriginal, String selloDigital,
            String verificationUrl) {
        return new AcuseClaims(tipo, folio, rfc, cadenaOriginal, selloDigital, Optional.empty(), Optional.empty(),
                verificationUrl);
    }

    /**
     * @param firma the firma del particular (Base64)
     * @return a copy carrying it
     */
    public AcuseClaims withFirmaParticular(String firma) {
        return new AcuseClaims(tipo, folio, rfc, cadenaOriginal, selloDigital, Optional.of(firma), noCertificado,
                verificationUrl);
    }

    /**
     * @param numero the número de certificado of the e.firma that signed
     * @return a copy carrying it
     */
    public AcuseClaims withNoCertificado(NumeroCertificado numero) {
        return new AcuseClaims(tipo, folio, rfc, cadenaOriginal, selloDigital, firmaParticular, Optional.of(numero),
                verificationUrl);
    }
}
