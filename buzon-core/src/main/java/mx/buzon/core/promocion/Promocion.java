package mx.buzon.core.promocion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.id.Folio;

/**
 * A promoción electrónica (aclaración u orientación) and everything that happened to it, as the tablero shows it
 * (Guía de Promociones Electrónicas; Lineamientos 6.1, 6.3, 5.8).
 *
 * <p>The folio is the one of the acuse de recepción ("aparecerá el folio con el cual podrás dar seguimiento").
 * {@code recibidaEl} and {@code fechaRecepcion} apply Lineamientos 6.3 in the domicile's zone (5.8): filed on a
 * día inhábil, it counts as received at 00:00 of the next día hábil. The status and the current asunto follow
 * from {@code historial}, whose first movement is the recepción.
 *
 * <p>Invariants, checked by the constructor (a state breaking them cannot exist): the history starts with one
 * {@link EstatusPromocion#RECIBIDA} whose acuse folio is the promoción's folio, at {@code presentadaEl}; later
 * movements are never {@code RECIBIDA}, their instants do not go back, nothing follows {@code ATENDIDA}; an
 * aclaración has its telephone and evidence; the description satisfies {@link PromocionWorkflow#validarDescripcion}.
 * Immutable and thread-safe. Built by {@link PromocionWorkflow}, not by hand.
 *
 * @param folio the folio of the acuse de recepción, e.g. {@code BI-20260302-000000001}
 * @param particular who filed it
 * @param tipo the service: aclaración or orientación
 * @param asunto the asunto chosen when filing (see {@link #asuntoActual()} after a canalización)
 * @param descripcion the planteamiento, NFC-normalised, at most 4,000 code points
 * @param telefono the 10-digit telephone (required for an aclaración)
 * @param evidencia the ZIP of evidence (required for an aclaración)
 * @param zonaDomicilio the zone of the domicilio fiscal used for the legal date (5.8)
 * @param presentadaEl the instant the particular sent it (the acuse's instant)
 * @param recibidaEl the instant it legally counts as received (6.3)
 * @param fechaRecepcion the legal date of receipt in the domicile zone (the tablero's "Fecha de recepción")
 * @param historial every movement, oldest first
 */
public record Promocion(Folio folio, Particular particular, TipoPromocion tipo, AsuntoPromocion asunto,
        String descripcion, Optional<Telefono> telefono, Optional<Evidencia> evidencia, ZoneId zonaDomicilio,
        Instant presentadaEl, Instant recibidaEl, LocalDate fechaRecepcion, List<Movimiento> historial) {

    /**
     * Checks the invariants and copies the history.
     *
     * @param folio folio
     * @param particular particular
     * @param tipo tipo
     * @param asunto asunto
     * @param descripcion description
     * @param telefono telephone
     * @param evidencia evidence
     * @param zonaDomicilio zone
     * @param presentadaEl filed at
     * @param recibidaEl received at
     * @param fechaRecepcion legal date
     * @param historial history
     */
    public Promocion {
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(asunto, "asunto");
        Objects.requireNonNull(descripcion, "descripcion");
        Objects.requireNonNull(telefono, "telefono");
        Objects.requireNonNull(evidencia, "evidencia");
        Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        Objects.requireNonNull(presentadaEl, "presentadaEl");
        Objects.requireNonNull(recibidaEl, "recibidaEl");
        Objects.requireNonNull(fechaRecepcion, "fechaRecepcion");
        historial = List.copyOf(historial);
        if (!java.text.Normalizer.isNormalized(descripcion, java.text.Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("the description of promoción " + folio + " must be NFC-normalised");
        }
        PromocionWorkflow.validarDescripcion(descripcion).ifPresent(r -> {
            throw new IllegalArgumentException(r.message());
        });
        if (tipo.requiereTelefono() && telefono.isEmpty()) {
            throw new IllegalArgumentException(PromocionErrorCode.PROMOCION_TELEFONO_REQUERIDO.message());
        }
        if (tipo.requiereEvidencia() && evidencia.isEmpty()) {
            throw new IllegalArgumentException(PromocionErrorCode.PROMOCION_EVIDENCIA_REQUERIDA.message());
        }
        if (!fechaRecepcion.equals(recibidaEl.atZone(zonaDomicilio).toLocalDate())) {
            throw new IllegalArgumentException("the fecha de recepción of promoción " + folio + " is the date of "
                    + recibidaEl + " in " + zonaDomicilio + " (Lineamientos 5.8, 6.3), not " + fechaRecepcion);
        }
        if (recibidaEl.isBefore(presentadaEl)) {
            throw new IllegalArgumentException("a promoción is received (6.3) at or after it is filed: "
                    + recibidaEl + " < " + presentadaEl);
        }
        if (historial.isEmpty() || historial.get(0).estatus() != EstatusPromocion.RECIBIDA
                || !historial.get(0).folioAcuse().equals(folio) || !historial.get(0).el().equals(presentadaEl)) {
            throw new IllegalArgumentException("the history of promoción " + folio + " must start with its "
                    + "recepción (folio " + folio + ", at " + presentadaEl + "): " + historial);
        }
        for (int i = 1; i < historial.size(); i++) {
            Movimiento previous = historial.get(i - 1);
            Movimiento current = historial.get(i);
            if (current.estatus() == EstatusPromocion.RECIBIDA || previous.estatus().isFinal()
                    || current.el().isBefore(previous.el())) {
                throw new IllegalArgumentException("movement " + i + " of promoción " + folio + " cannot follow "
                        + previous.estatus() + " at " + previous.el() + ": " + current);
            }
        }
    }

    /** @return the current status: the one of the last movement */
    public EstatusPromocion estatus() {
        return ultimoMovimiento().estatus();
    }

    /** @return the last movement */
    public Movimiento ultimoMovimiento() {
        return historial.get(historial.size() - 1);
    }

    /** @return the asunto after the last canalización, else the one chosen when filing */
    public AsuntoPromocion asuntoActual() {
        for (int i = historial.size() - 1; i >= 0; i--) {
            Optional<AsuntoPromocion> canalizada = historial.get(i).asunto();
            if (canalizada.isPresent()) {
                return canalizada.get();
            }
        }
        return asunto;
    }

    /** @return the tablero's "Respuesta a partir del": the date set by the last prórroga or canalización */
    public Optional<LocalDate> respuestaAPartirDel() {
        for (int i = historial.size() - 1; i >= 0; i--) {
            Optional<LocalDate> fecha = historial.get(i).nuevaFechaRespuesta();
            if (fecha.isPresent()) {
                return fecha;
            }
        }
        return Optional.empty();
    }

    /** @return the tablero's "Fecha de respuesta/Canalización": the instant of the response or last canalización */
    public Optional<Instant> fechaRespuestaOCanalizacion() {
        for (int i = historial.size() - 1; i >= 0; i--) {
            Movimiento m = historial.get(i);
            if (m.estatus() == EstatusPromocion.ATENDIDA || m.estatus() == EstatusPromocion.CANALIZADA) {
                return Optional.of(m.el());
            }
        }
        return Optional.empty();
    }

    Promocion with(Movimiento movimiento) {
        List<Movimiento> next = new java.util.ArrayList<>(historial);
        next.add(movimiento);
        return new Promocion(folio, particular, tipo, asunto, descripcion, telefono, evidencia, zonaDomicilio,
                presentadaEl, recibidaEl, fechaRecepcion, next);
    }
}
