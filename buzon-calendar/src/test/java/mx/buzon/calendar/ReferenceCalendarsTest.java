package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped IMSS and SAT calendars against the reference CSV. */
class ReferenceCalendarsTest {

    @Test
    void imss_lawOnlyCovering2023To2026() {
        BusinessCalendar imss = ReferenceCalendars.imss();
        assertThat(imss.declaredDays()).isEmpty();
        assertThat(imss.firstCoveredYear()).isEqualTo(2023);
        assertThat(imss.lastCoveredYear()).isEqualTo(2026);
        assertThat(imss.transmissionDay()).isEqualTo(TransmissionDay.OCTOBER_1_FROM_2024);
    }

    @Test
    void sat_everySatRowOfTheCsv_isADeclaredDayWithItsSource() {
        List<Map<String, String>> rows = TestData.diasInhabiles().stream()
                .filter(row -> row.get("tipo").equals("SAT (no IMSS)")).collect(Collectors.toList());
        List<DiaInhabil> declared = ReferenceCalendars.sat().declaredDays();
        assertThat(declared).hasSize(rows.size()).hasSize(44);
        for (Map<String, String> row : rows) {
            LocalDate date = LocalDate.parse(row.get("fecha"));
            assertThat(declared).as("%s", date).anySatisfy(day -> {
                assertThat(day.fecha()).isEqualTo(date);
                assertThat(day.fuente()).isEqualTo(row.get("fuente"));
                assertThat(day.kind()).isEqualTo(row.get("fuente").toLowerCase(java.util.Locale.ROOT)
                        .matches(".*(vacacion|periodo).*") ? InhabilKind.VACATION : InhabilKind.DECLARED);
            });
            assertThat(ReferenceCalendars.sat().isBusinessDay(date)).as("%s", date).isFalse();
        }
    }

    @Test
    void sat_holyThursday2025_declaredNotVacation() {
        assertThat(ReferenceCalendars.sat().reasonsInhabil(LocalDate.parse("2025-04-17")))
                .extracting(DiaInhabil::kind).containsExactly(InhabilKind.DECLARED);
    }

    @Test
    void sat_christmas2024_lawAndVacation() {
        assertThat(ReferenceCalendars.sat().reasonsInhabil(LocalDate.parse("2024-12-25")))
                .extracting(DiaInhabil::kind).containsExactly(InhabilKind.LAW, InhabilKind.VACATION);
    }
}
