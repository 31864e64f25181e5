package mx.buzon.calendar;

import static mx.buzon.testing.SameUnderLoad.assertSameUnderLoad;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.testing.SameUnderLoad.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: many threads asking ONE shared {@link BusinessCalendar}, {@link BuzonPlazos} and
 * {@link PostalCodeZones} get exactly the answers of a sequential run, explanations included.
 */
class ConcurrencyTest {

    private static final long SEED = 8_2026_0313L;
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Mexico_City"),
            ZoneId.of("America/Tijuana"), ZoneId.of("America/Cancun"), ZoneId.of("America/Hermosillo"),
            ZoneId.of("America/Ciudad_Juarez"), ZoneId.of("America/Mazatlan"));
    private static final LocalDate FIRST = LocalDate.of(ReferenceCalendars.FIRST_YEAR, 1, 1);
    private static final int DAYS = 365 * (ReferenceCalendars.LAST_YEAR - ReferenceCalendars.FIRST_YEAR + 1) - 60;

    @Test
    void calendarsAndPlazos_sharedOnEightThreads_sameAnswersAndExplanationsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.calendarsAndPlazos seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        BusinessCalendar imss = ReferenceCalendars.imss();
        BusinessCalendar sat = ReferenceCalendars.sat();
        BusinessCalendar both = imss.union(sat);
        BuzonPlazos plazos = BuzonPlazos.of(imss);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
            int days = random.nextInt(40);
            Instant instant = date.atStartOfDay(ZoneId.of("UTC")).toInstant().plusSeconds(random.nextInt(86_400));
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            Optional<Instant> apertura = random.nextBoolean() ? Optional.empty()
                    : Optional.of(instant.plusSeconds(random.nextInt(10 * 86_400)));
            PlazoLegal plazo = PlazoLegal.values()[random.nextInt(PlazoLegal.values().length)];
            tasks.add(new Task("imss " + date, () -> List.of(imss.isBusinessDay(date), imss.reasonsInhabil(date),
                    imss.nextBusinessDayOrSame(date), imss.plusBusinessDays(date, days),
                    imss.countBusinessDays(date, date.plusDays(days)), imss.plazoEndAfterMonths(date, 1 + days % 12))));
            tasks.add(new Task("sat payments " + date, () -> List.of(
                    sat.forDeclarationsAndPayments().plusBusinessDays(date, days),
                    sat.forDeclarationsAndPayments().inhabilDays(date, date.plusDays(days)),
                    both.nextBusinessDays(date, 1 + days % 5))));
            tasks.add(new Task("actuacion " + instant + " " + zone, () -> explained(plazos.actuacion(instant, zone))));
            tasks.add(new Task("notificacion " + instant + " " + apertura + " " + zone, () -> {
                var timing = timing(plazos, instant, apertura, zone);
                var vencimiento = plazos.plazo(plazo, timing);
                return List.of(timing, timing.explicacion(), vencimiento, vencimiento.explicacion());
            }));
            tasks.add(new Task("habiles " + date + " " + days, () -> explained(plazos.habiles(date, days))));
        }
        for (int year = ReferenceCalendars.FIRST_YEAR; year <= ReferenceCalendars.LAST_YEAR; year++) {
            int y = year;
            tasks.add(new Task("complianceCalendar " + y, () -> plazos.complianceCalendar(y).stream()
                    .map(e -> List.of(e, e.explicacion())).toList()));
            tasks.add(new Task("CFF art. 12 " + y, () -> CffArticle12.inhabiles(y, TransmissionDay.BOTH)));
        }
        tasks.add(new Task("outside coverage", () -> imss.plusBusinessDays(LocalDate.of(2031, 1, 2), 3)));
        tasks.add(new Task("transitorio primero", () -> explained(BuzonPlazos.transitorioPrimero())));
        assertSameUnderLoad(SEED, tasks);
    }

    @Test
    void postalCodeZones_sharedOnEightThreads_sameZonesAndRefusalsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.postalCodeZones seed " + (SEED + 1));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        PostalCodeZones zones = PostalCodeZones.reference();
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 600; n++) {
            String postalCode = String.format(java.util.Locale.ROOT, "%05d", random.nextInt(100_000));
            tasks.add(new Task("lookup " + postalCode, () -> explained(zones.lookup(postalCode))));
        }
        tasks.add(new Task("lookup letters", () -> zones.lookup("22O00")));
        for (String estado : zones.stateCodes()) {
            String municipio = String.format(java.util.Locale.ROOT, "%03d", 1 + random.nextInt(60));
            tasks.add(new Task("state " + estado, () -> explained(zones.lookupState(estado.toLowerCase(
                    java.util.Locale.ROOT)))));
            tasks.add(new Task("municipio " + estado + " " + municipio,
                    () -> explained(zones.lookup(estado, municipio))));
        }
        tasks.add(new Task("unknown state", () -> zones.lookupState("XYZ")));
        assertSameUnderLoad(SEED + 1, tasks);
    }

    private static List<Object> explained(DomicileZone zone) {
        return List.of(zone, zone.explicacion());
    }

    private static List<Object> explained(mx.buzon.calendar.plazo.ActuacionTiming timing) {
        return List.of(timing, timing.explicacion());
    }

    private static List<Object> explained(mx.buzon.calendar.plazo.Vencimiento vencimiento) {
        return List.of(vencimiento, vencimiento.explicacion());
    }

    /** The two overloads of {@code BuzonPlazos.notificacion} behind one call, for generated openings. */
    private static NotificacionTiming timing(BuzonPlazos plazos, Instant aviso, Optional<Instant> apertura,
            ZoneId zone) {
        return apertura.isPresent() ? plazos.notificacion(aviso, apertura.get(), zone)
                : plazos.notificacion(aviso, zone);
    }
}
