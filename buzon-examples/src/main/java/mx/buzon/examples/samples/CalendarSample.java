package mx.buzon.examples.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.PostalCodeZones;

/**
 * Días hábiles and the deadlines of a notification in the Buzón IMSS (CFF arts. 12, 134, 135; Lineamientos 5.8,
 * 7.4, 7.5): the example of docs/LEGAL.md §3 for a domicile in Tijuana.
 *
 * <p>{@code run()} returns exactly these lines:
 * <pre>
 * 2026-03-09 + 15 días hábiles = 2026-03-31
 * CP 22000: America/Tijuana (NOROESTE)
 * Días para abrir: [2026-03-03, 2026-03-04, 2026-03-05]
 * Notificada el: 2026-03-06T15:30:00Z (CUARTO_DIA)
 * Surte efectos: 2026-03-09
 * Recurso de inconformidad (patrón) vence: 2026-03-31
 * </pre>
 */
public final class CalendarSample {

    private CalendarSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        BusinessCalendar imss = ReferenceCalendars.imss();                       // CFF art. 12, 2023–2026
        LocalDate vence = imss.plusBusinessDays(LocalDate.of(2026, 3, 9), 15);   // 16 March is inhábil

        BuzonPlazos plazos = BuzonPlazos.of(imss);
        DomicileZone tijuana = PostalCodeZones.reference().lookup("22000");
        NotificacionTiming n = plazos.notificacion(
                Instant.parse("2026-03-02T17:00:00Z"), tijuana.zoneId());
        LocalDate inconformidad = plazos.plazo(PlazoLegal.RECURSO_INCONFORMIDAD_PATRON, n).vence();

        return String.join("\n",
                "2026-03-09 + 15 días hábiles = " + vence,
                "CP 22000: " + tijuana.zoneId() + " (" + tijuana.zona() + ")",
                "Días para abrir: " + n.diasParaAbrir(),
                "Notificada el: " + n.notificadaEl() + " (" + n.via() + ")",
                "Surte efectos: " + n.surteEfectos(),
                "Recurso de inconformidad (patrón) vence: " + inconformidad);
    }

    /**
     * Prints {@link #run()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(run());
    }
}
