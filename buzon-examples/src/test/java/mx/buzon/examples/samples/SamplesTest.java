package mx.buzon.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every sample runs and prints exactly what its Javadoc and docs/readme-cli.md say. */
class SamplesTest {

    @Test
    void calendarSample_rulesExample() {
        assertThat(CalendarSample.run()).isEqualTo(String.join("\n",
                "2026-03-09 + 15 días hábiles = 2026-03-31",
                "CP 22000: America/Tijuana (NOROESTE)",
                "Días para abrir: [2026-03-03, 2026-03-04, 2026-03-05]",
                "Notificada el: 2026-03-06T15:30:00Z (CUARTO_DIA)",
                "Surte efectos: 2026-03-09",
                "Recurso de inconformidad (patrón) vence: 2026-03-31"));
    }

    @Test
    void identifiersSample_strictAndLenient() {
        assertThat(IdentifiersSample.run()).isEqualTo(String.join("\n",
                "RFC EKU9003173C9: MORAL",
                "CURP HEGG560427MVZRRL04: nacimiento 1956-04-27",
                "NSS 72795608041 válido: false",
                "RFC GODE561231GR9 (LENIENT): WARNING RFC_DIGITO_VERIFICADOR",
                "Registro patronal B5510768108 (LENIENT): B5510768108"));
    }

    @Test
    void efirmaSample_bundledTestFiel_noProblems_selloVerifies() {
        assertThat(EfirmaSample.run()).isEqualTo(String.join("\n",
                "ESCUELA KEMPER URGATE SA DE CV (EKU9003173C9, MORAL, FIEL, 30001000000500003415)",
                "Problemas: []",
                "Sello verificado: true"));
    }

    @Test
    void mains_printWhatRunReturns() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            CalendarSample.main(new String[0]);
            IdentifiersSample.main(new String[0]);
            EfirmaSample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
                CalendarSample.run() + System.lineSeparator() + IdentifiersSample.run() + System.lineSeparator()
                        + EfirmaSample.run() + System.lineSeparator());
    }
}
