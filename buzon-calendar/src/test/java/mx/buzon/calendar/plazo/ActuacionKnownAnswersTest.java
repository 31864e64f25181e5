package mx.buzon.calendar.plazo;

import static mx.buzon.calendar.plazo.NotificacionKnownAnswersTest.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known answers for the receipt of actuaciones (Lineamientos 6.3 with 5.8): the date is taken in the domicile's
 * zone; on a día inhábil the actuación is received at 00:00 (domicile zone) of the next día hábil.
 */
class ActuacionKnownAnswersTest {

    private static final BuzonPlazos IMSS = BuzonPlazos.of(ReferenceCalendars.imss());

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
        // rule | presented (UTC instant) | domicile | received (UTC instant) | fecha legal
        "día hábil: received when filed | 2026-03-02T18:00:00Z | America/Mexico_City | 2026-03-02T18:00:00Z | 2026-03-02",
        "Saturday: Monday 00:00 Zona Centro | 2026-03-07T16:00:00Z | America/Mexico_City | 2026-03-09T06:00:00Z | 2026-03-09",
        "Friday 23:59 is still Friday (6.3: 00:00 to 23:59) | 2026-03-14T05:59:00Z | America/Mexico_City | 2026-03-14T05:59:00Z | 2026-03-13",
        "Saturday before the third Monday of March: Tuesday 00:00 | 2026-03-14T18:00:00Z | America/Mexico_City | 2026-03-17T06:00:00Z | 2026-03-17",
        "1 January 2026: Friday 2 January 00:00 | 2026-01-01T18:00:00Z | America/Mexico_City | 2026-01-02T06:00:00Z | 2026-01-02",
        "transmission day 1 October 2024: 2 October 00:00 | 2024-10-01T18:00:00Z | America/Mexico_City | 2024-10-02T06:00:00Z | 2024-10-02",
        "5 de mayo 2026 (Tuesday): Wednesday 00:00 | 2026-05-05T18:00:00Z | America/Mexico_City | 2026-05-06T06:00:00Z | 2026-05-06",
        "Tijuana winter (UTC-8): 07:30Z is Sunday 23:30, received Monday 00:00 PST | 2026-03-02T07:30:00Z | America/Tijuana | 2026-03-02T08:00:00Z | 2026-03-02",
        "Zona Centro, same instant: Monday 01:30, received when filed | 2026-03-02T07:30:00Z | America/Mexico_City | 2026-03-02T07:30:00Z | 2026-03-02",
        "Tijuana after DST starts (UTC-7): 07:30Z is Monday 00:30, received when filed | 2026-03-09T07:30:00Z | America/Tijuana | 2026-03-09T07:30:00Z | 2026-03-09",
        "Tijuana before DST ends (UTC-7): 06:30Z is Sunday 23:30, Monday 00:00 PDT | 2026-10-26T06:30:00Z | America/Tijuana | 2026-10-26T07:00:00Z | 2026-10-26",
        "Tijuana after DST ends (UTC-8): 07:30Z is Sunday 23:30, Monday 00:00 PST | 2026-11-02T07:30:00Z | America/Tijuana | 2026-11-02T08:00:00Z | 2026-11-02",
        "Matamoros summer (UTC-5): Friday 23:30 Centro is Saturday 00:30, Monday 00:00 CDT | 2026-07-04T05:30:00Z | America/Matamoros | 2026-07-06T05:00:00Z | 2026-07-06",
        "Zona Centro, same instant: Friday 23:30, received when filed | 2026-07-04T05:30:00Z | America/Mexico_City | 2026-07-04T05:30:00Z | 2026-07-03",
        "Matamoros winter (UTC-6): Friday 23:30 is Friday, received when filed | 2026-01-10T05:30:00Z | America/Matamoros | 2026-01-10T05:30:00Z | 2026-01-09",
        "Cancún (UTC-5): Thursday 23:30 Centro is Friday 00:30, received when filed | 2026-03-06T05:30:00Z | America/Cancun | 2026-03-06T05:30:00Z | 2026-03-06",
        "Tijuana (UTC-8): the same instant is Thursday 21:30 | 2026-03-06T05:30:00Z | America/Tijuana | 2026-03-06T05:30:00Z | 2026-03-05",
        "Cancún: Friday 23:30 Centro is Saturday 00:30, Monday 00:00 Cancún | 2026-03-07T05:30:00Z | America/Cancun | 2026-03-09T05:00:00Z | 2026-03-09",
        "Tijuana: the same instant is Friday 21:30, received when filed | 2026-03-07T05:30:00Z | America/Tijuana | 2026-03-07T05:30:00Z | 2026-03-06",
    })
    void actuacion_legalDateInDomicileZone(String rule, Instant presented, String zone, Instant received,
            LocalDate fechaLegal) {
        ActuacionTiming timing = IMSS.actuacion(presented, ZoneId.of(zone));
        assertThat(timing.recibidaEl()).as(rule).isEqualTo(received);
        assertThat(timing.fechaLegal()).as(rule).isEqualTo(fechaLegal);
        assertThat(timing.movedToNextBusinessDay()).as(rule).isEqualTo(!received.equals(presented));
        assertThat(timing.recibidaEnDomicilio().toLocalDate()).as(rule).isEqualTo(fechaLegal);
    }

    @Test
    void actuacion_saturday_explainsSkippedDaysAndZones() {
        ActuacionTiming timing = IMSS.actuacion(at("2026-03-14T10:00", "America/Mexico_City"),
                ZoneId.of("America/Mexico_City"));
        assertThat(timing.diasOmitidos()).extracting(DiaInhabil::fecha).containsExactly(
                LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-15"), LocalDate.parse("2026-03-16"));
        assertThat(timing.explicacion()).contains("sábado 14 de marzo de 2026", "tercer lunes de marzo",
                "martes 17 de marzo de 2026", "6.3", "5.8", "America/Mexico_City");
    }
}
