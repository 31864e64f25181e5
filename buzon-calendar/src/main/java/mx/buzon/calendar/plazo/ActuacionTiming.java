package mx.buzon.calendar.plazo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.internal.Spanish;
import mx.buzon.calendar.zone.MexicanTime;

/**
 * When an actuación filed through the Buzón counts as received (Lineamientos 6.3 with 5.8).
 *
 * <p>The date of filing is taken in the zone of the domicilio fiscal (5.8). Filed on a día hábil: received at the
 * instant of filing. Filed on a día inhábil: received at 00:00 (domicile zone) of the next día hábil (6.3). The
 * acuse shows the instant in Zona Centro (5.7), {@link #recibidaEnZonaCentro()}.
 *
 * <p>Example: presented on Saturday 7 March 2026 at 10:00 with a domicile in Mexico City: received on Monday
 * 9 March 2026 at 00:00 Zona Centro, fecha legal 2026-03-09, Saturday 7 and Sunday 8 skipped. Immutable and
 * thread-safe.
 *
 * @param presentadaEl the instant the particular filed it (the acuse's instant)
 * @param zonaDomicilio the zone of the domicilio fiscal applied
 * @param fechaPresentacion the date of filing in that zone
 * @param recibidaEl the instant the actuación legally counts as received
 * @param fechaLegal the legal date of receipt, in the domicile zone
 * @param diasOmitidos the inhábil days from {@code fechaPresentacion} to the day before {@code fechaLegal}, with reasons
 * @param advertencias the caveats: not empty when a date from {@code fechaPresentacion} to {@code fechaLegal} lies
 *     in a year whose declared days are not confirmed
 */
public record ActuacionTiming(Instant presentadaEl, ZoneId zonaDomicilio, LocalDate fechaPresentacion,
        Instant recibidaEl, LocalDate fechaLegal, List<DiaInhabil> diasOmitidos, List<CalendarCaveat> advertencias) {

    /**
     * Checks the components, including the parts derived from the instants and the zone, and copies the lists.
     *
     * @throws IllegalArgumentException when {@code fechaPresentacion} or {@code fechaLegal} is not the date of its
     *     instant in {@code zonaDomicilio}, the receipt precedes the filing, a moved receipt is not at 00:00 of the
     *     legal date (6.3), or an omitted day lies outside {@code fechaPresentacion..fechaLegal - 1}
     */
    public ActuacionTiming {
        Objects.requireNonNull(presentadaEl, "presentadaEl");
        Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        Objects.requireNonNull(fechaPresentacion, "fechaPresentacion");
        Objects.requireNonNull(recibidaEl, "recibidaEl");
        Objects.requireNonNull(fechaLegal, "fechaLegal");
        diasOmitidos = List.copyOf(diasOmitidos);
        advertencias = List.copyOf(advertencias);
        if (!fechaPresentacion.equals(presentadaEl.atZone(zonaDomicilio).toLocalDate())
                || !fechaLegal.equals(recibidaEl.atZone(zonaDomicilio).toLocalDate())) {
            throw new IllegalArgumentException("The dates are those of the instants in " + zonaDomicilio
                    + " (Lineamientos 5.8): presentada " + presentadaEl + " is " + presentadaEl.atZone(zonaDomicilio)
                    .toLocalDate() + " not " + fechaPresentacion + ", recibida " + recibidaEl + " is "
                    + recibidaEl.atZone(zonaDomicilio).toLocalDate() + " not " + fechaLegal);
        }
        if (recibidaEl.isBefore(presentadaEl)) {
            throw new IllegalArgumentException("An actuación is received at or after its filing: " + recibidaEl
                    + " < " + presentadaEl);
        }
        if (!recibidaEl.equals(presentadaEl) && !recibidaEl.equals(fechaLegal.atStartOfDay(zonaDomicilio)
                .toInstant())) {
            throw new IllegalArgumentException("Filed on a día inhábil, an actuación is received at 00:00 of the next"
                    + " día hábil (Lineamientos 6.3), not at " + recibidaEl);
        }
        for (DiaInhabil d : diasOmitidos) {
            if (d.fecha().isBefore(fechaPresentacion) || !d.fecha().isBefore(fechaLegal)) {
                throw new IllegalArgumentException("An omitted day lies outside " + fechaPresentacion + ".."
                        + fechaLegal + ": " + d.fecha());
            }
        }
    }

    /**
     * The timing without caveats (the shape of earlier versions).
     *
     * @param presentadaEl the filing instant
     * @param zonaDomicilio the domicile zone
     * @param fechaPresentacion the filing date
     * @param recibidaEl the instant it counts as received
     * @param fechaLegal the legal date
     * @param diasOmitidos the inhábil days skipped
     */
    public ActuacionTiming(Instant presentadaEl, ZoneId zonaDomicilio, LocalDate fechaPresentacion,
            Instant recibidaEl, LocalDate fechaLegal, List<DiaInhabil> diasOmitidos) {
        this(presentadaEl, zonaDomicilio, fechaPresentacion, recibidaEl, fechaLegal, diasOmitidos, List.of());
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
     * Whether filing on a día inhábil moved the receipt to the next día hábil.
     *
     * @return true when {@code recibidaEl} differs from {@code presentadaEl}
     */
    public boolean movedToNextBusinessDay() {
        return !recibidaEl.equals(presentadaEl);
    }

    /**
     * The receipt as the Buzón's clock shows it (Zona Centro, 5.7).
     *
     * @return e.g. {@code 2026-03-09T00:00-06:00[America/Mexico_City]}
     */
    public ZonedDateTime recibidaEnZonaCentro() {
        return recibidaEl.atZone(MexicanTime.ZONA_CENTRO);
    }

    /**
     * The receipt in the domicile zone (5.8).
     *
     * @return e.g. {@code 2026-03-09T00:00-08:00[America/Tijuana]}
     */
    public ZonedDateTime recibidaEnDomicilio() {
        return recibidaEl.atZone(zonaDomicilio);
    }

    /**
     * A Spanish explanation a vendor can show to the user.
     *
     * @return the explanation
     */
    public String explicacion() {
        String filed = "Presentada el " + Spanish.dateTime(presentadaEl.atZone(zonaDomicilio))
                + " en el huso horario del domicilio fiscal (Lineamientos 5.8); el acuse muestra "
                + Spanish.dateTime(presentadaEl.atZone(MexicanTime.ZONA_CENTRO)) + " (Zona Centro, 5.7). ";
        if (!movedToNextBusinessDay()) {
            return filed + "Es día hábil, así que se tiene por recibida en ese momento; fecha legal "
                    + Spanish.date(fechaLegal) + "." + Caveats.sentence(advertencias);
        }
        return filed + "Es día inhábil, así que se tiene por recibida a la primera hora del día hábil siguiente"
                + " (Lineamientos 6.3): " + Spanish.dateTime(recibidaEnDomicilio()) + "; fecha legal "
                + Spanish.date(fechaLegal) + ". Días inhábiles omitidos: " + Spanish.inhabiles(diasOmitidos) + "."
                + Caveats.sentence(advertencias);
    }
}
