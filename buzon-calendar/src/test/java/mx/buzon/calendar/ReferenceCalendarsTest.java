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
    void imss_lawOnly_confirmed2023To2026_fromVersionedData() {
        BusinessCalendar imss = ReferenceCalendars.imss();
        assertThat(imss.declaredDays()).isEmpty();
        assertThat(imss.confirmedYears()).containsExactly(2023, 2024, 2025, 2026);
        assertThat(imss.isConfirmed(2027)).isFalse();
        assertThat(imss.transmissionDay()).isEqualTo(TransmissionDay.OCTOBER_1_FROM_2024);
        DeclaredDays data = ReferenceCalendars.imssData();
        assertThat(data.formatVersion()).isEqualTo(DeclaredDays.FORMAT_VERSION);
        assertThat(data.calendar()).isEqualTo("IMSS");
        assertThat(data.asOf()).isEqualTo(LocalDate.parse("2026-12-03"));
        assertThat(data.confirmedYears().values()).allSatisfy(source -> assertThat(source).contains("IMSS"));
    }

    @Test
    void sat_confirmsNoYear_becauseItsListIsNotKnownComplete() {
        // RULES §2: the shipped SAT list has no Holy Thursday 2026 (2 April), so it cannot claim 2026.
        assertThat(ReferenceCalendars.sat().confirmedYears()).isEmpty();
        assertThat(ReferenceCalendars.satData().confirmedYears()).isEmpty();
        assertThat(ReferenceCalendars.sat().isBusinessDay(LocalDate.parse("2026-04-02"))).isTrue();
        assertThat(ReferenceCalendars.sat().caveats(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-02")))
                .singleElement().satisfies(c -> assertThat(c.years()).containsExactly(2026));
    }

    @Test
    void cffArt12_lawDaysOf2027_matchTheReferenceList() {
        List<LocalDate> expected = TestData.diasInhabiles().stream()
                .filter(row -> row.get("anio").equals("2027") && row.get("tipo").equals("ley"))
                .map(row -> LocalDate.parse(row.get("fecha"))).collect(Collectors.toList());
        assertThat(expected).hasSize(8);
        assertThat(CffArticle12.inhabiles(2027, TransmissionDay.DEFAULT)).extracting(DiaInhabil::fecha)
                .containsExactlyElementsOf(expected);
        for (LocalDate date : expected) {
            assertThat(ReferenceCalendars.imss().isBusinessDay(date)).as("%s", date).isFalse();
        }
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
