package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CFF art. 12 holidays built by rule, against hand-computed dates and the reference CSV. */
class CffArticle12Test {

    private static Set<LocalDate> dates(int year, TransmissionDay reading) {
        return CffArticle12.inhabiles(year, reading).stream().map(DiaInhabil::fecha)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}: movable Mondays {1}, {2}, {3}")
    @CsvSource({
        "2023, 2023-02-06, 2023-03-20, 2023-11-20",
        "2024, 2024-02-05, 2024-03-18, 2024-11-18",
        "2025, 2025-02-03, 2025-03-17, 2025-11-17",
        "2026, 2026-02-02, 2026-03-16, 2026-11-16",
        "2027, 2027-02-01, 2027-03-15, 2027-11-15",
        "2030, 2030-02-04, 2030-03-18, 2030-11-18",
    })
    void inhabiles_movableMondays_firstOfFebruaryThirdOfMarchAndNovember(int year, LocalDate february,
            LocalDate march, LocalDate november) {
        assertThat(dates(year, TransmissionDay.DEFAULT)).contains(february, march, november);
        assertThat(List.of(february, march, november)).allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
    }

    @Test
    void inhabiles_2026_nineFixedAndMovableDaysWithoutTransmission() {
        assertThat(dates(2026, TransmissionDay.DEFAULT)).containsExactly(LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-02-02"), LocalDate.parse("2026-03-16"), LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-05"), LocalDate.parse("2026-09-16"), LocalDate.parse("2026-11-16"),
                LocalDate.parse("2026-12-25"));
    }

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource({
        "2024, OCTOBER_1_FROM_2024, 2024-10-01",
        "2030, OCTOBER_1_FROM_2024, 2030-10-01",
        "2036, OCTOBER_1_FROM_2024, 2036-10-01",
        "2018, OCTOBER_1_FROM_2024, 2018-12-01",
        "2012, OCTOBER_1_FROM_2024, 2012-12-01",
        "2006, OCTOBER_1_FROM_2024, 2006-12-01",
        "2000, OCTOBER_1_FROM_2024, 2000-12-01",
        "2024, DECEMBER_1, 2024-12-01",
        "2036, DECEMBER_1, 2036-12-01",
    })
    void inhabiles_transmissionYear_hasTheDayOfItsReading(int year, TransmissionDay reading, LocalDate expected) {
        assertThat(dates(year, reading)).contains(expected).hasSize(9);
    }

    @Test
    void inhabiles_transmissionBoth_hasOctoberAndDecemberFrom2024() {
        assertThat(dates(2030, TransmissionDay.BOTH)).contains(LocalDate.parse("2030-10-01"),
                LocalDate.parse("2030-12-01")).hasSize(10);
        assertThat(dates(2018, TransmissionDay.BOTH)).contains(LocalDate.parse("2018-12-01")).hasSize(9);
    }

    @Test
    void inhabiles_nonTransmissionYears_haveNoTransmissionDay() {
        for (int year = 1900; year <= 2299; year++) {
            boolean transmission = (year - 2024) % 6 == 0;
            assertThat(TransmissionDay.isTransmissionYear(year)).as("year %s", year).isEqualTo(transmission);
            assertThat(dates(year, TransmissionDay.DEFAULT)).as("year %s", year).hasSize(transmission ? 9 : 8);
        }
    }

    @Test
    void transmissionDay_2024And2030_bothReadingsAgreeOnBusinessDays() {
        // 1 December is a Sunday in 2024 and 2030 (docs/LEGAL.md §2), so only 1 October separates the readings.
        assertThat(LocalDate.parse("2024-12-01").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(LocalDate.parse("2030-12-01").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void inhabiles_everyLeyRowOfTheReferenceCsv_isARuleBuiltHoliday() {
        Map<Integer, Set<LocalDate>> csvByYear = TestData.diasInhabiles().stream()
                .filter(row -> row.get("tipo").equals("ley"))
                .collect(Collectors.groupingBy(row -> Integer.parseInt(row.get("anio")),
                        Collectors.mapping(row -> LocalDate.parse(row.get("fecha")),
                                Collectors.toCollection(TreeSet::new))));
        assertThat(csvByYear).containsOnlyKeys(2023, 2024, 2025, 2026, 2027);
        // The CSV lists both readings of 2024's transmission day (1 October and the Sunday 1 December).
        csvByYear.forEach((year, csv) -> assertThat(dates(year, TransmissionDay.BOTH)).as("year %s", year)
                .containsExactlyElementsOf(csv));
        csvByYear.forEach((year, csv) -> {
            for (LocalDate date : csv) {
                assertThat(BusinessCalendar.cffRulesOnly().isBusinessDay(date)).as("%s", date).isFalse();
            }
        });
    }

    @Test
    void inhabiles_everyDay_isLawKindWithSource() {
        assertThat(CffArticle12.inhabiles(2026, TransmissionDay.DEFAULT))
                .allSatisfy(day -> {
                    assertThat(day.kind()).isEqualTo(InhabilKind.LAW);
                    assertThat(day.fuente()).contains("CFF art. 12");
                });
    }
}
