package mx.buzon.calendar.plazo;

import static mx.buzon.calendar.plazo.NotificacionKnownAnswersTest.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.zone.MexicanTime;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: records of many components whose constructors accepted derived parts unchecked. A
 * {@link NotificacionTiming} cannot be built outside {@link BuzonPlazos} at all; {@link ActuacionTiming} and
 * {@link Vencimiento} refuse parts that contradict each other, and everything {@link BuzonPlazos} computes passes.
 */
class DerivedPartsTest {

    private static final BuzonPlazos IMSS = BuzonPlazos.of(ReferenceCalendars.imss());
    private static final ZoneId CENTRO = MexicanTime.ZONA_CENTRO;
    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    private static final Instant SATURDAY_2026_03_07_1000 = centro("2026-03-07T10:00");
    private static final LocalDate SATURDAY_2026_03_07 = LocalDate.of(2026, 3, 7);
    private static final LocalDate MONDAY_2026_03_09 = LocalDate.of(2026, 3, 9);
    private static final Instant MONDAY_2026_03_09_0000 = MONDAY_2026_03_09.atStartOfDay(CENTRO).toInstant();
    private static final long SEED = 15L;

    @Test
    void notificacionTiming_noPublicConstructor_onlyBuzonPlazosMakesOne() {
        assertThat(NotificacionTiming.class.isRecord()).isFalse();
        assertThat(NotificacionTiming.class.getConstructors()).isEmpty();
        assertThat(Arrays.stream(NotificacionTiming.class.getDeclaredConstructors())
                .noneMatch(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())))
                .isTrue();
        NotificacionTiming n = IMSS.notificacion(centro("2026-03-02T11:00"), CENTRO);
        assertThat(n).isEqualTo(IMSS.notificacion(centro("2026-03-02T11:00"), CENTRO))
                .hasSameHashCodeAs(IMSS.notificacion(centro("2026-03-02T11:00"), CENTRO));
        assertThat(n.toString()).startsWith("NotificacionTiming[avisoEl=2026-03-02T17:00:00Z");
    }

    @Test
    void actuacionTiming_consistentParts_accepted() {
        ActuacionTiming t = new ActuacionTiming(SATURDAY_2026_03_07_1000, CENTRO, SATURDAY_2026_03_07,
                MONDAY_2026_03_09_0000, MONDAY_2026_03_09, List.of(), List.of());
        assertThat(t.movedToNextBusinessDay()).isTrue();
        assertThat(IMSS.actuacion(SATURDAY_2026_03_07_1000, CENTRO).recibidaEl()).isEqualTo(t.recibidaEl());
    }

    @Test
    void actuacionTiming_datesNotThoseOfTheInstants_refused() {
        assertThatThrownBy(() -> new ActuacionTiming(SATURDAY_2026_03_07_1000, CENTRO, MONDAY_2026_03_09,
                MONDAY_2026_03_09_0000, MONDAY_2026_03_09, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5.8");
        // The same instants read in another zone give other dates.
        assertThatThrownBy(() -> new ActuacionTiming(centro("2026-03-07T01:00"), TIJUANA, SATURDAY_2026_03_07,
                MONDAY_2026_03_09_0000, MONDAY_2026_03_09, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void actuacionTiming_receivedBeforeFiledOrNotAtMidnight_refused() {
        assertThatThrownBy(() -> new ActuacionTiming(MONDAY_2026_03_09_0000, CENTRO, MONDAY_2026_03_09,
                SATURDAY_2026_03_07_1000, SATURDAY_2026_03_07, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        Instant mondayNoon = centro("2026-03-09T12:00");
        assertThatThrownBy(() -> new ActuacionTiming(SATURDAY_2026_03_07_1000, CENTRO, SATURDAY_2026_03_07,
                mondayNoon, MONDAY_2026_03_09, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6.3");
    }

    @Test
    void actuacionTiming_omittedDayOutsideTheWait_refused() {
        DiaInhabil friday = DiaInhabil.declared(LocalDate.of(2026, 3, 6), "ninguno", "prueba");
        assertThatThrownBy(() -> new ActuacionTiming(SATURDAY_2026_03_07_1000, CENTRO, SATURDAY_2026_03_07,
                MONDAY_2026_03_09_0000, MONDAY_2026_03_09, List.of(friday), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vencimiento_countThatContradictsItself_refused() {
        LocalDate evento = LocalDate.of(2026, 3, 13);
        LocalDate inicio = evento.plusDays(1);
        // 10 días naturales from 14 March end on 23 March, not 24.
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, inicio, 10, false,
                LocalDate.of(2026, 3, 24), List.of(), LocalDate.of(2026, 3, 24), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("días naturales");
        // Días hábiles are never extended, and 10 of them cannot end 5 days after the first.
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, inicio, 10, true,
                LocalDate.of(2026, 3, 20), List.of(), LocalDate.of(2026, 3, 18), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, inicio, 10, true,
                LocalDate.of(2026, 3, 18), List.of(), LocalDate.of(2026, 3, 18), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, inicio, 0, false, evento, List.of(),
                evento, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, evento.minusDays(1), 1, false,
                evento.minusDays(1), List.of(), evento.minusDays(1), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        DiaInhabil later = DiaInhabil.declared(LocalDate.of(2026, 4, 1), "ninguno", "prueba");
        assertThatThrownBy(() -> new Vencimiento("p", "CFF art. 12", evento, inicio, 10, false,
                LocalDate.of(2026, 3, 23), List.of(later), LocalDate.of(2026, 3, 23), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everythingBuzonPlazosComputes_passesTheChecks_seeded() {
        SplittableRandom random = new SplittableRandom(SEED);
        List<ZoneId> zones = List.of(CENTRO, TIJUANA, ZoneId.of("America/Cancun"), ZoneId.of("America/Hermosillo"));
        for (int i = 0; i < 2_000; i++) {
            Instant t = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextLong(3L * 365 * 86_400));
            ZoneId zone = zones.get(random.nextInt(zones.size()));
            LocalDate day = t.atZone(zone).toLocalDate();
            int dias = 1 + random.nextInt(45);
            assertThat(IMSS.actuacion(t, zone)).as("seed %d, %s %s", SEED, t, zone).isNotNull();
            assertThat(IMSS.habiles(day, dias).vence()).as("seed %d", SEED).isAfter(day);
            assertThat(IMSS.naturales(day, dias).dias()).isEqualTo(dias);
        }
        assertThat(BuzonPlazos.transitorioPrimero().inicio()).isEqualTo(BuzonPlazos.transitorioPrimero().evento());
    }
}
