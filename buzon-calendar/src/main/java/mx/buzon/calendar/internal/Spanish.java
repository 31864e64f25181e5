package mx.buzon.calendar.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Spanish renderings of dates and times for explanations, independent of the JVM's default locale.
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class Spanish {

    private static final String[] DAYS = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};
    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private Spanish() {
    }

    /**
     * E.g. {@code "lunes 2 de marzo de 2026"}.
     *
     * @param date the date
     * @return the text
     */
    public static String date(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " de "
                + MONTHS[date.getMonthValue() - 1] + " de " + date.getYear();
    }

    /**
     * The day name, e.g. {@code "sábado"}.
     *
     * @param date the date
     * @return the name
     */
    public static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().ordinal()];
    }

    /**
     * E.g. {@code "viernes 6 de marzo de 2026 a las 09:30:00 (America/Mexico_City, UTC-06:00)"}.
     *
     * @param dateTime the zoned date-time
     * @return the text
     */
    public static String dateTime(ZonedDateTime dateTime) {
        return date(dateTime.toLocalDate()) + " a las " + TIME.format(dateTime) + " (" + zone(dateTime.getZone())
                + ", UTC" + (dateTime.getOffset().getTotalSeconds() == 0 ? "" : dateTime.getOffset().getId()) + ")";
    }

    /**
     * The zone's IANA id.
     *
     * @param zone the zone
     * @return e.g. {@code "America/Tijuana"}
     */
    public static String zone(ZoneId zone) {
        return zone.getId();
    }

    /**
     * The inhábil days of a list, one entry per date with its reasons, e.g.
     * {@code "sábado 7 de marzo de 2026 (sábado, CFF art. 12); lunes 16 de marzo de 2026 (tercer lunes de marzo
     * (21 de marzo), CFF art. 12)"}; {@code "ninguno"} when empty.
     *
     * @param days the days, sorted by date
     * @return the text
     */
    public static String inhabiles(java.util.List<mx.buzon.calendar.DiaInhabil> days) {
        if (days.isEmpty()) {
            return "ninguno";
        }
        StringBuilder text = new StringBuilder();
        LocalDate current = null;
        for (mx.buzon.calendar.DiaInhabil day : days) {
            if (!day.fecha().equals(current)) {
                if (current != null) {
                    text.append("); ");
                }
                current = day.fecha();
                text.append(date(current)).append(" (");
            } else {
                text.append("; ");
            }
            text.append(day.motivo()).append(", ").append(day.fuente());
        }
        return text.append(')').toString();
    }
}
