package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The host data format: round trip and readable errors. */
class InhabilDaysTsvTest {

    private static final DiaInhabil HOLY_THURSDAY_2025 = DiaInhabil.declared(LocalDate.parse("2025-04-17"),
            "Jueves Santo", "SAT regla 2.1.6 RMF 2025");

    @Test
    void parse_format_roundTripOfTheShippedSatData() {
        List<DiaInhabil> sat = ReferenceCalendars.sat().declaredDays();
        assertThat(InhabilDaysTsv.parse(InhabilDaysTsv.format(sat))).isEqualTo(sat);
    }

    @Test
    void parse_commentsBlankLinesAndCrLf_ignored() {
        String text = "# días declarados por el host\r\n\r\n2025-04-17\tDECLARED\tJueves Santo\tSAT regla 2.1.6 RMF 2025\r\n";
        assertThat(InhabilDaysTsv.parse(text)).containsExactly(HOLY_THURSDAY_2025);
    }

    @Test
    void parse_badLine_typedErrorNamingTheLine() {
        assertThatThrownBy(() -> InhabilDaysTsv.parse("# x\n2025-02-30\tDECLARED\tx\ty\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 2")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("DATOS_ILEGIBLES");
        assertThatThrownBy(() -> InhabilDaysTsv.parse("2025-04-17\tLAW\tx\ty"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("DECLARED o VACATION");
        assertThatThrownBy(() -> InhabilDaysTsv.parse("2025-04-17\tDECLARED\tx"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("4 campos");
        assertThatThrownBy(() -> InhabilDaysTsv.parse("2025-04-17\tDECLARED\t \ty"))
                .isInstanceOf(CalendarException.class);
    }

    @Test
    void format_tabInReason_rejected() {
        assertThatThrownBy(() -> InhabilDaysTsv.format(List.of(DiaInhabil.declared(LocalDate.parse("2025-04-17"),
                "a\tb", "c")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_hostData_addedToImssCalendar() {
        BusinessCalendar imss = ReferenceCalendars.imss().toBuilder()
                .declareAll(InhabilDaysTsv.parse(InhabilDaysTsv.format(List.of(HOLY_THURSDAY_2025)))).build();
        assertThat(imss.isBusinessDay(LocalDate.parse("2025-04-17"))).isFalse();
    }
}
