package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host data format: round trip and readable errors. */
class InhabilDaysTsvTest {

    private static final DiaInhabil HOLY_THURSDAY_2025 = DiaInhabil.declared(LocalDate.parse("2025-04-17"),
            "Jueves Santo", "SAT regla 2.1.6 RMF 2025");

    @Test
    void parseDays_formatDays_roundTripOfTheShippedSatData() {
        List<DiaInhabil> sat = ReferenceCalendars.sat().declaredDays();
        assertThat(InhabilDaysTsv.parseDays(InhabilDaysTsv.formatDays(sat))).isEqualTo(sat);
    }

    @Test
    void parse_commentsBlankLinesAndCrLf_ignored() {
        String text = "# días declarados por el host\r\n\r\n2025-04-17\tDECLARED\tJueves Santo\tSAT regla 2.1.6 RMF 2025\r\n";
        assertThat(InhabilDaysTsv.parseDays(text)).containsExactly(HOLY_THURSDAY_2025);
    }

    @Test
    void parse_badLine_typedErrorNamingTheLine() {
        assertThatThrownBy(() -> InhabilDaysTsv.parseDays("# x\n2025-02-30\tDECLARED\tx\ty\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 2")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("DATOS_ILEGIBLES");
        assertThatThrownBy(() -> InhabilDaysTsv.parseDays("2025-04-17\tLAW\tx\ty"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("DECLARED o VACATION");
        assertThatThrownBy(() -> InhabilDaysTsv.parseDays("2025-04-17\tDECLARED\tx"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("4 campos");
        assertThatThrownBy(() -> InhabilDaysTsv.parseDays("2025-04-17\tDECLARED\t \ty"))
                .isInstanceOf(CalendarException.class);
    }

    @Test
    void format_tabInReason_rejected() {
        assertThatThrownBy(() -> InhabilDaysTsv.formatDays(List.of(DiaInhabil.declared(LocalDate.parse("2025-04-17"),
                "a\tb", "c")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_hostData_addedToImssCalendar() {
        BusinessCalendar imss = ReferenceCalendars.imss().toBuilder()
                .declareAll(InhabilDaysTsv.parseDays(InhabilDaysTsv.formatDays(List.of(HOLY_THURSDAY_2025)))).build();
        assertThat(imss.isBusinessDay(LocalDate.parse("2025-04-17"))).isFalse();
    }

    @Test
    void parse_format_format2RoundTripOfBothShippedFiles() {
        for (DeclaredDays data : List.of(ReferenceCalendars.imssData(), ReferenceCalendars.satData())) {
            assertThat(InhabilDaysTsv.parse(InhabilDaysTsv.format(data))).isEqualTo(data);
        }
        assertThat(ReferenceCalendars.satData().days()).isEqualTo(ReferenceCalendars.sat().declaredDays());
    }

    @Test
    void parse_addingAYearIsAnEditOfData_confirmedLineAndDay_noCode() {
        String text = InhabilDaysTsv.format(ReferenceCalendars.imssData())
                + "#@confirmado\t2027\tAcuerdo de ejemplo del H. Consejo Técnico (prueba)\n"
                + "2027-03-24\tDECLARED\tsuspensión de labores (ejemplo)\tAcuerdo de ejemplo (prueba)\n";
        DeclaredDays data = InhabilDaysTsv.parse(text);
        BusinessCalendar imss = BusinessCalendar.builder(data.calendar()).data(data).build();
        assertThat(imss.confirmedYears()).containsExactly(2023, 2024, 2025, 2026, 2027);
        assertThat(imss.isBusinessDay(LocalDate.parse("2027-03-24"))).isFalse();
        assertThat(imss.caveats(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31")))
                .isEmpty();
    }

    @Test
    void parse_badHeader_typedErrorNamingTheLine() {
        String ok = "#@formato\t2\n#@calendario\tIMSS\n#@al\t2026-12-03\n";
        assertThatThrownBy(() -> InhabilDaysTsv.parse("#@calendario\tIMSS\n#@al\t2026-12-03\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("#@formato");
        assertThatThrownBy(() -> InhabilDaysTsv.parse("#@formato\t3\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 1").hasMessageContaining("3");
        assertThatThrownBy(() -> InhabilDaysTsv.parse(ok + "#@confirmado\t2027\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 4").hasMessageContaining("fuente");
        assertThatThrownBy(() -> InhabilDaysTsv.parse(ok + "#@confirmado\t2027\tx\n#@confirmado\t2027\ty\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("dos veces");
        assertThatThrownBy(() -> InhabilDaysTsv.parse(ok + "#@confirmado\t2400\tx\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2400");
        assertThatThrownBy(() -> InhabilDaysTsv.parse(ok + "#@vigencia\tx\n"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("#@vigencia");
        assertThatThrownBy(() -> InhabilDaysTsv.parse(ok.replace("2026-12-03", "3/12/2026")))
                .isInstanceOf(CalendarException.class).hasMessageContaining("línea 3");
        assertThat(InhabilDaysTsv.parse(ok).days()).isEmpty();
    }

    @Test
    void read_bytesPathAndStream_giveWhatParseGives(@TempDir Path dir) throws IOException {
        DeclaredDays imss = ReferenceCalendars.imssData();
        byte[] utf8 = InhabilDaysTsv.format(imss).getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("imss-dias-declarados.tsv"), utf8);
        assertThat(InhabilDaysTsv.read(utf8)).isEqualTo(imss);
        assertThat(InhabilDaysTsv.read(file)).isEqualTo(imss);
        assertThat(InhabilDaysTsv.read(new ByteArrayInputStream(utf8))).isEqualTo(imss);
        byte[] withBom = ("\uFEFF" + InhabilDaysTsv.format(imss)).getBytes(StandardCharsets.UTF_8);
        assertThat(InhabilDaysTsv.read(withBom)).isEqualTo(imss);
    }

    @Test
    void read_missingFileOrNotUtf8_datosIlegiblesNotIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> InhabilDaysTsv.read(dir.resolve("no-existe.tsv")))
                .isInstanceOf(CalendarException.class).hasMessageContaining("no-existe.tsv")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("DATOS_ILEGIBLES");
        byte[] latin1 = "#@formato\t2\n#@calendario\tIMSS\n#@al\t2026-12-03\n2027-03-24\tDECLARED\tsuspensión\tx\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> InhabilDaysTsv.read(latin1))
                .isInstanceOf(CalendarException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void read_endlessStream_refusedAfterMaxBytesPlusOne() {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return '#';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '#');
                served[0] += len;
                return len;
            }
        };
        assertThatThrownBy(() -> InhabilDaysTsv.read(endless))
                .isInstanceOf(CalendarException.class).hasMessageContaining(Integer.toString(InhabilDaysTsv.MAX_BYTES));
        assertThat(served[0]).isLessThanOrEqualTo(InhabilDaysTsv.MAX_BYTES + 1L);
        assertThatThrownBy(() -> InhabilDaysTsv.read(new byte[InhabilDaysTsv.MAX_BYTES + 1]))
                .isInstanceOf(CalendarException.class).hasMessageContaining("bytes");
    }
}
