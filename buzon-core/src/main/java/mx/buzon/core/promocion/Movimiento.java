package mx.buzon.core.promocion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.id.Folio;

/**
 * One step in the life of a promoción, with the folio of the acuse that proves it (Lineamientos 6.1).
 *
 * <p>Example: {@code Movimiento[estatus=EN_PRORROGA, el=2026-03-10T17:00:00Z, folioAcuse=BI-20260310-000000002,
 * asunto=empty, nuevaFechaRespuesta=2026-03-20, respuestaSha256=empty]}. Immutable and thread-safe.
 *
 * @param estatus the status the step leads to
 * @param el the instant of the step
 * @param folioAcuse the folio of the acuse issued for the step
 * @param asunto the new asunto (canalización only)
 * @param nuevaFechaRespuesta the new response date (prórroga and canalización)
 * @param respuestaSha256 the digest of the response text (response only; the text is the host's)
 */
public record Movimiento(EstatusPromocion estatus, Instant el, Folio folioAcuse, Optional<AsuntoPromocion> asunto,
        Optional<LocalDate> nuevaFechaRespuesta, Optional<Sha256> respuestaSha256) {

    /**
     * Checks the components.
     *
     * @param estatus status
     * @param el instant
     * @param folioAcuse folio
     * @param asunto new asunto
     * @param nuevaFechaRespuesta new date
     * @param respuestaSha256 response digest
     */
    public Movimiento {
        Objects.requireNonNull(estatus, "estatus");
        Objects.requireNonNull(el, "el");
        Objects.requireNonNull(folioAcuse, "folioAcuse");
        Objects.requireNonNull(asunto, "asunto");
        Objects.requireNonNull(nuevaFechaRespuesta, "nuevaFechaRespuesta");
        Objects.requireNonNull(respuestaSha256, "respuestaSha256");
        boolean ok = switch (estatus) {
            case RECIBIDA -> asunto.isEmpty() && nuevaFechaRespuesta.isEmpty() && respuestaSha256.isEmpty();
            case EN_PRORROGA -> asunto.isEmpty() && nuevaFechaRespuesta.isPresent() && respuestaSha256.isEmpty();
            case CANALIZADA -> asunto.isPresent() && nuevaFechaRespuesta.isPresent() && respuestaSha256.isEmpty();
            case ATENDIDA -> asunto.isEmpty() && nuevaFechaRespuesta.isEmpty() && respuestaSha256.isPresent();
        };
        if (!ok) {
            throw new IllegalArgumentException("a movement to " + estatus + " carries exactly its own data "
                    + "(canalización: asunto and date; prórroga: date; respuesta: digest), got asunto=" + asunto
                    + ", fecha=" + nuevaFechaRespuesta + ", respuesta=" + respuestaSha256);
        }
    }
}
