package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.buzon.examples.samples.SatTestEfirma;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code buzon acuse verify}: exit 0 only for VALIDO, 1 for INVALIDO and INTEGRO_NO_AUTENTICADO with the problems,
 * 3 unreadable; one JSON object with the veredicto.
 */
class AcuseVerifyCommandTest {

    @TempDir
    static Path dir;

    private static Path activacion;
    private static Path certificado;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void issueAcuses() {
        StringWriter ignored = new StringWriter();
        assertThat(BuzonCli.run(new String[] {"demo", "--out", dir.toString()}, new PrintWriter(ignored),
                new PrintWriter(ignored))).isZero();
        activacion = dir.resolve("05-activacion.pdf");
        certificado = dir.resolve(DemoJourney.CERTIFICADO_INSTITUCION);
    }

    private int run(String... args) {
        return BuzonCli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void verify_issuedAcuseWithInstitutionCertificate_valid_exit0() throws Exception {
        int code = run("acuse", "verify", activacion.toString(), "--cert-institucion", certificado.toString(),
                "--raices", "sat-pruebas", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
        JsonNode json = json();
        assertThat(json.get("veredicto").textValue()).isEqualTo("VALIDO");
        assertThat(json.get("valido").booleanValue()).isTrue();
        assertThat(json.get("folio").textValue()).isEqualTo("BI-20260302-000000005");
        assertThat(json.get("tipo").textValue()).isEqualTo("ACTIVACION_BUZON");
        assertThat(json.get("problemas")).isEmpty();
    }

    @Test
    void verify_withoutInstitutionCertificate_intactButNotAuthenticated_exit1() throws Exception {
        int code = run("acuse", "verify", activacion.toString(), "--raices", "sat-pruebas", "--json");

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(json().get("veredicto").textValue()).isEqualTo("INTEGRO_NO_AUTENTICADO");
        assertThat(json().get("valido").booleanValue()).isFalse();
        assertThat(json().get("problemas").get(0).get("codigo").textValue())
                .isEqualTo("ACUSE_INSTITUCION_NO_CONFIABLE");
        assertThat(json().get("problemas").get(0).get("severidad").textValue()).isEqualTo("WARNING");
    }

    @Test
    void verify_withoutInstitutionCertificate_humanTextNeverSaysValid() {
        int code = run("acuse", "verify", activacion.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).startsWith("Acuse íntegro pero NO AUTENTICADO").doesNotContain("VÁLIDO");
    }

    @Test
    void verify_pemBundleWithAnotherAndTheInstitutionCertificate_valid_exit0() throws Exception {
        Path bundle = dir.resolve("confiables.pem");
        String other = mx.buzon.crypto.EfirmaCertificate.read(SatTestEfirma.EKU9003173C9_FIEL_2023.cer()).toPem();
        String institution = mx.buzon.crypto.EfirmaCertificate.read(certificado).toPem();
        Files.writeString(bundle, other + institution, StandardCharsets.US_ASCII);

        int code = run("acuse", "verify", activacion.toString(), "--cert-institucion", bundle.toString(),
                "--raices", "sat-pruebas", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(json().get("veredicto").textValue()).isEqualTo("VALIDO");
    }

    @Test
    void verify_repeatedCertInstitucion_trustsEach_exit0() throws Exception {
        Path efirma = dir.resolve("eku-otra.cer");
        Files.write(efirma, SatTestEfirma.EKU9003173C9_FIEL_2023.cer());

        int code = run("acuse", "verify", activacion.toString(), "--cert-institucion", efirma.toString(),
                "--cert-institucion", certificado.toString(), "--raices", "sat-pruebas", "--json");

        assertThat(code).isEqualTo(ExitCodes.OK);
    }

    @Test
    void verify_changedByte_invalid_exit1() throws Exception {
        byte[] pdf = Files.readAllBytes(activacion);
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/M (D:2026030") + "/M (D:2026030".length();   // the seal's signing time
        pdf[at] = (byte) (pdf[at] == '3' ? '4' : '3');
        Path tampered = dir.resolve("alterado.pdf");
        Files.write(tampered, pdf);

        int code = run("acuse", "verify", tampered.toString(), "--cert-institucion", certificado.toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(json().get("veredicto").textValue()).isEqualTo("INVALIDO");
        assertThat(json().get("valido").booleanValue()).isFalse();
        assertThat(json().get("problemas").get(0).get("codigo").textValue()).isEqualTo("ACUSE_SELLO_PDF_INVALIDO");
    }

    @Test
    void verify_otherInstitutionsCertificate_notAuthenticated_exit1() throws Exception {
        Path efirma = dir.resolve("eku.cer");
        Files.write(efirma, SatTestEfirma.EKU9003173C9_FIEL_2023.cer());

        int code = run("acuse", "verify", activacion.toString(), "--cert-institucion", efirma.toString());

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(out.toString()).startsWith("Acuse íntegro pero NO AUTENTICADO")
                .contains("ACUSE_INSTITUCION_NO_CONFIABLE");
    }

    @Test
    void verify_notAPdf_unreadable_exit3() throws Exception {
        Path text = dir.resolve("nota.pdf");
        Files.writeString(text, "no soy un PDF", StandardCharsets.UTF_8);

        int code = run("acuse", "verify", text.toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(json().get("error").get("codigo").textValue()).isEqualTo("ACUSE_NO_ES_PDF");
    }

    @Test
    void verify_institutionCertificateNotACertificate_unreadable_exit3() throws Exception {
        int code = run("acuse", "verify", activacion.toString(), "--cert-institucion", activacion.toString(),
                "--json");

        assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(json().get("error").get("codigo").textValue()).startsWith("EFIRMA_");
    }

    @Test
    void verify_missingFile_unreadable_exit3() throws Exception {
        int code = run("acuse", "verify", dir.resolve("no-existe.pdf").toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(json().get("error").get("codigo").textValue()).isEqualTo("ACUSE_LECTURA_FALLIDA");
    }

    @Test
    void verify_truncatedFile_typedError_exit3() throws Exception {
        byte[] pdf = Files.readAllBytes(activacion);
        Path cut = dir.resolve("cortado.pdf");
        Files.write(cut, java.util.Arrays.copyOf(pdf, pdf.length / 2));

        int code = run("acuse", "verify", cut.toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(json().get("error").get("codigo").textValue()).isEqualTo("ACUSE_PDF_TRUNCADO");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void verify_withoutFile_usage_exit2() {
        assertThat(run("acuse", "verify")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void verify_unsealedHostileFile_refusedFromTheRawBytes_exit1_withoutParsing() throws Exception {
        // A form that draws itself: it ran PDFBox for minutes before the bounds. Unsealed, it never reaches PDFBox:
        // the seal is checked from the raw bytes first (a self-sealed hostile page, which does get parsed, is
        // ACUSE_CONTENIDO_EXCESIVO in buzon-acuse's SealedHostileIntakeTest, and every AcuseException is exit 3).
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << /XObject << /X 5 0 R >> >> >>",
            "<< /Length 11 >>\nstream\n/X Do /X Do\nendstream",
            "<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /X 5 0 R >> >> /Length 11"
                    + " >>\nstream\n/X Do /X Do\nendstream"};
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        StringBuilder xref = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 0; i < objects.length; i++) {
            xref.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", pdf.length()));
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int start = pdf.length();
        pdf.append(xref).append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n").append(start).append("\n%%EOF\n");
        Path hostile = dir.resolve("hostil.pdf");
        Files.writeString(hostile, pdf, StandardCharsets.ISO_8859_1);

        int code = run("acuse", "verify", hostile.toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.INVALID);
        assertThat(json().get("veredicto").textValue()).isEqualTo("INVALIDO");
        assertThat(json().get("problemas").get(0).get("codigo").textValue()).isEqualTo("ACUSE_SIN_SELLO_PDF");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void verify_selfSealedHostileFile_typedError_exit3_withoutAStackTrace() throws Exception {
        // The same form that draws itself, sealed correctly by the attacker's own credential: the seal is intact
        // but untrusted, so the page is parsed, and the work budget's AcuseException must come out as exit 3 with
        // a typed error (see the README next to the fixture).
        Path hostile = dir.resolve("autosellado-hostil.pdf");
        try (java.io.InputStream in = AcuseVerifyCommandTest.class
                .getResourceAsStream("/mx/buzon/examples/acuse/autosellado-hostil.pdf")) {
            assertThat(in).isNotNull();
            Files.write(hostile, in.readAllBytes());
        }

        int code = run("acuse", "verify", hostile.toString(), "--cert-institucion", certificado.toString(), "--json");

        assertThat(code).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(json().get("error").get("codigo").textValue()).isEqualTo("ACUSE_CONTENIDO_EXCESIVO");
        assertThat(json().get("error").get("mensaje").textValue()).contains("se dibuja a sí mismo");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
