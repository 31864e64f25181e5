package mx.buzon.calendar.plazo;

import static mx.buzon.calendar.plazo.NotificacionKnownAnswersTest.at;
import static mx.buzon.calendar.plazo.NotificacionKnownAnswersTest.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.zone.MexicanTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines, the 72-hour validation, Transitorio Primero, the compliance calendar and the zone combination. */
class BuzonPlazosTest {

    private static final BuzonPlazos IMSS = BuzonPlazos.of(ReferenceCalendars.imss());
    private static final LocalDate MONDAY_2026_03_09 = LocalDate.parse("2026-03-09");
    private static final List<ZoneId> MEXICAN_ZONES = List.of("America/Mexico_City", "America/Monterrey",
            "America/Mazatlan", "America/Hermosillo", "America/Chihuahua", "America/Merida", "America/Matamoros",
            "America/Tijuana", "America/Cancun", "America/Ciudad_Juarez", "America/Ojinaga", "America/Bahia_Banderas")
            .stream().map(ZoneId::of).collect(java.util.stream.Collectors.toUnmodifiableList());
    private static final long SEED = 7_2_2024L;

    @Test
    void rulesExample_avisoMonday2March2026_inconformidadEndsTuesday31March() {
        NotificacionTiming timing = IMSS.notificacion(centro("2026-03-02T11:00"),
                MexicanTime.ZONA_CENTRO);
        assertThat(timing.diasParaAbrir()).containsExactly(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"));
        assertThat(timing.notificadaEnZonaCentro().toLocalDateTime())
                .isEqualTo(LocalDate.parse("2026-03-06").atTime(9, 30));
        assertThat(timing.via()).isEqualTo(Via.CUARTO_DIA);
        assertThat(timing.surteEfectos()).isEqualTo(MONDAY_2026_03_09);
        Vencimiento inconformidad = IMSS.plazo(PlazoLegal.RECURSO_INCONFORMIDAD_PATRON, timing);
        assertThat(inconformidad.vence()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(inconformidad.inicio()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(inconformidad.diasOmitidos()).extracting(DiaInhabil::fecha).contains(LocalDate.parse("2026-03-16"));
        assertThat(inconformidad.explicacion()).contains("15 días hábiles", "martes 31 de marzo de 2026",
                "tercer lunes de marzo");
        assertThat(timing.explicacion()).contains("viernes 6 de marzo de 2026 a las 09:30:00", "7.5",
                "lunes 9 de marzo de 2026", "CFF art. 135");
    }

    @ParameterizedTest(name = "{0} from {1}: {2}")
    @CsvSource({
        "RECURSO_INCONFORMIDAD_PATRON, 2026-03-09, 2026-03-31",
        "RECURSO_INCONFORMIDAD_ASEGURADO, 2026-03-09, 2026-04-21",
        "JUICIO_CONTENCIOSO_ADMINISTRATIVO, 2026-03-09, 2026-04-21",
        "RECURSO_INCONFORMIDAD_PATRON, 2025-12-15, 2026-01-07",
    })
    void plazo_fromSurteEfectos_countsBusinessDaysFromTheNextDay(PlazoLegal plazo, LocalDate surte,
            LocalDate vence) {
        assertThat(IMSS.plazo(plazo, surte).vence()).isEqualTo(vence);
    }

    @ParameterizedTest(name = "{0} + {1} días hábiles = {2} ({3})")
    @CsvSource(delimiter = '|', value = {
        "2026-04-24 | 10 | 2026-05-12 | 1 de mayo and 5 de mayo are not counted",
        "2025-12-19 | 5 | 2025-12-29 | 25 December is not counted",
        "2026-03-13 | 1 | 2026-03-17 | weekend and third Monday of March",
        "2026-03-14 | 1 | 2026-03-17 | counting from a Saturday",
    })
    void habiles_imss(LocalDate desde, int dias, LocalDate vence, String rule) {
        assertThat(IMSS.habiles(desde, dias).vence()).as(rule).isEqualTo(vence);
    }

    @Test
    void habiles_satVacationDecember2025_notCounted() {
        assertThat(BuzonPlazos.of(ReferenceCalendars.sat()).habiles(LocalDate.parse("2025-12-19"), 5).vence())
                .isEqualTo(LocalDate.parse("2026-01-09"));
    }

    @Test
    void habiles_zeroDays_rejected() {
        assertThatThrownBy(() -> IMSS.habiles(MONDAY_2026_03_09, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void habiles_beyondConfirmedYears_answeredByLawWithCaveat_strictThrows() {
        Vencimiento v = IMSS.habiles(LocalDate.parse("2026-12-20"), 15);
        assertThat(v.vence()).isEqualTo(LocalDate.parse("2027-01-12"));
        assertThat(v.advertencias()).singleElement().satisfies(c -> assertThat(c.years()).containsExactly(2027));
        assertThat(v.explicacion()).contains("Advertencia (CALENDARIO_DIAS_NO_CONFIRMADOS)", "2027");
        BuzonPlazos strict = BuzonPlazos.of(ReferenceCalendars.imss().strict());
        assertThatThrownBy(() -> strict.habiles(LocalDate.parse("2026-12-20"), 15))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2027");
    }

    @Test
    void contactValidation_72Hours_aDurationNotThreeDates() {
        Instant aviso = at("2026-03-07T10:00", "America/Tijuana");
        Instant expires = BuzonPlazos.contactValidationExpiresAt(aviso);
        // DST starts in Tijuana on 8 March 2026: 72 hours later the wall clock says 11:00, not 10:00.
        assertThat(expires.atZone(ZoneId.of("America/Tijuana")).toLocalDateTime())
                .isEqualTo(LocalDate.parse("2026-03-10").atTime(11, 0));
        assertThat(BuzonPlazos.contactConfirmedInTime(aviso, expires)).isTrue();
        assertThat(BuzonPlazos.contactConfirmedInTime(aviso, expires.plusNanos(1))).isFalse();
        assertThatThrownBy(() -> BuzonPlazos.contactConfirmedInTime(aviso, aviso.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void transitorioPrimero_cffArt12FourthParagraph_day180Saturday1February2025_endsTuesday4February() {
        Vencimiento transitorio = BuzonPlazos.transitorioPrimero();
        assertThat(transitorio.ultimoDiaContado()).isEqualTo(LocalDate.parse("2025-02-01"))
                .isEqualTo(BuzonPlazos.TRANSITORIO_PRIMERO_ANNOUNCED);
        assertThat(transitorio.inicio().datesUntil(transitorio.ultimoDiaContado().plusDays(1)).count()).isEqualTo(180);
        // Saturday 1, Sunday 2, Monday 3 February 2025 (first Monday of February) are inhábiles.
        assertThat(transitorio.vence()).isEqualTo(LocalDate.parse("2025-02-04"));
        assertThat(transitorio.prorrogado()).isTrue();
        assertThat(transitorio.diasOmitidos()).extracting(DiaInhabil::fecha).containsExactly(
                LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-02"), LocalDate.parse("2025-02-03"));
        assertThat(transitorio.diasHabiles()).isFalse();
        assertThat(transitorio.isCertain()).isTrue();
        assertThat(transitorio.explicacion()).contains("180 días naturales", "sábado 1 de febrero de 2025",
                "CFF art. 12, cuarto párrafo", "martes 4 de febrero de 2025");
    }

    @Test
    void complianceCalendar_2026_dueDatesMovedToNextBusinessDay() {
        List<ComplianceEvent> events = IMSS.complianceCalendar(2026);
        assertThat(events).hasSize(12 + 6 + 1 + 3 + 3);
        assertThat(events).filteredOn(e -> e.obligacion() == Obligacion.CUOTAS_OBRERO_PATRONALES)
                .extracting(ComplianceEvent::vence).containsExactly(LocalDate.parse("2026-01-19"),
                        LocalDate.parse("2026-02-17"), LocalDate.parse("2026-03-17"), LocalDate.parse("2026-04-17"),
                        LocalDate.parse("2026-05-18"), LocalDate.parse("2026-06-17"), LocalDate.parse("2026-07-17"),
                        LocalDate.parse("2026-08-17"), LocalDate.parse("2026-09-17"), LocalDate.parse("2026-10-19"),
                        LocalDate.parse("2026-11-17"), LocalDate.parse("2026-12-17"));
        ComplianceEvent january = events.get(0);
        assertThat(january.periodo()).isEqualTo("diciembre de 2025");
        assertThat(january.diasOmitidos()).extracting(DiaInhabil::fecha)
                .containsExactly(LocalDate.parse("2026-01-17"), LocalDate.parse("2026-01-18"));
        assertThat(events).filteredOn(e -> e.obligacion() == Obligacion.PRIMA_RIESGOS_TRABAJO).singleElement()
                .satisfies(e -> assertThat(e.vence()).isEqualTo(LocalDate.parse("2026-03-02")));
        assertThat(events).filteredOn(e -> e.obligacion() == Obligacion.RCV_INFONAVIT)
                .extracting(ComplianceEvent::periodo).first().isEqualTo("bimestre noviembre de 2025 a diciembre de 2025");
        assertThat(events).filteredOn(e -> e.obligacion() == Obligacion.ICSOE).extracting(ComplianceEvent::vence)
                .containsExactly(LocalDate.parse("2026-01-19"), LocalDate.parse("2026-05-18"),
                        LocalDate.parse("2026-09-17"));
        assertThat(events).extracting(ComplianceEvent::vence).isSorted();
        assertThat(january.explicacion()).contains("lunes 19 de enero de 2026", "sábado 17 de enero de 2026");
    }

    @Test
    void complianceCalendar_vacationDay_doesNotMovePaymentsButDeclaredDayDoes() {
        BusinessCalendar vacation = ReferenceCalendars.imss().toBuilder()
                .vacation(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-19"), "vacaciones (ejemplo)", "x")
                .build();
        BusinessCalendar declared = ReferenceCalendars.imss().toBuilder()
                .declare(DiaInhabil.declared(LocalDate.parse("2026-06-17"), "suspensión (ejemplo)", "x")).build();
        assertThat(dueInJune(vacation)).isEqualTo(LocalDate.parse("2026-06-17"));
        assertThat(dueInJune(declared)).isEqualTo(LocalDate.parse("2026-06-18"));
    }

    private static LocalDate dueInJune(BusinessCalendar calendar) {
        return BuzonPlazos.of(calendar).complianceCalendar(2026).stream()
                .filter(e -> e.obligacion() == Obligacion.CUOTAS_OBRERO_PATRONALES && e.fechaNominal().getMonthValue() == 6)
                .findFirst().orElseThrow().vence();
    }

    @Test
    void notifiedAt_anyInstant_sameDateInEveryMexicanZone() {
        SplittableRandom random = new SplittableRandom(SEED);
        Instant first = Instant.parse("2023-01-02T12:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            Instant acuse = first.plusSeconds(random.nextLong(4L * 365 * 86_400 - 30 * 86_400));
            Instant notified = IMSS.notifiedAt(acuse);
            LocalDate centroDate = notified.atZone(MexicanTime.ZONA_CENTRO).toLocalDate();
            LocalTime centroTime = notified.atZone(MexicanTime.ZONA_CENTRO).toLocalTime();
            assertThat(centroTime).as("seed %s: %s", SEED, acuse).isBetween(BuzonPlazos.NOTIFICATION_HOURS_START,
                    BuzonPlazos.NOTIFICATION_HOURS_END);
            assertThat(notified).isAfterOrEqualTo(acuse);
            for (ZoneId zone : MEXICAN_ZONES) {
                assertThat(notified.atZone(zone).toLocalDate()).as("seed %s: %s in %s", SEED, acuse, zone)
                        .isEqualTo(centroDate);
            }
        }
    }

    /**
     * The other reading of 7.2 with 5.8 (judge the día hábil on the domicile's date, keep the hours in Zona Centro)
     * gives the same instant for every Mexican zone; this is why the class can use Zona Centro.
     */
    @Test
    void notifiedAt_domicileDateReading_equalsZonaCentroReading() {
        BusinessCalendar calendar = ReferenceCalendars.imss();
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Instant first = Instant.parse("2023-01-02T12:00:00Z");
        for (int i = 0; i < 20_000; i++) {
            Instant acuse = first.plusSeconds(random.nextLong(4L * 365 * 86_400 - 30 * 86_400));
            for (ZoneId zone : MEXICAN_ZONES) {
                assertThat(domicileReading(calendar, acuse, zone)).as("seed %s: %s in %s", SEED + 1, acuse, zone)
                        .isEqualTo(IMSS.notifiedAt(acuse));
            }
        }
    }

    private static Instant domicileReading(BusinessCalendar calendar, Instant acuse, ZoneId zone) {
        LocalDate date = acuse.atZone(zone).toLocalDate();
        ZonedDateTime start = date.atTime(9, 30).atZone(MexicanTime.ZONA_CENTRO);
        ZonedDateTime end = date.atTime(18, 0).atZone(MexicanTime.ZONA_CENTRO);
        if (calendar.isBusinessDay(date)) {
            if (acuse.isBefore(start.toInstant())) {
                return start.toInstant();
            }
            if (!acuse.isAfter(end.toInstant())) {
                return acuse;
            }
        }
        return calendar.plusBusinessDays(date, 1).atTime(9, 30).atZone(MexicanTime.ZONA_CENTRO).toInstant();
    }

    @Test
    void notificacion_openedBeforeAviso_rejected() {
        assertThatThrownBy(() -> IMSS.notificacion(centro("2026-03-02T11:00"), centro("2026-03-02T10:00"),
                MexicanTime.ZONA_CENTRO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7.4");
    }

    @Test
    void notificacion_sampledAvisos_invariants() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        Instant first = Instant.parse("2023-01-02T12:00:00Z");
        BusinessCalendar calendar = ReferenceCalendars.imss();
        for (int i = 0; i < 5_000; i++) {
            Instant aviso = first.plusSeconds(random.nextLong(3L * 365 * 86_400));
            ZoneId zone = MEXICAN_ZONES.get(random.nextInt(MEXICAN_ZONES.size()));
            Optional<Instant> opened = random.nextBoolean() ? Optional.empty()
                    : Optional.of(aviso.plusSeconds(random.nextLong(10L * 86_400)));
            NotificacionTiming t = timing(IMSS, aviso, opened, zone);
            String why = "seed " + (SEED + 2) + ": " + aviso + " " + opened + " " + zone;
            assertThat(t.diasParaAbrir()).as(why).allMatch(calendar::isBusinessDay).isSorted();
            assertThat(calendar.countBusinessDays(t.fechaAviso(), t.diasParaAbrir().get(2))).as(why).isEqualTo(3);
            assertThat(t.notificadaEl()).as(why).isBeforeOrEqualTo(centro(
                    calendar.plusBusinessDays(t.fechaAviso(), 4) + "T09:30"));
            assertThat(calendar.countBusinessDays(t.fechaNotificacion(), t.surteEfectos())).as(why).isEqualTo(1);
            assertThat(calendar.isBusinessDay(t.fechaNotificacion())).as(why).isTrue();
        }
    }

    @Test
    void of_anyCalendar_exposesIt() {
        assertThat(IMSS.calendar()).isSameAs(ReferenceCalendars.imss());
        assertThat(IMSS.toString()).contains("IMSS");
    }

    /** The two overloads of {@code BuzonPlazos.notificacion} behind one call, for generated openings. */
    private static NotificacionTiming timing(BuzonPlazos plazos, Instant aviso, Optional<Instant> apertura,
            ZoneId zone) {
        return apertura.isPresent() ? plazos.notificacion(aviso, apertura.get(), zone)
                : plazos.notificacion(aviso, zone);
    }
}
