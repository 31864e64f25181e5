package mx.buzon.core.notificacion;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.plazo.Vencimiento;
import mx.buzon.calendar.plazo.Via;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.workflow.internal.Acuses;
import mx.buzon.core.workflow.internal.Steps;

/**
 * The electronic notification workflow (Lineamientos 7.1–7.5, Transitorio Segundo; CFF arts. 134 fr. I and 135):
 * aviso sent → opened within three días hábiles (notified when opened, with the hours of 7.2) or deemed notified
 * on the fourth día hábil at 09:30 Zona Centro; then it surte efectos the next día hábil and the deadlines run.
 * All dates come from {@link BuzonPlazos}; this class adds the states, the acuses and the rejections.
 *
 * <h2>Commands</h2>
 * <ul>
 * <li>{@link #enviarAviso}: refused when the acto is not yet available in the Buzón that day (Transitorio Segundo,
 *     {@link mx.buzon.core.catalog.Tramite#disponibleEl}). Accepted with <em>no</em> acuse: the aviso is a message
 *     (7.3), not an acuse.</li>
 * <li>{@link #abrir}: pending and opened within the three días hábiles (judged on the domicile's date) →
 *     {@link EstadoNotificacion#ABIERTA}, acuse de notificación abierta at the opening instant, notified at
 *     {@link BuzonPlazos#notifiedAt} of it. Pending and opened later (the host had not yet run
 *     {@link #tenerPorNotificada}) → {@link EstadoNotificacion#TENIDA_POR_NOTIFICADA} at the fourth día hábil
 *     09:30, with the automatic acuse dated then: opening late never changes the notification date. Already
 *     notified → the same state, no new acuse (idempotent).</li>
 * <li>{@link #tenerPorNotificada}: pending and at or after the fourth día hábil 09:30 → tenida por notificada with
 *     its automatic acuse (7.5); earlier → refused; already tenida → the same state, no acuse; already opened →
 *     refused.</li>
 * </ul>
 * An opening before the aviso, or before the recorded opening, is refused. Thread-safe if the folio sequence is.
 */
public final class NotificacionWorkflow {

    private final BuzonPlazos plazos;
    private final PostalCodeZones zonas;
    private final FolioSequence folios;
    private final AnunciosImss anuncios;

    private NotificacionWorkflow(BuzonPlazos plazos, PostalCodeZones zonas, FolioSequence folios,
            AnunciosImss anuncios) {
        this.plazos = plazos;
        this.zonas = zonas;
        this.folios = folios;
        this.anuncios = anuncios;
    }

    /**
     * A workflow over a calendar, a folio sequence and the IMSS's announcements of deferred trámites.
     *
     * @param plazos the timing rules with the calendar, e.g. {@code BuzonPlazos.of(ReferenceCalendars.imss())}
     * @param zonas the postal-code table giving the domicile zone (5.8), e.g. {@link PostalCodeZones#reference()}
     * @param folios the host's source of unique folio numbers
     * @param anuncios when the deferred actos (7.5–7.18) became available, e.g. {@link AnunciosImss#NINGUNO}
     * @return the workflow
     */
    public static NotificacionWorkflow of(BuzonPlazos plazos, PostalCodeZones zonas, FolioSequence folios,
            AnunciosImss anuncios) {
        return new NotificacionWorkflow(Objects.requireNonNull(plazos, "plazos"), Objects.requireNonNull(zonas, "zonas"),
                Objects.requireNonNull(folios, "folios"), Objects.requireNonNull(anuncios, "anuncios"));
    }

    /** @return the timing rules this workflow applies */
    public BuzonPlazos plazos() {
        return plazos;
    }

