package mx.buzon.calendar.plazo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.TransmissionDay;
import mx.buzon.calendar.zone.MexicanTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers for notifications (Lineamientos 7.2, 7.4, 7.5; CFF arts. 134 fr. I and 135), derived by hand from
 * the law; each row names the rule it tests. Instants are local date-times in the zone of the row.
 */
class NotificacionKnownAnswersTest {

    private static final BuzonPlazos IMSS = BuzonPlazos.of(ReferenceCalendars.imss());

    static Instant at(String localDateTime, String zone) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of(zone)).toInstant();
    }

    static Instant centro(String localDateTime) {
        return at(localDateTime, MexicanTime.ZONA_CENTRO.getId());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // rule | aviso (Zona Centro) | domicile zone | window | notified (Zona Centro) | surte efectos
        "docs/LEGAL.md §3 example: Monday aviso | 2026-03-02T10:00 | America/Mexico_City | 2026-03-03 2026-03-04 2026-03-05 | 2026-03-06T09:30 | 2026-03-09",
        "weekend: Friday aviso, window skips Saturday and Sunday | 2026-03-06T12:00 | America/Mexico_City | 2026-03-09 2026-03-10 2026-03-11 | 2026-03-12T09:30 | 2026-03-13",
        "Friday-evening aviso after 18:00 is still Friday's | 2026-03-06T20:00 | America/Mexico_City | 2026-03-09 2026-03-10 2026-03-11 | 2026-03-12T09:30 | 2026-03-13",
        "aviso on Saturday: counting starts the next día hábil | 2026-03-07T11:00 | America/Mexico_City | 2026-03-09 2026-03-10 2026-03-11 | 2026-03-12T09:30 | 2026-03-13",
        "movable Monday: third Monday of March 2026 skipped | 2026-03-12T10:00 | America/Mexico_City | 2026-03-13 2026-03-17 2026-03-18 | 2026-03-19T09:30 | 2026-03-20",
        "1 de mayo and 5 de mayo skipped | 2026-04-30T10:00 | America/Mexico_City | 2026-05-04 2026-05-06 2026-05-07 | 2026-05-08T09:30 | 2026-05-11",
        "5 de mayo 2025 (Monday) skipped | 2025-05-02T10:00 | America/Mexico_City | 2025-05-06 2025-05-07 2025-05-08 | 2025-05-09T09:30 | 2025-05-12",
        "transmission day 1 October 2024 skipped (default reading) | 2024-09-30T10:00 | America/Mexico_City | 2024-10-02 2024-10-03 2024-10-04 | 2024-10-07T09:30 | 2024-10-08",
        "first Monday of February 2026 skipped | 2026-01-29T10:00 | America/Mexico_City | 2026-01-30 2026-02-03 2026-02-04 | 2026-02-05T09:30 | 2026-02-06",
        "16 September 2026 (Wednesday) skipped | 2026-09-14T10:00 | America/Mexico_City | 2026-09-15 2026-09-17 2026-09-18 | 2026-09-21T09:30 | 2026-09-22",
        "third Monday of November 2026 and the weekend skipped | 2026-11-12T10:00 | America/Mexico_City | 2026-11-13 2026-11-17 2026-11-18 | 2026-11-19T09:30 | 2026-11-20",
        "Christmas and New Year 2025-2026 | 2025-12-23T10:00 | America/Mexico_City | 2025-12-24 2025-12-26 2025-12-29 | 2025-12-30T09:30 | 2025-12-31",
        "year end: surte efectos skips 1 January 2026 | 2025-12-24T10:00 | America/Mexico_City | 2025-12-26 2025-12-29 2025-12-30 | 2025-12-31T09:30 | 2026-01-02",
        "Cancún domicile: Thursday 23:30 Centro is Friday 00:30 in Cancún | 2026-03-05T23:30 | America/Cancun | 2026-03-09 2026-03-10 2026-03-11 | 2026-03-12T09:30 | 2026-03-13",
        "Tijuana domicile: Thursday 23:30 Centro is Thursday 21:30 in Tijuana | 2026-03-05T23:30 | America/Tijuana | 2026-03-06 2026-03-09 2026-03-10 | 2026-03-11T09:30 | 2026-03-12",
        "Zona Centro domicile: the same aviso is Thursday's | 2026-03-05T23:30 | America/Mexico_City | 2026-03-06 2026-03-09 2026-03-10 | 2026-03-11T09:30 | 2026-03-12",
        "Matamoros in summer (UTC-5): Thursday 23:30 Centro is Friday 00:30 | 2026-07-02T23:30 | America/Matamoros | 2026-07-06 2026-07-07 2026-07-08 | 2026-07-09T09:30 | 2026-07-10",
        "Matamoros in winter (UTC-6): Thursday 23:30 Centro is Thursday 23:30 | 2026-01-08T23:30 | America/Matamoros | 2026-01-09 2026-01-12 2026-01-13 | 2026-01-14T09:30 | 2026-01-15",
        "Tijuana on the DST change (Sunday 8 March 2026): aviso Sunday 23:30 Centro | 2026-03-08T23:30 | America/Tijuana | 2026-03-09 2026-03-10 2026-03-11 | 2026-03-12T09:30 | 2026-03-13",
        "Tijuana after DST ends (1 November 2026): Monday 00:30 Centro is Sunday 22:30 Tijuana | 2026-11-02T00:30 | America/Tijuana | 2026-11-02 2026-11-03 2026-11-04 | 2026-11-05T09:30 | 2026-11-06",
        "Zona Centro domicile: the same aviso is Monday's | 2026-11-02T00:30 | America/Mexico_City | 2026-11-03 2026-11-04 2026-11-05 | 2026-11-06T09:30 | 2026-11-09",
        "Tijuana before DST ends (UTC-7): Monday 00:30 Centro is Sunday 23:30 Tijuana | 2026-10-26T00:30 | America/Tijuana | 2026-10-26 2026-10-27 2026-10-28 | 2026-10-29T09:30 | 2026-10-30",
        "Tijuana in winter (UTC-8): Monday 01:30 Centro is Sunday 23:30 Tijuana | 2026-02-23T01:30 | America/Tijuana | 2026-02-23 2026-02-24 2026-02-25 | 2026-02-26T09:30 | 2026-02-27",
        "Tijuana in summer (UTC-7): Monday 01:30 Centro is Monday 00:30 Tijuana | 2026-03-09T01:30 | America/Tijuana | 2026-03-10 2026-03-11 2026-03-12 | 2026-03-13T09:30 | 2026-03-17",
    })
    void notificacion_notOpened_deemedOnFourthBusinessDayAt0930(String rule, String aviso, String zone, String window,
            String notified, LocalDate surteEfectos) {
        NotificacionTiming timing = IMSS.notificacion(centro(aviso), ZoneId.of(zone));
        assertThat(timing.diasParaAbrir()).as(rule)
                .containsExactly(List.of(window.split(" ")).stream().map(LocalDate::parse).toArray(LocalDate[]::new));
        assertThat(timing.via()).as(rule).isEqualTo(Via.CUARTO_DIA);
        assertThat(timing.notificadaEl()).as(rule).isEqualTo(centro(notified));
        assertThat(timing.surteEfectos()).as(rule).isEqualTo(surteEfectos);
        assertThat(timing.fechaNotificacion()).as(rule).isEqualTo(centro(notified).atZone(MexicanTime.ZONA_CENTRO)
                .toLocalDate());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // rule | aviso | opened (Zona Centro) | via | notified (Zona Centro) | surte efectos
        "opened on day 2 within hours: notified when opened | 2026-03-02T10:00 | 2026-03-04T11:00 | APERTURA | 2026-03-04T11:00 | 2026-03-05",
        "opened at 09:29: notified at 09:30 that day (7.2) | 2026-03-02T10:00 | 2026-03-04T09:29 | APERTURA | 2026-03-04T09:30 | 2026-03-05",
        "opened at 09:30: notified at that instant | 2026-03-02T10:00 | 2026-03-04T09:30 | APERTURA | 2026-03-04T09:30 | 2026-03-05",
        "opened at 18:00: still within hours | 2026-03-02T10:00 | 2026-03-04T18:00 | APERTURA | 2026-03-04T18:00 | 2026-03-05",
        "opened at 18:01: notified 09:30 next día hábil | 2026-03-02T10:00 | 2026-03-04T18:01 | APERTURA | 2026-03-05T09:30 | 2026-03-06",
        "opened the same day as the aviso, within hours | 2026-03-02T10:00 | 2026-03-02T12:00 | APERTURA | 2026-03-02T12:00 | 2026-03-03",
        "opened on day 3 at 19:00: 09:30 of day 4, by opening | 2026-03-02T10:00 | 2026-03-05T19:00 | APERTURA | 2026-03-06T09:30 | 2026-03-09",
        "opened on day 4 before 09:30: too late, deemed on day 4 | 2026-03-02T10:00 | 2026-03-06T08:00 | CUARTO_DIA | 2026-03-06T09:30 | 2026-03-09",
        "opened on day 5: too late, deemed on day 4 | 2026-03-02T10:00 | 2026-03-09T10:00 | CUARTO_DIA | 2026-03-06T09:30 | 2026-03-09",
        "opened on Saturday inside the window: 09:30 of Monday | 2026-03-04T10:00 | 2026-03-07T12:00 | APERTURA | 2026-03-09T09:30 | 2026-03-10",
        "opened Friday 18:01 before the third Monday of March: Tuesday 09:30 | 2026-03-11T10:00 | 2026-03-13T18:01 | APERTURA | 2026-03-17T09:30 | 2026-03-18",
        "opened on 5 de mayo 2026: 09:30 of 6 May | 2026-05-04T10:00 | 2026-05-05T12:00 | APERTURA | 2026-05-06T09:30 | 2026-05-07",
    })
    void notificacion_opened_rulesOf72And74(String rule, String aviso, String opened, Via via, String notified,
            LocalDate surteEfectos) {
        NotificacionTiming timing = IMSS.notificacion(centro(aviso), centro(opened),
                MexicanTime.ZONA_CENTRO);
        assertThat(timing.via()).as(rule).isEqualTo(via);
        assertThat(timing.notificadaEl()).as(rule).isEqualTo(centro(notified));
        assertThat(timing.surteEfectos()).as(rule).isEqualTo(surteEfectos);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        "acuse at 09:29 of a día hábil: 09:30 the same day | 2026-03-09T09:29 | 2026-03-09T09:30",
        "acuse at 09:30: itself | 2026-03-09T09:30 | 2026-03-09T09:30",
        "acuse at 18:00: itself (18:00 included) | 2026-03-09T18:00 | 2026-03-09T18:00",
        "acuse at 18:00:00.000000001: next día hábil | 2026-03-09T18:00:00.000000001 | 2026-03-10T09:30",
        "acuse at 18:01: next día hábil at 09:30 | 2026-03-09T18:01 | 2026-03-10T09:30",
        "acuse on Sunday: Monday 09:30 | 2026-03-08T12:00 | 2026-03-09T09:30",
        "acuse on the third Monday of March: Tuesday 09:30 | 2026-03-16T10:00 | 2026-03-17T09:30",
        "acuse Friday 18:01 before the holiday Monday: Tuesday 09:30 | 2026-03-13T18:01 | 2026-03-17T09:30",
        "acuse at 00:00 of a día hábil: 09:30 the same day | 2026-03-10T00:00 | 2026-03-10T09:30",
    })
    void notifiedAt_lineamientos72(String rule, String acuse, String notified) {
        assertThat(IMSS.notifiedAt(centro(acuse))).as(rule).isEqualTo(centro(notified));
    }

    @org.junit.jupiter.api.Test
    void notificacion_transmissionDayDecemberReading_octoberFirst2024IsHabil() {
        BuzonPlazos december = BuzonPlazos.of(ReferenceCalendars.imss().toBuilder()
                .transmissionDay(TransmissionDay.DECEMBER_1).build());
        NotificacionTiming timing = december.notificacion(centro("2024-09-30T10:00"),
                MexicanTime.ZONA_CENTRO);
        assertThat(timing.diasParaAbrir()).containsExactly(LocalDate.parse("2024-10-01"),
                LocalDate.parse("2024-10-02"), LocalDate.parse("2024-10-03"));
        assertThat(timing.notificadaEl()).isEqualTo(centro("2024-10-04T09:30"));
    }

    @org.junit.jupiter.api.Test
    void notificacion_hostDeclaredImssDay_skippedWithItsReason() {
        BusinessCalendar declared = ReferenceCalendars.imss().toBuilder()
                .declare(DiaInhabil.declared(LocalDate.parse("2026-03-04"), "suspensión de labores (ejemplo)",
                        "Acuerdo del H. Consejo Técnico (ejemplo)")).build();
        NotificacionTiming timing = BuzonPlazos.of(declared).notificacion(centro("2026-03-02T10:00"), MexicanTime.ZONA_CENTRO);
        assertThat(timing.diasParaAbrir()).containsExactly(LocalDate.parse("2026-03-03"),
                LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-06"));
        assertThat(timing.notificadaEl()).isEqualTo(centro("2026-03-09T09:30"));
        assertThat(timing.surteEfectos()).isEqualTo(LocalDate.parse("2026-03-10"));
        assertThat(timing.explicacion()).contains("suspensión de labores (ejemplo)");
    }

    @org.junit.jupiter.api.Test
    void notificacion_satCalendar_vacationPeriodSkipped() {
        NotificacionTiming timing = BuzonPlazos.of(ReferenceCalendars.sat()).notificacion(
                centro("2025-07-17T10:00"), MexicanTime.ZONA_CENTRO);
        assertThat(timing.diasParaAbrir()).containsExactly(LocalDate.parse("2025-08-01"),
                LocalDate.parse("2025-08-04"), LocalDate.parse("2025-08-05"));
    }
}
