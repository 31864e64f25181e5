package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar's contract: coverage, data, combination and the CFF art. 12 plazo arithmetic. */
class BusinessCalendarTest {

    private static final BusinessCalendar IMSS = ReferenceCalendars.imss();
    private static final BusinessCalendar SAT = ReferenceCalendars.sat();
    private static final LocalDate MONDAY_2026_03_09 = LocalDate.parse("2026-03-09");
    private static final LocalDate MONDAY_2026_03_16_THIRD_OF_MARCH = LocalDate.parse("2026-03-16");
    private static final LocalDate SATURDAY_2026_03_14 = LocalDate.parse("2026-03-14");
    private static final LocalDate TUESDAY_2026_03_31 = LocalDate.parse("2026-03-31");

    @Test
    void isBusinessDay_weekendAndHoliday_false() {
        assertThat(IMSS.isBusinessDay(SATURDAY_2026_03_14)).isFalse();
        assertThat(IMSS.isBusinessDay(SATURDAY_2026_03_14.plusDays(1))).isFalse();
        assertThat(IMSS.isBusinessDay(MONDAY_2026_03_16_THIRD_OF_MARCH)).isFalse();
        assertThat(IMSS.isBusinessDay(MONDAY_2026_03_09)).isTrue();
    }

    @Test
    void plusBusinessDays_rulesExample_fifteenDaysEndTuesday31March() {
        assertThat(IMSS.plusBusinessDays(MONDAY_2026_03_09, 15)).isEqualTo(TUESDAY_2026_03_31);
        assertThat(IMSS.countBusinessDays(MONDAY_2026_03_09, TUESDAY_2026_03_31)).isEqualTo(15);
    }

    @Test
    void plusBusinessDays_negative_countsBackwards() {
        assertThat(IMSS.plusBusinessDays(TUESDAY_2026_03_31, -15)).isEqualTo(MONDAY_2026_03_09);
        assertThat(IMSS.plusBusinessDays(LocalDate.parse("2026-03-17"), -1)).isEqualTo(LocalDate.parse("2026-03-13"));
        assertThat(IMSS.plusBusinessDays(SATURDAY_2026_03_14, -1)).isEqualTo(LocalDate.parse("2026-03-13"));
        assertThat(IMSS.plusBusinessDays(SATURDAY_2026_03_14, 0)).isEqualTo(SATURDAY_2026_03_14);
    }

    @Test
    void nextBusinessDayOrSame_saturdayBeforeHolidayMonday_tuesday() {
        assertThat(IMSS.nextBusinessDayOrSame(SATURDAY_2026_03_14)).isEqualTo(LocalDate.parse("2026-03-17"));
        assertThat(IMSS.nextBusinessDayOrSame(MONDAY_2026_03_09)).isEqualTo(MONDAY_2026_03_09);
    }

