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
    void promocionSample_aclaracionOnSaturday_receivedNextDiaHabil() {
        assertThat(PromocionSample.run()).isEqualTo(String.join("\n",
                "Folio: BI-20260307-000000001",
                "Recibida el: 2026-03-09T06:00:00Z",
                "Fecha legal: 2026-03-09",
                "Estatus: RECIBIDA",
                "Acuse RECEPCION_PROMOCION, cadena: [Acto, Folio, FechaHora, FechaHoraDomicilio]"));
    }

    @Test
    void promocionSample_evidenciaZip_sameBytesInEveryTimeZone() {
        // The suite runs under Pacific/Kiritimati: ZipEntry.setTime(millis) would change these bytes and so the cadena.
        assertThat(PromocionSample.presentar().acuse().orElseThrow().campo("Evidencia_SHA256"))
                .contains("60a4d5486c48df5e8755d89df60d5e5f845a523808b1a84ee07eb83346d3c03c");
    }

    @Test
    void acuseSample_issuedFromBytes_verifiesValid() {
        assertThat(AcuseSample.run()).isEqualTo(String.join("\n",
                "Folio: BI-20260307-000000001",
                "Tipo: RECEPCION_PROMOCION",
                "PDF/A-3b, 1 página",
                "válido: true"));
    }

    @Test
    void mediosSample_registersNamesTheMedioAndStoresTheCountedAttempt() {
        assertThat(MediosSample.run()).isEqualTo(String.join("\n",
                "Correo registrado: contacto@kemper.example.mx, folio BI-20250203-000000001",
                "Móvil registrado: 5512345678, folio BI-20250203-000000002",
                "Código incorrecto: MEDIOS_CODIGO_INCORRECTO; intentos guardados: 1",
                "Validados: [CORREO_ELECTRONICO, TELEFONO_MOVIL]"));
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
            PromocionSample.main(new String[0]);
            AcuseSample.main(new String[0]);
            MediosSample.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEqualTo(
                CalendarSample.run() + System.lineSeparator() + IdentifiersSample.run() + System.lineSeparator()
                        + EfirmaSample.run() + System.lineSeparator() + PromocionSample.run()
                        + System.lineSeparator() + AcuseSample.run() + System.lineSeparator() + MediosSample.run()
                        + System.lineSeparator());
    }
}
