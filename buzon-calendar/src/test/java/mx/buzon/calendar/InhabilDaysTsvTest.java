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

    @Test
    void readWrite_format2_roundTripOfBothShippedFiles() {
        for (DeclaredDays data : List.of(ReferenceCalendars.imssData(), ReferenceCalendars.satData())) {
            assertThat(InhabilDaysTsv.read(InhabilDaysTsv.write(data))).isEqualTo(data);
        }
        assertThat(ReferenceCalendars.satData().days()).isEqualTo(ReferenceCalendars.sat().declaredDays());
    }

    @Test
    void read_addingAYearIsAnEditOfData_confirmedLineAndDay_noCode() {
        String text = InhabilDaysTsv.write(ReferenceCalendars.imssData())
                + "#@confirmado\t2027\tAcuerdo de ejemplo del H. Consejo Técnico (prueba)\n"
                + "2027-03-24\tDECLARED\tsuspensión de labores (ejemplo)\tAcuerdo de ejemplo (prueba)\n";
        DeclaredDays data = InhabilDaysTsv.read(text);
        BusinessCalendar imss = BusinessCalendar.builder(data.calendar()).data(data).build();
        assertThat(imss.confirmedYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(imss.isBusinessDay(LocalDate.parse("2027-03-24"))).isFalse();
        assertThat(imss.caveats(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")))
                .isEmpty();
    }

    @Test
    void read_badHeader_typedErrorNamingTheLine() {
        String ok = "#@formato\t2\n#@calendario\tIMSS\n#@al\t2026-12-03\n";
        assertThatThrownBy(() -> InhabilDaysTsv.read("#@calendario\tIMSS\n#@al\t2026-12-03\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("#@formato");
        assertThatThrownBy(() -> InhabilDaysTsv.read("#@formato\t3\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 1").hasMessageContaining("3");
        assertThatThrownBy(() -> InhabilDaysTsv.read(ok + "#@confirmado\t2027\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 4").hasMessageContaining("fuente");
        assertThatThrownBy(() -> InhabilDaysTsv.read(ok + "#@confirmado\t2027\tx\n#@confirmado\t2027\ty\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("dos veces");
        assertThatThrownBy(() -> InhabilDaysTsv.read(ok + "#@confirmado\t2400\tx\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2400");
        assertThatThrownBy(() -> InhabilDaysTsv.read(ok + "#@vigencia\tx\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("#@vigencia");
        assertThatThrownBy(() -> InhabilDaysTsv.read(ok.replace("2026-12-03", "3/12/2026")))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 3");
        assertThat(InhabilDaysTsv.read(ok).days()).isEmpty();
    }
}
