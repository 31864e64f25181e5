package mx.buzon.calendar.plazo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.zone.MexicanTime;
import org.junit.jupiter.api.Test;

/**
 * CFF art. 12 as RULES §2 restates it: certain and not-yet-known answers (declared days of unconfirmed years), the
 * fourth paragraph for every kind of plazo, and the two readings of Lineamientos 7.2 before 09:30.
 */
class CertaintyAndArticle12Test {

    private static final ZoneId CENTRO = MexicanTime.ZONA_CENTRO;
    private static final BuzonPlazos IMSS = BuzonPlazos.of(ReferenceCalendars.imss());

    private static Instant centro(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(CENTRO).toInstant();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    // --- Certain and not yet known (CFF art. 12, declared days as data) ---

    @Test
    void cffArt12DeclaredDays_avisoOf23December2026_notificationWhollyIn2026_noCaveat_plazoNames2027() {
        NotificacionTiming n = IMSS.notificacion(centro("2026-12-23T11:00"), CENTRO);
        // 24 December hábil, 25 law, 26-27 weekend: days 24, 28, 29; fourth día hábil 30; surte efectos 31.
        assertThat(n.diasParaAbrir()).containsExactly(d("2026-12-24"), d("2026-12-28"), d("2026-12-29"));
        assertThat(n.notificadaEl()).isEqualTo(centro("2026-12-30T09:30"));
        assertThat(n.surteEfectos()).isEqualTo(d("2026-12-31"));
        assertThat(n.advertencias()).isEmpty();
        assertThat(n.isCertain()).isTrue();
        assertThat(n.explicacion()).doesNotContain("Advertencia");
        Vencimiento v = IMSS.plazo(PlazoLegal.RECURSO_INCONFORMIDAD_PATRON, n);
        // 1 January 2027 is inhábil: 4-8, 11-15, 18-22 January.
        assertThat(v.vence()).isEqualTo(d("2027-01-22"));
        assertThat(v.advertencias()).singleElement().satisfies(c -> {
            assertThat(c.errorCode()).isEqualTo(CalendarErrorCode.CALENDARIO_DIAS_NO_CONFIRMADOS);
            assertThat(c.calendar()).isEqualTo("IMSS");
            assertThat(c.years()).containsExactly(2027);
        });
    }

    @Test
    void cffArt12DeclaredDays_avisoNextWeek_recursoInconformidadAnsweredWithCaveatNaming2027() {
        NotificacionTiming n = IMSS.notificacion(centro("2026-12-10T12:00"), CENTRO);
        assertThat(n.surteEfectos()).isEqualTo(d("2026-12-17"));
        assertThat(n.advertencias()).isEmpty();
        Vencimiento v = IMSS.plazo(PlazoLegal.RECURSO_INCONFORMIDAD_PATRON, n);
        assertThat(v.vence()).isEqualTo(d("2027-01-11"));
        assertThat(v.isCertain()).isFalse();
        assertThat(v.advertencias()).extracting(CalendarCaveat::years).containsExactly(List.of(2027));
        assertThat(v.explicacion()).contains("Advertencia (CALENDARIO_DIAS_NO_CONFIRMADOS)",
                "El calendario IMSS no tiene confirmados los días inhábiles que la autoridad declare para 2027");
    }

    @Test
    void cffArt12DeclaredDays_notificationIn2027_carriesItsOwnCaveat() {
        NotificacionTiming n = IMSS.notificacion(centro("2026-12-31T12:00"), CENTRO);
        assertThat(n.diasParaAbrir()).containsExactly(d("2027-01-04"), d("2027-01-05"), d("2027-01-06"));
        assertThat(n.advertencias()).singleElement().satisfies(c -> assertThat(c.years()).containsExactly(2027));
        assertThat(n.explicacion()).contains("Advertencia (CALENDARIO_DIAS_NO_CONFIRMADOS)");
    }

    @Test
    void cffArt12DeclaredDays_strictMode_throwsInsteadOfAnsweringTheFuture() {
        BuzonPlazos strict = BuzonPlazos.of(ReferenceCalendars.imss().strict());
        assertThat(strict.notificacion(centro("2026-12-23T11:00"), CENTRO).surteEfectos())
                .isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> strict.notificacion(centro("2026-12-31T12:00"), CENTRO))
                .isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).errorCode())
                .isEqualTo(CalendarErrorCode.CALENDARIO_ANIO_SIN_DATOS);
    }

    @Test
    void cffArt12DeclaredDays_actuacionAndComplianceCalendarCarryCaveats() {
        ActuacionTiming a = IMSS.actuacion(centro("2027-01-02T10:00"), CENTRO);
        assertThat(a.fechaLegal()).isEqualTo(d("2027-01-04"));
        assertThat(a.advertencias()).singleElement().satisfies(c -> assertThat(c.years()).containsExactly(2027));
        assertThat(a.explicacion()).contains("Advertencia");
        assertThat(IMSS.actuacion(centro("2026-03-07T10:00"), CENTRO).advertencias()).isEmpty();
        assertThat(IMSS.complianceCalendar(2027)).allSatisfy(e -> assertThat(e.advertencias()).isNotEmpty());
        assertThat(IMSS.complianceCalendar(2026)).allSatisfy(e -> assertThat(e.isCertain()).isTrue());
    }

    /**
     * Property (seeded): a caveat appears exactly when a date of an unconfirmed year was used, naming exactly those
     * years; and confirming those years with no declared day removes the caveat and changes no date.
     */
    @Test
    void cffArt12DeclaredDays_property_caveatExactlyWhenAnUnconfirmedYearIsUsed_confirmingChangesNoDate() {
        SplittableRandom random = new SplittableRandom(20261203);
        BuzonPlazos certain = BuzonPlazos.of(BusinessCalendar.builder("IMSS").confirmYears(2024, 2029).build());
        BuzonPlazos[] bySubset = new BuzonPlazos[64];
        for (int i = 0; i < 2_000; i++) {
            int subset = random.nextInt(64);
            TreeSet<Integer> confirmed = new TreeSet<>();
            for (int bit = 0; bit < 6; bit++) {
                if ((subset & (1 << bit)) != 0) {
                    confirmed.add(2024 + bit);
                }
            }
            if (bySubset[subset] == null) {
                BusinessCalendar.Builder builder = BusinessCalendar.builder("IMSS");
                confirmed.forEach(builder::confirmYear);
                bySubset[subset] = BuzonPlazos.of(builder.build());
            }
            BuzonPlazos plazos = bySubset[subset];
            LocalDate desde = d("2024-06-01").plusDays(random.nextInt(4 * 365));
            int dias = 1 + random.nextInt(40);

            Vencimiento habiles = plazos.habiles(desde, dias);
            assertYears(habiles.advertencias(), confirmed, desde.plusDays(1), habiles.vence());
            assertThat(certain.habiles(desde, dias)).satisfies(v -> {
                assertThat(v.vence()).isEqualTo(habiles.vence());
                assertThat(v.advertencias()).isEmpty();
            });

            Vencimiento naturales = plazos.naturales(desde, dias);
            assertYears(naturales.advertencias(), confirmed, naturales.ultimoDiaContado(), naturales.vence());
            assertThat(certain.naturales(desde, dias).vence()).isEqualTo(naturales.vence());

            Instant aviso = desde.atTime(random.nextInt(24), random.nextInt(60)).atZone(CENTRO).toInstant();
            Optional<Instant> apertura = random.nextBoolean() ? Optional.empty()
                    : Optional.of(aviso.plusSeconds(random.nextLong(6L * 86_400)));
            NotificacionTiming n = timing(plazos, aviso, apertura, CENTRO);
            LocalDate firstUsed = n.diasParaAbrir().get(0);
            if (n.via() == Via.APERTURA) {
                LocalDate opened = apertura.orElseThrow().atZone(CENTRO).toLocalDate();
                firstUsed = opened.isBefore(firstUsed) ? opened : firstUsed;
            }
            assertYears(n.advertencias(), confirmed, firstUsed, n.surteEfectos());
            NotificacionTiming sure = timing(certain, aviso, apertura, CENTRO);
            assertThat(sure.advertencias()).isEmpty();
            assertThat(sure.notificadaEl()).isEqualTo(n.notificadaEl());
            assertThat(sure.surteEfectos()).isEqualTo(n.surteEfectos());
            assertThat(sure.diasOmitidos()).isEqualTo(n.diasOmitidos());
        }
    }

    /**
     * Property (seeded): an answer without caveat is truly certain: declaring any day in the unconfirmed years
     * leaves it unchanged. (The converse fails by design: a caveat says the answer may change, not that it will.)
     */
    @Test
    void cffArt12DeclaredDays_property_answerWithoutCaveat_unchangedByAnyDayDeclaredInUnconfirmedYears() {
        SplittableRandom random = new SplittableRandom(7);
        BusinessCalendar imss = ReferenceCalendars.imss();
        int certainAnswers = 0;
        for (int i = 0; i < 1_000; i++) {
            BusinessCalendar.Builder declared = imss.toBuilder();
            for (int k = 0; k < 20; k++) {
                declared.declare(DiaInhabil.declared(d("2027-01-01").plusDays(random.nextInt(730)), "prueba",
                        "declaración aleatoria de la prueba"));
            }
            BuzonPlazos withDeclared = BuzonPlazos.of(declared.build());
            LocalDate desde = d("2026-09-01").plusDays(random.nextInt(150));
            int dias = 1 + random.nextInt(30);
            Vencimiento v = IMSS.habiles(desde, dias);
            if (v.isCertain()) {
                certainAnswers++;
                assertThat(withDeclared.habiles(desde, dias).vence()).isEqualTo(v.vence());
            }
            Instant aviso = desde.atTime(12, 0).atZone(CENTRO).toInstant();
            NotificacionTiming n = IMSS.notificacion(aviso, CENTRO);
            if (n.isCertain()) {
                assertThat(withDeclared.notificacion(aviso, CENTRO)).isEqualTo(n);
            }
        }
        assertThat(certainAnswers).as("the sample includes certain answers").isGreaterThan(100);
    }

    private static void assertYears(List<CalendarCaveat> caveats, TreeSet<Integer> confirmed, LocalDate from,
            LocalDate to) {
        List<Integer> expected = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!confirmed.contains(year)) {
                expected.add(year);
            }
        }
        if (expected.isEmpty()) {
            assertThat(caveats).as("%s..%s with %s confirmed", from, to, confirmed).isEmpty();
        } else {
            assertThat(caveats).as("%s..%s with %s confirmed", from, to, confirmed).singleElement()
                    .satisfies(c -> assertThat(c.years()).isEqualTo(expected));
        }
    }

    // --- CFF art. 12, fourth paragraph: the last day inhábil moves the end to the next día hábil ---

    @Test
    void cffArt12FourthParagraph_naturalDays_tenthDayIsThirdMondayOfMarch_endsTuesday() {
        Vencimiento v = IMSS.naturales(d("2026-03-06"), 10);
        assertThat(v.ultimoDiaContado()).isEqualTo(d("2026-03-16"));
        assertThat(v.vence()).isEqualTo(d("2026-03-17"));
        assertThat(v.prorrogado()).isTrue();
        assertThat(v.diasOmitidos()).extracting(DiaInhabil::fecha).containsExactly(d("2026-03-16"));
        assertThat(v.explicacion()).contains("10 días naturales", "lunes 16 de marzo de 2026", "es inhábil",
                "CFF art. 12, cuarto párrafo", "martes 17 de marzo de 2026");
    }

    @Test
    void cffArt12FourthParagraph_naturalDays_lastDayHabil_notMoved() {
        Vencimiento v = IMSS.naturales(d("2026-03-13"), 10);
        assertThat(v.vence()).isEqualTo(d("2026-03-23")).isEqualTo(v.ultimoDiaContado());
        assertThat(v.prorrogado()).isFalse();
        assertThat(v.diasOmitidos()).isEmpty();
        assertThat(v.explicacion()).doesNotContain("cuarto párrafo");
    }

    @Test
    void cffArt12FourthParagraph_naturalDays_lastDaySaturdayBeforeChristmasWeek_endsMonday() {
        Vencimiento v = IMSS.naturales(d("2026-12-09"), 10);
        assertThat(v.ultimoDiaContado()).isEqualTo(d("2026-12-19"));
        assertThat(v.vence()).isEqualTo(d("2026-12-21"));
    }

    @Test
    void cffArt12FourthParagraph_diasHabiles_alwaysEndOnADiaHabil() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 500; i++) {
            LocalDate desde = d("2023-01-01").plusDays(random.nextInt(4 * 365));
            Vencimiento v = IMSS.habiles(desde, 1 + random.nextInt(60));
            assertThat(IMSS.calendar().isBusinessDay(v.vence())).as("%s", v).isTrue();
            assertThat(v.prorrogado()).isFalse();
        }
    }

    @Test
    void cffArt12FourthParagraph_monthsAndYears_lastDayInhabil_nextBusinessDay() {
        BusinessCalendar imss = ReferenceCalendars.imss();
        // One month from 14 February 2026 is Saturday 14 March; Monday 16 is the third Monday of March.
        assertThat(imss.plazoEndAfterMonths(d("2026-02-14"), 1)).isEqualTo(d("2026-03-17"));
        // One year from 16 March 2025 is Monday 16 March 2026, inhábil by law.
        assertThat(imss.plazoEndAfterYears(d("2025-03-16"), 1)).isEqualTo(d("2026-03-17"));
    }

    @Test
    void cffArt12FourthParagraph_fixedDate_cuotasDay17OnSaturday_movedToMonday() {
        ComplianceEvent january = IMSS.complianceCalendar(2026).get(0);
        assertThat(january.fechaNominal()).isEqualTo(d("2026-01-17"));
        assertThat(january.vence()).isEqualTo(d("2026-01-19"));
        assertThat(january.explicacion()).contains("CFF art. 12, cuarto párrafo");
    }

    @Test
    void cffArt12FourthParagraph_transitorioPrimero_onHostCalendar_movesFurtherWithADeclaredDay() {
        BusinessCalendar declared = ReferenceCalendars.imss().toBuilder()
                .declare(DiaInhabil.declared(d("2025-02-04"), "ejemplo", "acuerdo de ejemplo")).build();
        Vencimiento v = BuzonPlazos.transitorioPrimero(declared);
        assertThat(v.ultimoDiaContado()).isEqualTo(d("2025-02-01"));
        assertThat(v.vence()).isEqualTo(d("2025-02-05"));
    }

    // --- Lineamientos 7.2: an acuse before 09:30 of a día hábil ---

    @Test
    void lineamientos72_beforeNineThirty_defaultSameDay_explanationNamesTheLiteralReading() {
        NotificacionTiming n = IMSS.notificacion(centro("2026-03-02T12:00"), centro("2026-03-03T08:00"),
                CENTRO);
        assertThat(IMSS.earlyAcuseRule()).isEqualTo(EarlyAcuseRule.SAME_BUSINESS_DAY);
        assertThat(n.via()).isEqualTo(Via.APERTURA);
        assertThat(n.notificadaEl()).isEqualTo(centro("2026-03-03T09:30"));
        assertThat(n.surteEfectos()).isEqualTo(d("2026-03-04"));
        assertThat(n.otraLectura72()).contains(centro("2026-03-04T09:30"));
        assertThat(n.explicacion()).contains("las dos lecturas del numeral 7.2 dan fechas distintas",
                "se aplicó 09:30 del mismo día hábil (lectura conservadora)",
                "09:30 del día hábil siguiente (lectura literal), daría el miércoles 4 de marzo de 2026");
    }

    @Test
    void lineamientos72_beforeNineThirty_literalOption_nextDiaHabil() {
        BuzonPlazos literal = IMSS.withEarlyAcuseRule(EarlyAcuseRule.NEXT_BUSINESS_DAY);
        NotificacionTiming n = literal.notificacion(centro("2026-03-02T12:00"),
                centro("2026-03-03T08:00"), CENTRO);
        assertThat(n.notificadaEl()).isEqualTo(centro("2026-03-04T09:30"));
        assertThat(n.surteEfectos()).isEqualTo(d("2026-03-05"));
        assertThat(n.otraLectura72()).contains(centro("2026-03-03T09:30"));
        assertThat(n.explicacion()).contains("se aplicó 09:30 del día hábil siguiente (lectura literal)");
        // Friday 13 March before 09:30: the literal reading skips the weekend and Monday 16 (law).
        assertThat(literal.notifiedAt(centro("2026-03-13T07:00"))).isEqualTo(centro("2026-03-17T09:30"));
        assertThat(IMSS.notifiedAt(centro("2026-03-13T07:00"))).isEqualTo(centro("2026-03-13T09:30"));
    }

    @Test
    void lineamientos72_withinHoursOrOnInhabilDay_bothReadingsAgree_noSecondReading() {
        BuzonPlazos literal = IMSS.withEarlyAcuseRule(EarlyAcuseRule.NEXT_BUSINESS_DAY);
        for (String opened : List.of("2026-03-03T10:00", "2026-03-03T19:00", "2026-03-07T08:00")) {
            NotificacionTiming a = IMSS.notificacion(centro("2026-03-02T12:00"), centro(opened), CENTRO);
            NotificacionTiming b = literal.notificacion(centro("2026-03-02T12:00"), centro(opened),
                    CENTRO);
            assertThat(a.notificadaEl()).as(opened).isEqualTo(b.notificadaEl());
            assertThat(a.otraLectura72()).as(opened).isEmpty();
            assertThat(a.explicacion()).doesNotContain("dos lecturas");
        }
    }

    @Test
    void lineamientos72_nineThirtyZonaCentro_everyDiaHabil1990To2040_sameInstantAsTheZoneRules() {
        // The notification start is computed by arithmetic once Zona Centro has a fixed offset (2022 reform):
        // check it, and the dates taken in each zone, against java.time's own conversion.
        BuzonPlazos plazos = BuzonPlazos.of(BusinessCalendar.cffRulesOnly());
        for (LocalDate day = d("1990-01-01"); day.isBefore(d("2041-01-01")); day = day.plusDays(1)) {
            if (plazos.calendar().isBusinessDay(day)) {
                Instant early = day.atTime(7, 0).atZone(CENTRO).toInstant();
                assertThat(plazos.notifiedAt(early)).as("%s", day)
                        .isEqualTo(day.atTime(9, 30).atZone(CENTRO).toInstant());
            }
        }
        List<ZoneId> zones = List.of(CENTRO, ZoneId.of("America/Tijuana"), ZoneId.of("America/Cancun"),
                ZoneId.of("America/Hermosillo"), ZoneId.of("America/Mazatlan"), ZoneId.of("America/Matamoros"),
                ZoneId.of("America/Ciudad_Juarez"), ZoneId.of("America/Ojinaga"), ZoneId.of("America/Monterrey"),
                ZoneId.of("America/Chihuahua"), ZoneId.of("America/Merida"), ZoneId.of("America/Bahia_Banderas"));
        SplittableRandom random = new SplittableRandom(72);
        for (int i = 0; i < 5_000; i++) {
            Instant aviso = Instant.parse("1995-01-01T00:00:00Z").plusSeconds(random.nextLong(45L * 365 * 86_400));
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            NotificacionTiming n = plazos.notificacion(aviso, zone);
            assertThat(n.fechaAviso()).as("%s %s", aviso, zone).isEqualTo(aviso.atZone(zone).toLocalDate());
            assertThat(n.fechaNotificacion()).isEqualTo(n.notificadaEl().atZone(zone).toLocalDate());
        }
    }

    /** The two overloads of {@code BuzonPlazos.notificacion} behind one call, for generated openings. */
    private static NotificacionTiming timing(BuzonPlazos plazos, Instant aviso, Optional<Instant> apertura,
            ZoneId zone) {
        return apertura.isPresent() ? plazos.notificacion(aviso, apertura.get(), zone)
                : plazos.notificacion(aviso, zone);
    }
}
