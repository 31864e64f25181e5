package mx.buzon.calendar.plazo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.internal.LazyList;
import org.jspecify.annotations.Nullable;
import mx.buzon.calendar.internal.Spanish;
import mx.buzon.calendar.zone.MexicanTime;

/**
 * When an electronic notification is made and surte efectos (Lineamientos 7.2, 7.4, 7.5; CFF arts. 134 fr. I and
 * 135), with everything used to decide it.
 *
 * <p>Example (docs/LEGAL.md §3): aviso on Monday 2 March 2026 → {@code diasParaAbrir} 3, 4, 5 March → not opened →
 * {@code notificadaEl} Friday 6 March 09:30 Zona Centro, {@link Via#CUARTO_DIA} → {@code surteEfectos} Monday
 * 9 March 2026.
 *
 * <p>Only {@link BuzonPlazos#notificacion} makes one: half of the parts follow from the others through the
 * calendar (the three días hábiles, the día it surte efectos), which a constructor could not check, so the
 * constructor is hidden rather than left to accept a contradictory value. Equality compares every part.
 * Immutable and thread-safe.
 */
public final class NotificacionTiming {

    private final Instant avisoEl;
    private final ZoneId zonaDomicilio;
    private final LocalDate fechaAviso;
    private final List<LocalDate> diasParaAbrir;
    private final Optional<Instant> aperturaEl;
    private final Via via;
    private final Instant notificadaEl;
    private final LocalDate fechaNotificacion;
    private final LocalDate surteEfectos;
    private final List<DiaInhabil> diasOmitidos;
    private final Optional<Instant> otraLectura72;
    private final List<CalendarCaveat> advertencias;

    NotificacionTiming(Instant avisoEl, ZoneId zonaDomicilio, LocalDate fechaAviso, List<LocalDate> diasParaAbrir,
            Optional<Instant> aperturaEl, Via via, Instant notificadaEl, LocalDate fechaNotificacion,
            LocalDate surteEfectos, List<DiaInhabil> diasOmitidos, Optional<Instant> otraLectura72,
            List<CalendarCaveat> advertencias) {
        this.avisoEl = Objects.requireNonNull(avisoEl, "avisoEl");
        this.zonaDomicilio = Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        this.fechaAviso = Objects.requireNonNull(fechaAviso, "fechaAviso");
        this.diasParaAbrir = List.copyOf(diasParaAbrir);
        this.aperturaEl = Objects.requireNonNull(aperturaEl, "aperturaEl");
        this.via = Objects.requireNonNull(via, "via");
        this.notificadaEl = Objects.requireNonNull(notificadaEl, "notificadaEl");
        this.fechaNotificacion = Objects.requireNonNull(fechaNotificacion, "fechaNotificacion");
        this.surteEfectos = Objects.requireNonNull(surteEfectos, "surteEfectos");
        this.diasOmitidos = LazyList.copyOf(diasOmitidos);
        this.otraLectura72 = Objects.requireNonNull(otraLectura72, "otraLectura72");
        this.advertencias = List.copyOf(advertencias);
        if (this.diasParaAbrir.size() != 3) {
            throw new IllegalArgumentException("Lineamientos 7.4 gives three días hábiles to open, got "
                    + diasParaAbrir);
        }
    }

    /** @return the instant the aviso was sent (7.3) */
    public Instant avisoEl() {
        return avisoEl;
    }

    /** @return the zone of the domicilio fiscal applied to dates (5.8) */
    public ZoneId zonaDomicilio() {
        return zonaDomicilio;
    }

    /** @return the date of the aviso in that zone */
    public LocalDate fechaAviso() {
        return fechaAviso;
    }

    /** @return the three días hábiles to open the document (7.4), from the día hábil after the aviso */
    public List<LocalDate> diasParaAbrir() {
        return diasParaAbrir;
    }

    /** @return when the particular opened the document, if they did */
    public Optional<Instant> aperturaEl() {
        return aperturaEl;
    }

    /** @return how the notification was made */
    public Via via() {
        return via;
    }

    /** @return the instant the notification is made (7.2: within 09:30–18:00 Zona Centro of a día hábil) */
    public Instant notificadaEl() {
        return notificadaEl;
    }

    /** @return the date of {@link #notificadaEl()} in the domicile zone */
    public LocalDate fechaNotificacion() {
        return fechaNotificacion;
    }

    /** @return the día hábil after the notification (CFF art. 135); deadlines run from the día hábil after it */
    public LocalDate surteEfectos() {
        return surteEfectos;
    }

    /**
     * The inhábil days from the day after the aviso up to {@link #surteEfectos()}, with reasons; computed on first
     * read, so a notification costs nothing for its explanation until the explanation, or this list, is used.
     *
     * @return the days, oldest first
     */
    public List<DiaInhabil> diasOmitidos() {
        return diasOmitidos;
    }

    /**
     * For a document opened before 09:30 of a día hábil, when the other reading of Lineamientos 7.2
     * ({@link EarlyAcuseRule}) gives a different date: the instant it gives.
     *
     * @return that instant, otherwise empty
     */
    public Optional<Instant> otraLectura72() {
        return otraLectura72;
    }

