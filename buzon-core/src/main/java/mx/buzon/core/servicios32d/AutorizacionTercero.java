package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.util.Objects;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;

/**
 * A third party authorized to consult the particular's opinión del cumplimiento (relación de trámites 9.1 and 9.2).
 *
 * <p>Example: {@code AutorizacionTercero[tercero=COSC8001137NA, autorizadaEl=2026-03-02T17:00:00Z,
 * folioAcuse=BI-20260302-000000007]}. Immutable and thread-safe.
 *
 * @param tercero the third party's RFC
 * @param autorizadaEl when the authorization was signed
 * @param folioAcuse the folio of the acuse de autorización
 */
public record AutorizacionTercero(Rfc tercero, Instant autorizadaEl, Folio folioAcuse) {

    /**
     * Checks the components.
     *
     * @param tercero RFC
     * @param autorizadaEl instant
     * @param folioAcuse folio
     */
    public AutorizacionTercero {
        Objects.requireNonNull(tercero, "tercero");
        Objects.requireNonNull(autorizadaEl, "autorizadaEl");
        Objects.requireNonNull(folioAcuse, "folioAcuse");
    }
}