    /**
     * Sends the aviso of a notification (Lineamientos 7.3): a new pending notification with its folio.
     *
     * @param aviso the addressee, acto and document digest
     * @param avisoEl the instant the aviso is sent
     * @return the pending notification (no acuse), or the rejection when the acto is not yet available
     */
    public Outcome<Notificacion> enviarAviso(AvisoNotificacion aviso, Instant avisoEl) {
        Objects.requireNonNull(aviso, "aviso");
        Objects.requireNonNull(avisoEl, "avisoEl");
        LocalDate day = avisoEl.atZone(MexicanTime.ZONA_CENTRO).toLocalDate();
        if (!aviso.acto().tramite().disponibleEl(day, anuncios)) {
            return Outcome.rejectedCreation(Rejection.of(NotificacionErrorCode.NOTIFICACION_ACTO_NO_DISPONIBLE,
                    aviso.acto().numero(), aviso.acto().numero(), aviso.acto().texto(), day));
        }
        ZoneId zona = Acuses.zonaDomicilio(aviso.particular(), zonas);
        Notificacion n = new Notificacion(nextFolio(avisoEl), aviso.particular(), aviso.acto(),
                aviso.documentoSha256(), aviso.referencia(), zona, avisoEl, EstadoNotificacion.PENDIENTE, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Outcome.Accepted<>(n, Optional.empty());
    }

    /**
     * The particular opens the document (Lineamientos 7.2, 7.4); idempotent.
     *
     * @param n the notification
     * @param noCertificado the número de certificado of the e.firma that opens it (SAT's 20 digits; CFF art. 134
     *     fr. I: the acuse is the document the addressee transmits with the e.firma)
     * @param aperturaEl the instant of opening, not before the aviso
     * @return the new state and its acuse (notificación abierta, or tenida por notificada when opened too late),
     *     the same state without acuse when already notified, or the rejection
     * @throws IllegalArgumentException if {@code noCertificado} is not in the SAT's 20-digit form
     * @throws mx.buzon.calendar.CalendarException for dates outside 1900–2299, or of an unconfirmed year when the
     *     calendar is strict
     */
    public Outcome<Notificacion> abrir(Notificacion n, NumeroCertificado noCertificado, Instant aperturaEl) {
        Objects.requireNonNull(n, "n");
        Acuses.requireSatForm(noCertificado);
        Objects.requireNonNull(aperturaEl, "aperturaEl");
        if (aperturaEl.isBefore(n.avisoEl())) {
            return Outcome.rejected(n, Rejection.of(NotificacionErrorCode.NOTIFICACION_APERTURA_ANTES_DEL_AVISO,
                    aperturaEl.toString(), aperturaEl, n.avisoEl()));
        }
        Optional<Rejection> order = n.aperturaEl().flatMap(last -> Steps.notBefore(aperturaEl, last,
                NotificacionErrorCode.NOTIFICACION_INSTANTE_ANTERIOR));
        if (order.isPresent()) {
            return Outcome.rejected(n, order.get());
        }
        if (n.estado().isNotificada()) {
            return Outcome.unchanged(n);
        }
        NotificacionTiming timing = plazos.notificacion(n.avisoEl(), aperturaEl, n.zonaDomicilio());
        if (timing.via() == Via.APERTURA) {
            Notificacion next = notified(n, EstadoNotificacion.ABIERTA, Optional.of(aperturaEl), timing, aperturaEl);
            return Outcome.accepted(next, NotificacionAcuses.abierta(next, noCertificado));
        }
        Notificacion next = notified(n, EstadoNotificacion.TENIDA_POR_NOTIFICADA, Optional.of(aperturaEl), timing,
                timing.notificadaEl());
        return Outcome.accepted(next, NotificacionAcuses.tenidaPorNotificada(next));
    }

    /**
     * The notification is deemed made on the fourth día hábil at 09:30 Zona Centro because the document was not
     * opened in time (Lineamientos 7.5; CFF art. 134 fr. I); idempotent once tenida.
     *
     * @param n the notification
     * @param el the instant the host runs the step, not before the deemed instant
     * @return the new state with the automatic acuse (dated at the deemed instant), the same state without acuse
     *     when already tenida, or the rejection
     * @throws mx.buzon.calendar.CalendarException for dates outside 1900–2299, or of an unconfirmed year when the
     *     calendar is strict
     */
    public Outcome<Notificacion> tenerPorNotificada(Notificacion n, Instant el) {
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(el, "el");
        switch (n.estado()) {
            case TENIDA_POR_NOTIFICADA:
                return Outcome.unchanged(n);
            case ABIERTA:
                return Outcome.rejected(n, Rejection.of(NotificacionErrorCode.NOTIFICACION_YA_ABIERTA,
                        n.folio().toString(), n.folio(), n.aperturaEl().orElseThrow()));
            default:
                break;
        }
        NotificacionTiming timing = plazos.notificacion(n.avisoEl(), n.zonaDomicilio());
        if (el.isBefore(timing.notificadaEl())) {
            return Outcome.rejected(n, Rejection.of(NotificacionErrorCode.NOTIFICACION_PLAZO_PARA_ABRIR_VIGENTE,
                    el.toString(), timing.diasParaAbrir().get(2), timing.notificadaEl()
                            .atZone(MexicanTime.ZONA_CENTRO).toLocalDate()));
        }
        Notificacion next = notified(n, EstadoNotificacion.TENIDA_POR_NOTIFICADA, Optional.empty(), timing,
                timing.notificadaEl());
        return Outcome.accepted(next, NotificacionAcuses.tenidaPorNotificada(next));
    }

    /**
     * The end of a legal plazo that runs from a notification (CFF arts. 12, 135), once it is made.
     *
     * @param n the notification
     * @param plazo e.g. {@link PlazoLegal#RECURSO_INCONFORMIDAD_PATRON}
     * @return the end (e.g. 2026-03-31 for a notification that surte efectos on 2026-03-09), or empty while pending
     * @throws mx.buzon.calendar.CalendarException for dates outside 1900–2299, or of an unconfirmed year when the
     *     calendar is strict
     */
    public Optional<Vencimiento> vencimiento(Notificacion n, PlazoLegal plazo) {
        Objects.requireNonNull(n, "n");
        Objects.requireNonNull(plazo, "plazo");
        return n.surteEfectos().map(surte -> plazos.plazo(plazo, surte));
    }

    private Notificacion notified(Notificacion n, EstadoNotificacion estado, Optional<Instant> apertura,
            NotificacionTiming timing, Instant acuseEl) {
        return new Notificacion(n.folio(), n.particular(), n.acto(), n.documentoSha256(), n.referencia(),
                n.zonaDomicilio(),
                n.avisoEl(), estado, apertura, Optional.of(timing.notificadaEl()), Optional.of(timing.surteEfectos()),
                Optional.of(nextFolio(acuseEl)));
    }

    private Folio nextFolio(Instant el) {
        return Steps.nextFolio(folios, el);
    }

    @Override
    public String toString() {
        return "NotificacionWorkflow[" + plazos + "]";
    }
}