    /**
     * The caveats: not empty when the dates from the aviso to {@link #surteEfectos()} include a year whose declared
     * days are not confirmed (the plazos that run afterwards carry their own).
     *
     * @return the caveats
     */
    public List<CalendarCaveat> advertencias() {
        return advertencias;
    }

    /**
     * Whether the answer is certain: no caveat.
     *
     * @return true when {@link #advertencias()} is empty
     */
    public boolean isCertain() {
        return advertencias.isEmpty();
    }

    /**
     * The notification instant as the Buzón's clock shows it (Zona Centro, 5.7).
     *
     * @return e.g. {@code 2026-03-06T09:30-06:00[America/Mexico_City]}
     */
    public ZonedDateTime notificadaEnZonaCentro() {
        return notificadaEl.atZone(MexicanTime.ZONA_CENTRO);
    }

    /**
     * A Spanish explanation a vendor can show to the user.
     *
     * @return the explanation
     */
    public String explicacion() {
        StringBuilder text = new StringBuilder();
        text.append("Aviso enviado el ").append(Spanish.dateTime(avisoEl.atZone(zonaDomicilio)))
                .append(", fecha ").append(Spanish.date(fechaAviso))
                .append(" en el huso horario del domicilio fiscal (Lineamientos 5.8). ")
                .append("Días hábiles para abrir el documento, contados desde el día hábil siguiente al aviso"
                        + " (Lineamientos 7.4): ")
                .append(Spanish.date(diasParaAbrir.get(0))).append(", ").append(Spanish.date(diasParaAbrir.get(1)))
                .append(" y ").append(Spanish.date(diasParaAbrir.get(2))).append(". ");
        aperturaEl.ifPresent(opened -> text.append("Abierto el ")
                .append(Spanish.dateTime(opened.atZone(zonaDomicilio))).append(". "));
        text.append("Vía: ").append(via.spanish()).append(". ")
                .append("Notificación realizada el ").append(Spanish.dateTime(notificadaEnZonaCentro()))
                .append(" (horario de notificación 09:30 a 18:00 Zona Centro en día hábil, Lineamientos 7.2). ");
        otraLectura72.ifPresent(other -> text.append("El documento se abrió antes de las 09:30 de un día hábil y"
                + " las dos lecturas del numeral 7.2 dan fechas distintas: se aplicó ")
                .append(other.isAfter(notificadaEl) ? EarlyAcuseRule.SAME_BUSINESS_DAY.spanish()
                        : EarlyAcuseRule.NEXT_BUSINESS_DAY.spanish())
                .append("; la otra lectura, ")
                .append(other.isAfter(notificadaEl) ? EarlyAcuseRule.NEXT_BUSINESS_DAY.spanish()
                        : EarlyAcuseRule.SAME_BUSINESS_DAY.spanish())
                .append(", daría el ").append(Spanish.dateTime(other.atZone(MexicanTime.ZONA_CENTRO))).append(". "));
        text
                .append("Surte efectos el ").append(Spanish.date(surteEfectos))
                .append(", día hábil siguiente (CFF art. 135); los plazos corren desde el día hábil siguiente. ")
                .append("Días inhábiles omitidos: ").append(Spanish.inhabiles(diasOmitidos)).append('.')
                .append(Caveats.sentence(advertencias));
        return text.toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof NotificacionTiming t && avisoEl.equals(t.avisoEl) && zonaDomicilio.equals(t.zonaDomicilio)
                && fechaAviso.equals(t.fechaAviso) && diasParaAbrir.equals(t.diasParaAbrir)
                && aperturaEl.equals(t.aperturaEl) && via == t.via && notificadaEl.equals(t.notificadaEl)
                && fechaNotificacion.equals(t.fechaNotificacion) && surteEfectos.equals(t.surteEfectos)
                && diasOmitidos.equals(t.diasOmitidos) && otraLectura72.equals(t.otraLectura72)
                && advertencias.equals(t.advertencias);
    }

    @Override
    public int hashCode() {
        return Objects.hash(avisoEl, zonaDomicilio, fechaAviso, diasParaAbrir, aperturaEl, via, notificadaEl,
                fechaNotificacion, surteEfectos, diasOmitidos, otraLectura72, advertencias);
    }

    /** @return the parts, in the order of the accessors, as a record would print them */
    @Override
    public String toString() {
        return "NotificacionTiming[avisoEl=" + avisoEl + ", zonaDomicilio=" + zonaDomicilio + ", fechaAviso="
                + fechaAviso + ", diasParaAbrir=" + diasParaAbrir + ", aperturaEl=" + aperturaEl + ", via=" + via
                + ", notificadaEl=" + notificadaEl + ", fechaNotificacion=" + fechaNotificacion + ", surteEfectos="
                + surteEfectos + ", diasOmitidos=" + diasOmitidos + ", otraLectura72=" + otraLectura72
                + ", advertencias=" + advertencias + "]";
    }
}
