package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code buzon.jar} run as users run it, {@code java -jar buzon.jar ...}, one process per case (each
 * JVM start costs about a second, so only the contract is checked here: every command once, its JSON field names
 * and types, and each exit code 0/1/2/3; {@link BuzonCliTest} covers the logic in-process). The child JVM gets
 * the hostile Turkish locale and Kiritimati time zone too. Runs with maven-failsafe after {@code package}.
 */
class BuzonJarIT {

    private static final Path JAR = Path.of(System.getProperty("buzon.jar", "target/buzon.jar"));
    private static final Fixtures.Fixture EKU = Fixtures.EKU_FIEL;

    @TempDir
    static Path dir;

    @BeforeAll
    static void jarExists() {
        assertThat(JAR).as("run `mvn package` first: the shaded jar").isRegularFile();
    }

    static CliResult buzon(String... args) {
        return java(List.of("-jar", JAR.toString()), args);
    }

    static CliResult java(List<String> launch, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(launch);
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                    .start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("buzon %s finished", List.of(args)).isTrue();
            return new CliResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void demoThenVerify_tamperedAcuse_exit1_onlyTheSpanishVerdict_noLibraryNoise() throws IOException {
        Path out = dir.resolve("demo");
        CliResult demo = buzon("demo", "--out", out.toString());
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("11 acuses emitidos y verificados");
        byte[] pdf = Files.readAllBytes(out.resolve("06-aclaracion.pdf"));
        // One flip every 1,000 bytes across the middle half reliably lands in the embedded fonts, where PDFBox
        // would log warnings with stack traces while reading (a single flip may land in a harmless spot).
        for (int i = pdf.length / 4; i < 3 * pdf.length / 4; i += 1000) {
            pdf[i] ^= 0x01;
        }
        Path tampered = Files.write(dir.resolve("alterado.pdf"), pdf);
        CliResult verify = buzon("acuse", "verify", tampered.toString(), "--cert-institucion",
                out.resolve(DemoJourney.CERTIFICADO_INSTITUCION).toString(), "--json");
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.json().get("valido").asBoolean()).isFalse();
        assertThat(verify.err()).as("PDFBox/FontBox warnings must not reach the terminal")
                .doesNotContain("WARNING").doesNotContain("Exception");
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void help_spanish_exit0() {
        CliResult r = buzon("--help");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("Uso: buzon").contains("efirma", "plazo", "cp", "Códigos de salida:");
    }

    @Test
    void efirmaInspect_ekuFiel_contractFieldsAndTypes_exit0() {
        CliResult r = buzon("efirma", "inspect", "--cer", EKU.cer().toString(), "--key", EKU.key().toString(),
                "--password-file", EKU.password().toString(), "--rfc", "EKU9003173C9", "--at",
                "2026-11-22T10:00:00-06:00", "--raices", "sat-pruebas", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(fieldNames(j)).containsExactlyInAnyOrder("rfc", "rfcRepresentante", "curp", "curpRepresentante",
                "nombre", "nombreSinRegimenCapital", "persona", "tipo", "noCertificado", "validoDesde", "validoHasta",
                "vigente", "llaveCorresponde", "problemas", "revisadoEl", "raices");
        for (String text : List.of("rfc", "rfcRepresentante", "curpRepresentante", "nombre", "nombreSinRegimenCapital",
                "persona", "tipo", "noCertificado", "validoDesde", "validoHasta", "revisadoEl", "raices")) {
            assertThat(j.get(text).isTextual()).as(text).isTrue();
        }
        assertThat(j.get("curp").isNull()).as("a persona moral has no CURP of its own").isTrue();
        assertThat(j.get("vigente").isBoolean()).isTrue();
        assertThat(j.get("llaveCorresponde").isBoolean()).isTrue();
        assertThat(j.get("problemas").isArray()).isTrue();
        assertThat(j.get("persona").asText()).isEqualTo("MORAL");
        assertThat(j.get("validoHasta").asText()).isEqualTo("2027-05-17T04:37:14Z");
        assertThat(j.get("revisadoEl").asText()).isEqualTo("2026-11-22T16:00:00Z");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void efirmaInspect_csdAsFiel_exit1() {
        Fixtures.Fixture csd = Fixtures.EKU_CSD;
        CliResult r = buzon("efirma", "inspect", "--cer", csd.cer().toString(), "--key", csd.key().toString(),
                "--password-file", csd.password().toString(), "--at", "2026-11-22T16:00:00Z", "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        JsonNode problem = r.json().get("problemas").get(0);
        assertThat(fieldNames(problem)).contains("codigo", "mensaje");
        assertThat(problem.get("codigo").asText()).isEqualTo("EFIRMA_ES_CSD");
    }

    @Test
    void efirmaInspect_wrongPassword_exit3_spanishOnStderr() throws IOException {
        Path password = Files.writeString(dir.resolve("mala.txt"), "no-es-la-clave\n", StandardCharsets.UTF_8);
        CliResult r = buzon("efirma", "inspect", "--cer", EKU.cer().toString(), "--key", EKU.key().toString(),
                "--password-file", password.toString());
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error EFIRMA_CONTRASENA_INCORRECTA: ").contains("contraseña")
                .doesNotContain("no-es-la-clave");
    }

    @Test
    void efirmaInspect_missingFile_exit3_jsonError() {
        CliResult r = buzon("efirma", "inspect", "--cer", dir.resolve("no.cer").toString(), "--key",
                EKU.key().toString(), "--password-file", EKU.password().toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
    }

    @Test
    void efirmaSignThenVerify_exit0_thenChangedFile_exit1() throws IOException {
        Path in = Files.writeString(dir.resolve("cadena.txt"), "||Folio:BI-20261122-000000001|RFC:EKU9003173C9||",
                StandardCharsets.UTF_8);
        CliResult signed = buzon("efirma", "sign", "--cer", EKU.cer().toString(), "--key", EKU.key().toString(),
                "--password-file", EKU.password().toString(), "--in", in.toString());
        assertThat(signed.exit()).as(signed.toString()).isZero();
        String sello = signed.out().strip();
        assertThat(sello).matches("[A-Za-z0-9+/]{342}==");
        Path selloFile = Files.writeString(dir.resolve("sello.txt"), signed.out(), StandardCharsets.UTF_8);

        CliResult ok = buzon("efirma", "verify", "--cer", EKU.cer().toString(), "--sello-file",
                selloFile.toString(), "--in", in.toString(), "--json");
        assertThat(ok.exit()).as(ok.toString()).isZero();
        assertThat(ok.json().get("valido").isBoolean()).isTrue();
        assertThat(ok.json().get("valido").asBoolean()).isTrue();

        Files.writeString(in, "||Folio:BI-20261122-000000001|RFC:EKU9003173C8||", StandardCharsets.UTF_8);
        CliResult changed = buzon("efirma", "verify", "--cer", EKU.cer().toString(), "--sello-file",
                selloFile.toString(), "--in", in.toString(), "--json");
        assertThat(changed.exit()).as(changed.toString()).isEqualTo(1);
        assertThat(changed.json().get("valido").asBoolean()).isFalse();
    }

    @Test
    void plazoNotificacion_contractFields_exit0() {
        CliResult r = buzon("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--cp", "22000",
                "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(fieldNames(j)).contains("diasParaAbrir", "notificadaEl", "via", "surteEfectos", "plazos",
                "explicacion");
        assertThat(j.get("diasParaAbrir").isArray()).isTrue();
        assertThat(j.get("diasParaAbrir").toString()).isEqualTo("[\"2026-03-03\",\"2026-03-04\",\"2026-03-05\"]");
        assertThat(j.get("notificadaEl").asText()).isEqualTo("2026-03-06T09:30:00-06:00");
        assertThat(j.get("via").asText()).isEqualTo("CUARTO_DIA");
        assertThat(j.get("surteEfectos").asText()).isEqualTo("2026-03-09");
        assertThat(j.get("plazos").get(0).get("vence").asText()).isEqualTo("2026-03-31");
    }

    @Test
    void plazoActuacion_contractFields_exit0() {
        CliResult r = buzon("plazo", "actuacion", "--presentada", "2026-03-07T05:30:00Z", "--cp", "77500", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("recibidaEl").asText()).isEqualTo("2026-03-09T00:00:00-05:00");
        assertThat(r.json().get("fechaLegal").asText()).isEqualTo("2026-03-09");
    }

    @Test
    void plazoHabiles_vence_exit0() {
        CliResult r = buzon("plazo", "habiles", "--desde", "2026-03-09", "--dias", "15", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("vence").asText()).isEqualTo("2026-03-31");
    }

    @Test
    void plazo_badInstant_exit2_spanish() {
        CliResult r = buzon("plazo", "notificacion", "--aviso", "ayer", "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_VALOR_INVALIDO");
        assertThat(r.error().get("mensaje").asText()).contains("ISO-8601");
    }

    @Test
    void cpZona_contractFields_exit0() {
        CliResult r = buzon("cp", "zona", "22000", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(fieldNames(j)).contains("zonaHoraria", "zona", "regla");
        assertThat(j.get("zonaHoraria").asText()).isEqualTo("America/Tijuana");
        assertThat(j.get("zona").asText()).isEqualTo("NOROESTE");
        assertThat(j.get("regla").asText()).isEqualTo("EXACTA");
    }

    @Test
    void cpZona_unknownState_exit1() {
        CliResult r = buzon("cp", "zona", "00000", "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(r.error().get("codigo").asText()).isEqualTo("CP_ESTADO_DESCONOCIDO");
    }

    @Test
    void unknownOption_exit2_jsonError() {
        CliResult r = buzon("cp", "zona", "22000", "--zona-rara", "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_OPCION_DESCONOCIDA");
        assertThat(r.error().get("mensaje").asText()).startsWith("Opción desconocida: --zona-rara");
    }

    @Test
    void calendarSample_runsFromTheJar() {
        CliResult r = java(List.of("-cp", JAR.toString(), "mx.buzon.examples.samples.CalendarSample"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2026-03-09 + 15 días hábiles = 2026-03-31");
    }
}
