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
import mx.buzon.calendar.internal.Spanish;
import mx.buzon.calendar.zone.MexicanTime;

/**
 * When an electronic notification is made and surte efectos (Lineamientos 7.2, 7.4, 7.5; CFF arts. 134 fr. I and
 * 135), with everything used to decide it.
 *
 * <p>Example (docs/LEGAL.md §3): aviso on Monday 2 March 2026 → {@code diasParaAbrir} 3, 4, 5 March → not opened →
 * {@code notificadaEl} Friday 6 March 09:30 Zona Centro, {@link Via#CUARTO_DIA} → {@code surteEfectos} Monday
 * 9 March 2026. Immutable and thread-safe.
 *
 * @param avisoEl the instant the aviso was sent (7.3)
 * @param zonaDomicilio the zone of the domicilio fiscal applied to dates (5.8)
 * @param fechaAviso the date of the aviso in that zone
 * @param diasParaAbrir the three días hábiles to open the document (7.4), counted from the día hábil after the aviso
 * @param aperturaEl when the particular opened the document, if they did
 * @param via how the notification was made
 * @param notificadaEl the instant the notification is made (7.2: within 09:30–18:00 Zona Centro of a día hábil)
 * @param fechaNotificacion the date of {@code notificadaEl} in the domicile zone
 * @param surteEfectos the día hábil after the notification (CFF art. 135); deadlines run from the día hábil after it
 * @param diasOmitidos the inhábil days from the day after the aviso up to {@code surteEfectos}, with reasons
 *     (computed by {@link BuzonPlazos} on first read: a notification costs nothing for its explanation until
 *     the explanation, or this list, is used)
 * @param otraLectura72 for a document opened before 09:30 of a día hábil, when the other reading of Lineamientos
 *     7.2 ({@link EarlyAcuseRule}) gives a different date: the instant it gives; otherwise empty
 * @param advertencias the caveats: not empty when the dates from the aviso to {@code surteEfectos} include a year
 *     whose declared days are not confirmed (the plazos that run afterwards carry their own)
 */
public record NotificacionTiming(Instant avisoEl, ZoneId zonaDomicilio, LocalDate fechaAviso,
        List<LocalDate> diasParaAbrir, Optional<Instant> aperturaEl, Via via, Instant notificadaEl,
        LocalDate fechaNotificacion, LocalDate surteEfectos, List<DiaInhabil> diasOmitidos,
        Optional<Instant> otraLectura72, List<CalendarCaveat> advertencias) {

    /** Checks the components and copies the lists. */
    public NotificacionTiming {
        Objects.requireNonNull(avisoEl, "avisoEl");
        Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        Objects.requireNonNull(fechaAviso, "fechaAviso");
        diasParaAbrir = List.copyOf(diasParaAbrir);
        Objects.requireNonNull(aperturaEl, "aperturaEl");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(notificadaEl, "notificadaEl");
        Objects.requireNonNull(fechaNotificacion, "fechaNotificacion");
        Objects.requireNonNull(surteEfectos, "surteEfectos");
        diasOmitidos = LazyList.copyOf(diasOmitidos);
        Objects.requireNonNull(otraLectura72, "otraLectura72");
        advertencias = List.copyOf(advertencias);
        if (diasParaAbrir.size() != 3) {
            throw new IllegalArgumentException("Lineamientos 7.4 gives three días hábiles to open, got "
                    + diasParaAbrir);
        }
    }

    /**
     * The timing without a second reading of 7.2 and without caveats (the shape of earlier versions).
     *
     * @param avisoEl the aviso
     * @param zonaDomicilio the domicile zone
     * @param fechaAviso the aviso's date
     * @param diasParaAbrir the three days to open
     * @param aperturaEl the opening, if any
     * @param via how it was notified
     * @param notificadaEl the notification instant
     * @param fechaNotificacion its date
     * @param surteEfectos the day it surte efectos
     * @param diasOmitidos the inhábil days skipped
     */
    public NotificacionTiming(Instant avisoEl, ZoneId zonaDomicilio, LocalDate fechaAviso,
            List<LocalDate> diasParaAbrir, Optional<Instant> aperturaEl, Via via, Instant notificadaEl,
            LocalDate fechaNotificacion, LocalDate surteEfectos, List<DiaInhabil> diasOmitidos) {
        this(avisoEl, zonaDomicilio, fechaAviso, diasParaAbrir, aperturaEl, via, notificadaEl, fechaNotificacion,
                surteEfectos, diasOmitidos, Optional.empty(), List.of());
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
}
