package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.EfirmaCertificate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code buzon demo} in-process: the journey writes one PDF per step, and every PDF verifies on its own against
 * the test institution's certificate the demo writes beside them.
 */
class DemoCommandTest {

    @TempDir
    static Path dir;

    private static int exit;
    private static String stdout;

    @BeforeAll
    static void runDemo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        exit = BuzonCli.run(new String[] {"demo", "--out", dir.toString()}, new PrintWriter(out),
                new PrintWriter(err));
        stdout = out.toString();
        assertThat(err.toString()).isEmpty();
    }

    private static List<Path> pdfs() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    @Test
    void demo_writesElevenAcuses_exit0() throws Exception {
        assertThat(exit).as(stdout).isZero();
        assertThat(pdfs()).extracting(p -> p.getFileName().toString()).containsExactly(
                "01-registro-correo.pdf", "02-registro-movil.pdf", "03-validacion-correo.pdf",
                "04-validacion-movil.pdf", "05-activacion.pdf", "06-aclaracion.pdf",
                "07-opinion-publica-autorizada.pdf", "08-opinion-publica-cancelada.pdf", "09-tercero-autorizado.pdf",
                "10-notificacion-abierta.pdf", "11-notificacion-cuarto-dia.pdf");
    }

    @Test
    void demo_everyPdf_verifiesWithTheTestInstitutionsCertificate() throws Exception {
        AcusePdfVerifier verifier = AcusePdfVerifier.withInstitution(
                EfirmaCertificate.read(dir.resolve(DemoJourney.CERTIFICADO_INSTITUCION)))
                .withSatRoots(mx.buzon.crypto.TrustAnchors.satPruebas());
        List<String> tipos = new ArrayList<>();
        for (Path pdf : pdfs()) {
            AcuseVerification result = verifier.verify(pdf);
            assertThat(result.findings()).as(pdf.toString()).isEmpty();
            assertThat(result.veredicto()).as(pdf.toString()).isEqualTo(mx.buzon.acuse.Veredicto.VALIDO);
            tipos.add(result.tipo().orElseThrow());
        }
        assertThat(tipos).contains(AcuseTipo.ACTIVACION_BUZON.name(), AcuseTipo.RECEPCION_PROMOCION.name(),
                AcuseTipo.AUTORIZACION_OPINION_PUBLICA.name(), AcuseTipo.CANCELACION_OPINION_PUBLICA.name(),
                AcuseTipo.AUTORIZACION_TERCERO.name(), AcuseTipo.NOTIFICACION_ABIERTA.name(),
                AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA.name());
    }

    @Test
    void demo_printsProgressAndSummaryInSpanish() {
        assertThat(stdout).contains("[ 1] Registro del correo electrónico")
                .contains("Paso").contains("Folio").contains("Fecha legal").contains("Archivo")
                .contains("11 acuses emitidos y verificados: todos VÁLIDOS.")
                // The deemed notification: aviso Monday 2 March, fourth día hábil Friday 6 March at 09:30 (7.5).
                .contains("notificada el 06/03/2026 09:30 h (Zona Centro); surte efectos el 09/03/2026")
                .doesNotContain("NO VÁLIDO");
    }

    @Test
    void demo_twoRuns_sameBytes(@TempDir Path other) throws Exception {
        StringWriter ignored = new StringWriter();
        assertThat(BuzonCli.run(new String[] {"demo", "--out", other.toString()}, new PrintWriter(ignored),
                new PrintWriter(ignored))).isZero();
        for (Path pdf : pdfs()) {
            assertThat(Files.readAllBytes(other.resolve(pdf.getFileName()))).as(pdf.toString())
                    .isEqualTo(Files.readAllBytes(pdf));
        }
    }

    @Test
    void demo_json_oneObjectWithEveryStep(@TempDir Path other) throws Exception {
        StringWriter out = new StringWriter();
        int code = BuzonCli.run(new String[] {"demo", "--json", "--out", other.toString()}, new PrintWriter(out),
                new PrintWriter(new StringWriter()));

        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("valido").booleanValue()).isTrue();
        assertThat(json.get("pasos")).hasSize(11);
        assertThat(json.get("pasos").get(5).get("tipo").textValue()).isEqualTo("RECEPCION_PROMOCION");
    }
}
