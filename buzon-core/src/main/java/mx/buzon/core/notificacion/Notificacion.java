package mx.buzon.core.notificacion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.id.Folio;

/**
 * An electronic notification through the Buzón IMSS: the acto notified, when its aviso was sent, and whether and
 * when it was made (Lineamientos 7.1–7.5; CFF arts. 134 fr. I and 135).
 *
 * <p>Invariants, checked by the constructor: {@link EstadoNotificacion#PENDIENTE} has no opening, no notification
 * instant, no surte-efectos date and no acuse; {@link EstadoNotificacion#ABIERTA} has all four;
 * {@link EstadoNotificacion#TENIDA_POR_NOTIFICADA} has the last three and an opening only when a late opening
 * triggered it; an opening is never before the aviso and the notification is never before the aviso. That the
 * instants follow the calendar's rules is checked by {@link #timing(BuzonPlazos)}, which recomputes them.
 *
 * <p>Example: aviso Monday 2 March 2026, not opened → {@code TENIDA_POR_NOTIFICADA}, {@code notificadaEl}
 * 2026-03-06T15:30:00Z (09:30 Zona Centro), {@code surteEfectos} 2026-03-09. Immutable and thread-safe. Built by
 * {@link NotificacionWorkflow}.
 *
 * @param folio the notification's folio, assigned when the aviso is sent
 * @param particular the addressee
 * @param acto what is notified (relación de trámites 7.1–7.18)
 * @param documentoSha256 the digest of the digital document notified (it enters the acuse's cadena)
 * @param referencia a reference of the document (número de oficio, crédito), if any
 * @param zonaDomicilio the zone of the domicilio fiscal used for dates (5.8)
 * @param avisoEl when the aviso was sent (7.3)
 * @param estado where it stands
 * @param aperturaEl when the particular opened the document, if that made or triggered the notification
 * @param notificadaEl when the notification is made (7.2, 7.4, 7.5)
 * @param surteEfectos the día hábil after the notification (CFF art. 135)
 * @param folioAcuse the folio of the acuse de notificación
 */
public record Notificacion(Folio folio, Particular particular, ActoNotificable acto, Sha256 documentoSha256,
        Optional<String> referencia, ZoneId zonaDomicilio, Instant avisoEl, EstadoNotificacion estado, Optional<Instant> aperturaEl,
        Optional<Instant> notificadaEl, Optional<LocalDate> surteEfectos, Optional<Folio> folioAcuse) {

    /**
     * Checks the invariants.
     *
     * @param folio folio
     * @param particular addressee
     * @param acto acto
     * @param documentoSha256 document digest
     * @param referencia reference
     * @param zonaDomicilio zone
     * @param avisoEl aviso instant
     * @param estado state
     * @param aperturaEl opening
     * @param notificadaEl notification instant
     * @param surteEfectos surte efectos
     * @param folioAcuse acuse folio
     */
    public Notificacion {
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(acto, "acto");
        Objects.requireNonNull(documentoSha256, "documentoSha256");
        Objects.requireNonNull(referencia, "referencia");
        Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        Objects.requireNonNull(avisoEl, "avisoEl");
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(aperturaEl, "aperturaEl");
        Objects.requireNonNull(notificadaEl, "notificadaEl");
        Objects.requireNonNull(surteEfectos, "surteEfectos");
        Objects.requireNonNull(folioAcuse, "folioAcuse");
        boolean made = notificadaEl.isPresent() && surteEfectos.isPresent() && folioAcuse.isPresent();
        boolean none = notificadaEl.isEmpty() && surteEfectos.isEmpty() && folioAcuse.isEmpty();
        boolean ok = switch (estado) {
            case PENDIENTE -> none && aperturaEl.isEmpty();
            case ABIERTA -> made && aperturaEl.isPresent();
            case TENIDA_POR_NOTIFICADA -> made;
        };
        if (!ok) {
            throw new IllegalArgumentException("notification " + folio + " in state " + estado + " has inconsistent "
                    + "data: apertura=" + aperturaEl + ", notificada=" + notificadaEl + ", surte=" + surteEfectos
                    + ", acuse=" + folioAcuse);
        }
        if (aperturaEl.filter(a -> a.isBefore(avisoEl)).isPresent()
                || notificadaEl.filter(n -> n.isBefore(avisoEl)).isPresent()) {
            throw new IllegalArgumentException("notification " + folio + ": nothing happens before the aviso ("
                    + avisoEl + "): apertura=" + aperturaEl + ", notificada=" + notificadaEl);
        }
        if (surteEfectos.isPresent()
                && !surteEfectos.get().isAfter(notificadaEl.orElseThrow().atZone(zonaDomicilio).toLocalDate())) {
            throw new IllegalArgumentException("notification " + folio + " surte efectos (CFF art. 135) after the day "
                    + "it is made: " + surteEfectos.get() + " vs " + notificadaEl.get());
        }
    }

    /**
     * The timing of this notification under the calendar's rules, recomputed from the aviso and the opening that
     * made it (for a pending one: as if it were never opened, i.e. when it will be deemed notified).
     *
     * @param plazos the rules with the calendar, e.g. {@code BuzonPlazos.of(ReferenceCalendars.imss())}
     * @return the timing; for a notified one its {@code notificadaEl} and {@code surteEfectos} equal this record's
     */
    public NotificacionTiming timing(BuzonPlazos plazos) {
        return estado == EstadoNotificacion.ABIERTA ? plazos.notificacion(avisoEl, aperturaEl.orElseThrow(), zonaDomicilio)
                : plazos.notificacion(avisoEl, zonaDomicilio);
    }
}