    @Test
    void strict_yearNotConfirmed_throwsTypedError() {
        assertThatThrownBy(() -> IMSS.strict().isBusinessDay(LocalDate.parse("2027-01-04")))
                .isInstanceOf(CalendarException.class)
                .hasMessageContaining("IMSS").hasMessageContaining("2027").hasMessageContaining("2023-2026")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CALENDARIO_ANIO_SIN_DATOS");
        assertThatThrownBy(() -> IMSS.strict().plusBusinessDays(LocalDate.parse("2026-12-30"), 5))
                .isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).errorCode())
                .isEqualTo(CalendarErrorCode.CALENDARIO_ANIO_SIN_DATOS);
        assertThat(IMSS.strict().isStrict()).isTrue();
        assertThat(IMSS.isStrict()).isFalse();
        assertThat(IMSS.strict().lenient()).isEqualTo(IMSS);
    }

    @Test
    void cffArt12_lawDaysCertainForEveryYear_unconfirmedYearAnsweredByLawByDefault() {
        assertThat(IMSS.isBusinessDay(LocalDate.parse("2027-03-15"))).isFalse();
        assertThat(IMSS.plusBusinessDays(LocalDate.parse("2026-12-30"), 5)).isEqualTo(LocalDate.parse("2027-01-07"));
        assertThat(IMSS.isConfirmed(2027)).isFalse();
        assertThat(IMSS.isConfirmed(java.time.Year.of(2026))).isTrue();
        assertThat(IMSS.caveats(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-07"))).singleElement()
                .satisfies(c -> {
                    assertThat(c.errorCode()).isEqualTo(CalendarErrorCode.CALENDARIO_DIAS_NO_CONFIRMADOS);
                    assertThat(c.years()).containsExactly(2027);
                    assertThat(c.message()).contains("IMSS", "2027", "CFF art. 12");
                    assertThat(c.code()).isEqualTo("CALENDARIO_DIAS_NO_CONFIRMADOS");
                    Finding f = c.toFinding();
                    assertThat(f.code()).isEqualTo(c.code());
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message()).isEqualTo(c.message());
                    assertThat(f.offendingValue()).contains("2027");
                });
        assertThat(IMSS.caveats(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"))).isEmpty();
        @SuppressWarnings("deprecation")
        BusinessCalendar compatible = IMSS.strict().withCffRulesOnlyBeyondCoverage();
        assertThat(compatible).isEqualTo(IMSS);
    }

    @Test
    void confirmYear_withoutDeclaredDay_removesCaveatAndChangesNoDate() {
        BusinessCalendar confirmed = IMSS.toBuilder().confirmYear(2027).build();
        LocalDate from = LocalDate.parse("2026-12-20");
        for (int n = 1; n <= 300; n++) {
            assertThat(confirmed.plusBusinessDays(from, n)).isEqualTo(IMSS.plusBusinessDays(from, n));
        }
        assertThat(confirmed.caveats(from, LocalDate.parse("2027-12-31"))).isEmpty();
        assertThat(confirmed.confirmedYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(confirmed.toBuilder().unconfirmYear(2027).build()).isEqualTo(IMSS);
    }

    @Test
    void isBusinessDay_outsideSupportedSpan_throwsTypedError() {
        assertThatThrownBy(() -> BusinessCalendar.cffRulesOnly().isBusinessDay(LocalDate.parse("2300-01-02")))
                .isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CALENDARIO_FECHA_FUERA_DE_INTERVALO");
        assertThatThrownBy(() -> BusinessCalendar.cffRulesOnly().plusBusinessDays(LocalDate.parse("2299-12-20"), 30))
                .isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CALENDARIO_FECHA_FUERA_DE_INTERVALO");
    }

    @Test
    void declare_hostDeclaredImssDay_isInhabilWithReasonAndRemovable() {
        LocalDate wednesday = LocalDate.parse("2026-03-04");
        BusinessCalendar declared = IMSS.toBuilder()
                .declare(DiaInhabil.declared(wednesday, "suspensión de labores", "Acuerdo ACDO.X (ejemplo)")).build();
        assertThat(declared.isBusinessDay(wednesday)).isFalse();
        assertThat(declared.reasonsInhabil(wednesday)).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(InhabilKind.DECLARED));
        assertThat(declared.plusBusinessDays(LocalDate.parse("2026-03-02"), 3)).isEqualTo(LocalDate.parse("2026-03-06"));
        BusinessCalendar removed = declared.toBuilder().remove(wednesday).build();
        assertThat(removed.isBusinessDay(wednesday)).isTrue();
        assertThat(removed).isEqualTo(IMSS);
    }

    @Test
    void declare_lawKind_rejected() {
        assertThatThrownBy(() -> IMSS.toBuilder().declare(new DiaInhabil(LocalDate.parse("2026-03-04"),
                InhabilKind.LAW, "x", "y"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LAW");
    }

    @Test
    void build_withoutConfirmedYears_everyAnswerCarriesACaveat() {
        BusinessCalendar none = BusinessCalendar.builder("IMSS").build();
        assertThat(none.confirmedYears()).isEmpty();
        assertThat(none.caveats(MONDAY_2026_03_09, MONDAY_2026_03_09)).singleElement()
                .satisfies(c -> assertThat(c.years()).containsExactly(2026));
        assertThat(none.plusBusinessDays(MONDAY_2026_03_09, 15)).isEqualTo(IMSS.plusBusinessDays(MONDAY_2026_03_09, 15));
        assertThat(none.toString()).contains("ninguno");
    }

    @Test
    void reasonsInhabil_holidayOnSaturday_weekendAndLaw() {
        assertThat(IMSS.reasonsInhabil(LocalDate.parse("2023-09-16"))).extracting(DiaInhabil::kind)
                .containsExactly(InhabilKind.WEEKEND, InhabilKind.LAW);
        assertThat(IMSS.reasonsInhabil(MONDAY_2026_03_09)).isEmpty();
    }

    @Test
    void isBusinessDay_holidayOnWeekend_notMovedToMonday() {
        // 16 September 2023 was a Saturday: Monday 18 September stays hábil.
        assertThat(IMSS.isBusinessDay(LocalDate.parse("2023-09-18"))).isTrue();
        // 1 January 2023 was a Sunday: Monday 2 January stays hábil.
        assertThat(IMSS.isBusinessDay(LocalDate.parse("2023-01-02"))).isTrue();
    }

    @Test
    void union_imssAndSat_unionOfInhabilesAndIntersectionOfCoverage() {
        BusinessCalendar both = IMSS.union(SAT);
        assertThat(both.name()).isEqualTo("IMSS+SAT");
        LocalDate satVacation = LocalDate.parse("2025-07-21");
        assertThat(IMSS.isBusinessDay(satVacation)).isTrue();
        assertThat(SAT.isBusinessDay(satVacation)).isFalse();
        assertThat(both.isBusinessDay(satVacation)).isFalse();
        assertThat(both.declaredDays()).isEqualTo(SAT.declaredDays());
        BusinessCalendar narrow = BusinessCalendar.builder("X").confirmYears(2025, 2030).build();
        assertThat(IMSS.union(narrow).confirmedYears()).containsExactly(2025, 2026);
        assertThat(IMSS.union(narrow.strict()).isStrict()).isTrue();
    }

    @Test
    void union_differentTransmissionReadings_both() {
        BusinessCalendar december = BusinessCalendar.builder("CFF literal").transmissionDay(TransmissionDay.DECEMBER_1)
                .confirmYears(2036, 2036).build();
        BusinessCalendar october = BusinessCalendar.builder("LFT").confirmYears(2036, 2036).build();
        BusinessCalendar both = december.union(october);
        assertThat(both.transmissionDay()).isEqualTo(TransmissionDay.BOTH);
        assertThat(both.isBusinessDay(LocalDate.parse("2036-10-01"))).isFalse();
        assertThat(both.isBusinessDay(LocalDate.parse("2036-12-01"))).isFalse();
        assertThat(october.isBusinessDay(LocalDate.parse("2036-12-01"))).isTrue();
        assertThat(december.isBusinessDay(LocalDate.parse("2036-10-01"))).isTrue();
    }

    @Test
    void forDeclarationsAndPayments_satVacation_hábilButDeclaredDayStays() {
        BusinessCalendar payments = SAT.forDeclarationsAndPayments();
        assertThat(payments.isBusinessDay(LocalDate.parse("2025-07-21"))).isTrue();
        assertThat(payments.isBusinessDay(LocalDate.parse("2025-04-17"))).isFalse();
        assertThat(payments.declaredDays()).allMatch(d -> d.kind() == InhabilKind.DECLARED);
    }

    @Test
    void inhabilDays_range_everyInhabilDayWithReasons() {
        assertThat(IMSS.inhabilDays(MONDAY_2026_03_09, TUESDAY_2026_03_31)).extracting(DiaInhabil::fecha)
                .containsExactly(LocalDate.parse("2026-03-14"), LocalDate.parse("2026-03-15"),
                        MONDAY_2026_03_16_THIRD_OF_MARCH, LocalDate.parse("2026-03-21"), LocalDate.parse("2026-03-22"),
                        LocalDate.parse("2026-03-28"), LocalDate.parse("2026-03-29"));
        assertThat(IMSS.inhabilDays(TUESDAY_2026_03_31, MONDAY_2026_03_09)).isEmpty();
    }

    @ParameterizedTest(name = "{0} + {1} months = {2} ({3})")
    @CsvSource({
        "2026-03-10, 1, 2026-04-10, same day of the later month",
        "2026-01-31, 1, 2026-03-02, 31 February does not exist: first día hábil of March (1 March 2026 is Sunday)",
        "2026-01-16, 2, 2026-03-17, 16 March 2026 is inhábil: next día hábil",
        "2025-10-31, 1, 2025-12-01, 31 November does not exist: 1 December 2025 is a Monday",
        "2026-05-05, 0, 2026-05-06, zero months: the start itself, moved when inhábil",
    })
    void plazoEndAfterMonths_cffArticle12(LocalDate start, int months, LocalDate expected, String rule) {
        assertThat(IMSS.plazoEndAfterMonths(start, months)).as(rule).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} years = {2} ({3})")
    @CsvSource({
        "2024-02-29, 1, 2025-03-03, 29 February 2025 does not exist: first día hábil of March (1 March is Saturday)",
        "2023-05-05, 2, 2025-05-06, same day two years later is 5 de mayo: next día hábil",
        "2023-06-15, 3, 2026-06-15, same day of the later year",
    })
    void plazoEndAfterYears_cffArticle12(LocalDate start, int years, LocalDate expected, String rule) {
        assertThat(IMSS.plazoEndAfterYears(start, years)).as(rule).isEqualTo(expected);
    }

    @Test
    void plusBusinessDaysAdjuster_zonedDateTime_keepsTimeAndZone() {
        java.time.ZonedDateTime monday = MONDAY_2026_03_09.atTime(9, 30).atZone(java.time.ZoneId.of("America/Tijuana"));
        assertThat(monday.with(IMSS.plusBusinessDaysAdjuster(15)))
                .isEqualTo(TUESDAY_2026_03_31.atTime(9, 30).atZone(java.time.ZoneId.of("America/Tijuana")));
        assertThat(MONDAY_2026_03_09.with(IMSS.plusBusinessDaysAdjuster(15))).isEqualTo(TUESDAY_2026_03_31);
    }

    @Test
    void forDeclarationsAndPayments_calledTwice_sameInstance() {
        assertThat(SAT.forDeclarationsAndPayments()).isSameAs(SAT.forDeclarationsAndPayments());
    }

    @Test
    void toString_namesCoverage() {
        assertThat(IMSS.toString()).contains("IMSS", "2023-2026");
    }
}
