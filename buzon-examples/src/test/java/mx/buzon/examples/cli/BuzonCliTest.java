package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line in-process ({@link BuzonCli#run}): every command's answer, JSON shape and exit code, and
 * every error path with its code. {@link BuzonJarIT} runs the shaded jar for the same contract.
 */
class BuzonCliTest {

    /** "Now" for these tests: Sunday 22 November 2026, 10:00 Zona Centro; the 2023 test FIELs are vigentes. */
    static final Instant NOW_2026_11_22 = Instant.parse("2026-11-22T16:00:00Z");
    /** A day after the EKU FIEL expired (2027-05-17T04:37:14Z). */
    static final String AFTER_EKU_EXPIRY = "2027-05-18T00:00:00Z";

    @TempDir
    Path dir;

    static CliResult run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = BuzonCli.run(args, new PrintWriter(out), new PrintWriter(err),
                Clock.fixed(NOW_2026_11_22, ZoneOffset.UTC));
        return new CliResult(exit, out.toString(), err.toString());
    }

    static String[] inspect(Fixtures.Fixture f, String... more) {
        List<String> args = new ArrayList<>(List.of("efirma", "inspect", "--cer", f.cer().toString(), "--key",
                f.key().toString(), "--password-file", f.password().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- efirma inspect

    @Test
    void inspect_ekuFielNow_allFieldsNoProblems_exit0() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--rfc", "EKU9003173C9", "--raices", "sat-pruebas"));
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("rfc").asText()).isEqualTo("EKU9003173C9");
        assertThat(j.get("rfcRepresentante").asText()).isEqualTo("VADA800927DJ3");
        // A persona moral has no CURP of its own: the one its certificate carries is the representative's.
        assertThat(j.get("curp").isNull()).isTrue();
        assertThat(j.get("curpRepresentante").asText()).isEqualTo("VADA800927HSRSRL05");
        assertThat(j.get("nombre").asText()).isEqualTo("ESCUELA KEMPER URGATE SA DE CV");
        assertThat(j.get("nombreSinRegimenCapital").asText()).isEqualTo("ESCUELA KEMPER URGATE");
        assertThat(j.get("persona").asText()).isEqualTo("MORAL");
        assertThat(j.get("tipo").asText()).isEqualTo("FIEL");
        assertThat(j.get("noCertificado").asText()).isEqualTo("30001000000500003415");
        assertThat(j.get("validoDesde").asText()).isEqualTo("2023-05-18T04:37:14Z");
        assertThat(j.get("validoHasta").asText()).isEqualTo("2027-05-17T04:37:14Z");
        assertThat(j.get("vigente").isBoolean()).isTrue();
        assertThat(j.get("vigente").asBoolean()).isTrue();
        assertThat(j.get("llaveCorresponde").asBoolean()).isTrue();
        assertThat(j.get("revisadoEl").asText()).isEqualTo("2026-11-22T16:00:00Z");
        assertThat(j.get("raices").asText()).isEqualTo("sat-pruebas");
        assertThat(j.get("problemas").isArray()).isTrue();
        assertThat(j.get("problemas")).isEmpty();
    }

    @Test
    void inspect_cacxFielPersonaFisica_noRepresentative_exit0() {
        CliResult r = run(inspect(Fixtures.CACX_FIEL, "--json"));
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("rfc").asText()).isEqualTo("CACX7605101P8");
        assertThat(j.get("persona").asText()).isEqualTo("FISICA");
        assertThat(j.get("rfcRepresentante").isNull()).isTrue();
        assertThat(j.get("curp").asText()).isEqualTo("CACX760510MGTSHC04");
        assertThat(j.get("curpRepresentante").isNull()).isTrue();
        assertThat(j.get("raices").isNull()).isTrue();
        // Without --raices the chain was not checked, and the output says so as a warning.
        assertThat(codes(j.get("problemas"))).containsExactly("EFIRMA_CADENA_NO_REVISADA");
        assertThat(j.get("problemas").get(0).get("severidad").asText()).isEqualTo("WARNING");
    }

    @Test
    void inspect_onlyTheCheckDigitWarning_exit0() {
        // The SAT's 2017 test FIEL of AAA010101AAA, inside its validity: its RFC fails the strict check digit.
        CliResult r = run(inspect(Fixtures.AAA_FIEL_2017, "--json", "--at", "2017-06-01T12:00:00Z", "--raices",
                "sat-pruebas"));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_RFC_DIGITO_VERIFICADOR");
        assertThat(r.json().get("problemas").get(0).get("severidad").asText()).isEqualTo("WARNING");
    }

    @Test
    void inspect_raicesBundleRootFirstAndRepeated_allCertificatesRead() throws IOException {
        // A PEM bundle with the root first and the issuing CA last: reading only the first would not trust it.
        java.util.List<java.security.cert.X509Certificate> pruebas = mx.buzon.crypto.TrustAnchors.satPruebas()
                .certificates();
        StringBuilder rootFirst = new StringBuilder();
        for (int i = pruebas.size() - 1; i >= 0; i--) {
            rootFirst.append(pem(pruebas.get(i)));
        }
        Path bundle = write("raices.pem", rootFirst.toString());
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", bundle.toString()));
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("problemas")).isEmpty();
        assertThat(r.json().get("raices").asText()).isEqualTo("raices.pem");

        CliResult both = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", "sat-produccion", "--raices",
                bundle.toString()));
        assertThat(both.exit()).as(both.toString()).isZero();
        assertThat(both.json().get("raices").asText()).isEqualTo("sat-produccion + raices.pem");

        Path onlyRoot = write("raiz.pem", pem(pruebas.stream().filter(c -> c.getSubjectX500Principal()
                .getName().contains("Raiz Beta")).findFirst().orElseThrow()));
        CliResult untrusted = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", onlyRoot.toString()));
        assertThat(codes(untrusted.json().get("problemas"))).containsExactly("EFIRMA_CADENA_NO_CONFIABLE");
    }

    private static String pem(java.security.cert.X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(certificate.getEncoded()) + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void inspect_human_isSpanishAndSaysNoProblems() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("e.firma de ESCUELA KEMPER URGATE SA DE CV", "RFC: EKU9003173C9",
                "Persona: moral", "Vigente el 2026-11-22T16:00:00Z: sí", "Sin errores",
                "advertencia EFIRMA_CADENA_NO_REVISADA");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inspect_csdOfferedAsFiel_findingEsCsd_exit1() {
        CliResult r = run(inspect(Fixtures.EKU_CSD, "--json"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INVALID);
        JsonNode j = r.json();
        assertThat(j.get("tipo").asText()).isEqualTo("CSD");
        assertThat(codes(j.get("problemas"))).containsExactly("EFIRMA_ES_CSD", "EFIRMA_CADENA_NO_REVISADA");
        JsonNode problem = j.get("problemas").get(0);
        assertThat(problem.get("mensaje").asText()).contains("CSD");
        assertThat(problem.get("severidad").asText()).isEqualTo("ERROR");
    }

    @Test
    void inspect_afterExpiry_vencida_notVigente_exit1() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--at", AFTER_EKU_EXPIRY));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.json().get("vigente").asBoolean()).isFalse();
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_VENCIDA", "EFIRMA_CADENA_NO_REVISADA");
        assertThat(r.json().get("revisadoEl").asText()).isEqualTo("2027-05-18T00:00:00Z");
    }

    @Test
    void inspect_atWithOffset_isTheSameInstant() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--at", "2027-05-16T23:37:14-05:00"));
        assertThat(r.json().get("revisadoEl").asText()).isEqualTo("2027-05-17T04:37:14Z");
        assertThat(r.exit()).isZero(); // notAfter itself is still inside the validity
    }

    @Test
    void inspect_otherRfcTyped_rfcDistinto_exit1_humanListsProblem() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--rfc", "CACX7605101P8"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.out()).contains("Problemas (2):", "EFIRMA_RFC_DISTINTO", "CACX7605101P8");
    }

    @Test
    void inspect_raicesProduccion_testFielNotTrusted_exit1() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", "sat-produccion"));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_CADENA_NO_CONFIABLE");
    }

    @Test
    void inspect_raicesFile_certificateNotIssuedByIt_exit1() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", Fixtures.CACX_FIEL.cer().toString()));
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_CADENA_NO_CONFIABLE");
        assertThat(r.json().get("raices").asText()).isEqualTo("certificate.cer");
    }

    @Test
    void inspect_raicesMissingFile_exit3() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--json", "--raices", dir.resolve("no.cer").toString()));
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
    }

    @Test
    void inspect_wrongPassword_exit3_messageNeverShowsThePassword() throws IOException {
        Path password = write("clave.txt", "secreto-equivocado\n");
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", password.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        JsonNode error = r.error();
        assertThat(error.get("codigo").asText()).isEqualTo("EFIRMA_CONTRASENA_INCORRECTA");
        assertThat(error.get("mensaje").asText()).contains("contraseña");
        assertThat(r.out() + r.err()).doesNotContain("secreto");
    }

    @Test
    void inspect_wrongPasswordHuman_goesToStderr_exit3() throws IOException {
        Path password = write("clave.txt", "otra");
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", password.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Error EFIRMA_CONTRASENA_INCORRECTA: ");
    }

    @Test
    void inspect_passwordFileWithCrLf_lineBreakIgnored_exit0() throws IOException {
        Path password = write("clave.txt", "12345678a\r\n");
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", password.toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void inspect_passwordFileWithTwoLineBreaks_onlyOneIgnored_exit3() throws IOException {
        Path password = write("clave.txt", "12345678a\n\n");
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", password.toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_CONTRASENA_INCORRECTA");
    }

    @Test
    void inspect_missingCer_exit3_archivoNoLeido() {
        CliResult r = run("efirma", "inspect", "--cer", dir.resolve("no-existe.cer").toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", Fixtures.EKU_FIEL.password().toString(),
                "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
        assertThat(r.error().get("mensaje").asText()).contains("no-existe.cer");
    }

    @Test
    void inspect_corruptKey_exit3_archivoInvalido() throws IOException {
        Path key = write("roto.key", "esto no es una llave");
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                key.toString(), "--password-file", Fixtures.EKU_FIEL.password().toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_INVALIDO");
    }

    @Test
    void inspect_keyOfAnotherCertificate_llaveNoCorresponde_exit1() {
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.CACX_FIEL.key().toString(), "--password-file", Fixtures.CACX_FIEL.password().toString(),
                "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.json().get("llaveCorresponde").asBoolean()).isFalse();
        assertThat(codes(r.json().get("problemas"))).contains("EFIRMA_LLAVE_NO_CORRESPONDE");
    }

    @Test
    void inspect_pfxAndCerTogether_usage_exit2() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--pfx", "x.pfx", "--json"));
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_INCORRECTO");
        assertThat(r.error().get("mensaje").asText()).contains("--pfx", "--cer");
    }

    @Test
    void inspect_cerWithoutKey_usage_exit2() {
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--password-file",
                Fixtures.EKU_FIEL.password().toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Error USO_INCORRECTO: ").contains("--key");
    }

    @Test
    void inspect_missingPfxFile_exit3() {
        CliResult r = run("efirma", "inspect", "--pfx", dir.resolve("no.pfx").toString(), "--password-file",
                Fixtures.EKU_FIEL.password().toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
    }

    @Test
    void inspect_pfx_legacyCsd_loads_findingEsCsd_exit1() {
        Fixtures.Fixture pfx = Fixtures.EKU_CSD_PFX;
        CliResult r = run("efirma", "inspect", "--pfx", pfx.pfx().toString(), "--password-file",
                pfx.password().toString(), "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.json().get("noCertificado").asText()).isEqualTo("30001000000500003416");
        assertThat(r.json().get("llaveCorresponde").asBoolean()).isTrue();
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_ES_CSD", "EFIRMA_CADENA_NO_REVISADA");
    }

    @Test
    void inspect_pfxWrongPassword_exit3() {
        CliResult r = run("efirma", "inspect", "--pfx", Fixtures.EKU_CSD_PFX.pfx().toString(), "--password-file",
                Fixtures.EKU_FIEL.password().toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_CONTRASENA_INCORRECTA");
    }

    @Test
    void inspect_missingPasswordFile_exit3() {
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", dir.resolve("sin-clave.txt").toString(),
                "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
        assertThat(r.error().get("mensaje").asText()).contains("sin-clave.txt");
    }

    @Test
    void inspect_malformedRfc_usage_exit2() {
        CliResult r = run(inspect(Fixtures.EKU_FIEL, "--rfc", "NO-ES-RFC", "--json"));
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_VALOR_INVALIDO");
        assertThat(r.error().get("mensaje").asText()).contains("--rfc", "NO-ES-RFC");
    }

    // ---------------------------------------------------------------- efirma sign / verify

    @Test
    void signThenVerify_sameFile_valid_exit0_changedFile_invalid_exit1() throws IOException {
        Path in = write("cadena.txt", "||Folio:BI-20261122-000000001|RFC:EKU9003173C9||");
        Fixtures.Fixture f = Fixtures.EKU_FIEL;
        CliResult signed = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString(), "--json");
        assertThat(signed.exit()).as(signed.toString()).isZero();
        String sello = signed.json().get("sello").asText();
        assertThat(sello).matches("[A-Za-z0-9+/]{342}==");   // 2048-bit RSA signature
        assertThat(signed.json().get("noCertificado").asText()).isEqualTo("30001000000500003415");

        CliResult human = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString());
        assertThat(human.out()).isEqualTo(sello + "\n");   // PKCS#1 v1.5 is deterministic

        Path selloFile = write("sello.txt", sello + "\n");
        CliResult ok = run("efirma", "verify", "--cer", f.cer().toString(), "--sello-file", selloFile.toString(),
                "--in", in.toString(), "--json");
        assertThat(ok.exit()).isZero();
        assertThat(ok.json().get("valido").isBoolean()).isTrue();
        assertThat(ok.json().get("valido").asBoolean()).isTrue();

        Files.writeString(in, "||Folio:BI-20261122-000000002|RFC:EKU9003173C9||", StandardCharsets.UTF_8);
        CliResult changed = run("efirma", "verify", "--cer", f.cer().toString(), "--sello-file",
                selloFile.toString(), "--in", in.toString(), "--json");
        assertThat(changed.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(changed.json().get("valido").asBoolean()).isFalse();

        CliResult otherCertificate = run("efirma", "verify", "--cer", Fixtures.CACX_FIEL.cer().toString(),
                "--sello-file", selloFile.toString(), "--in", in.toString());
        assertThat(otherCertificate.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(otherCertificate.out()).startsWith("Sello NO válido");
    }

    @Test
    void sign_withCsd_warnsOnStderr_jsonListsIt_stillSigns_exit0() throws IOException {
        Path in = write("cadena.txt", "||1.0|x||");
        Fixtures.Fixture f = Fixtures.EKU_CSD;
        CliResult json = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString(), "--json");
        CliResult human = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString());

        assertThat(json.exit()).as(json.toString()).isZero();
        assertThat(codes(json.json().get("problemas"))).containsExactly("EFIRMA_ES_CSD");
        assertThat(json.json().get("sello").asText()).isEqualTo(human.out().strip());
        assertThat(human.exit()).isZero();
        assertThat(human.err()).startsWith("Advertencia EFIRMA_ES_CSD: ").contains("Se firmó de todos modos.");
    }

    @Test
    void sign_withExpiredFiel_warnsVencida_stillSigns_exit0() throws IOException {
        Path in = write("cadena.txt", "||1.0|x||");
        Fixtures.Fixture f = Fixtures.AAA_FIEL_2017;
        CliResult r = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString(), "--json");

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("sello").asText()).isNotEmpty();
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_VENCIDA");
        assertThat(r.err()).startsWith("Advertencia EFIRMA_VENCIDA: ").contains("2021-05-15");
    }

    @Test
    void sign_vigenteFiel_noWarning() throws IOException {
        Path in = write("cadena.txt", "||1.0|x||");
        Fixtures.Fixture f = Fixtures.EKU_FIEL;
        CliResult r = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", in.toString(), "--json");

        assertThat(r.json().get("problemas")).isEmpty();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void inspect_passwordFileWithBom_opens_exit0() throws IOException {
        Path password = Files.write(dir.resolve("clave.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF,
                '1', '2', '3', '4', '5', '6', '7', '8', 'a', '\r', '\n'});
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                Fixtures.EKU_FIEL.key().toString(), "--password-file", password.toString(), "--json", "--raices",
                "sat-pruebas");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.json().get("problemas")).isEmpty();
    }

    @Test
    void inspect_ansiPasswordFile_opensTheKey_warningInProblemas_exit0() throws IOException {
        // The SAT test FIEL's key re-encrypted under "contraseña" (as the SAT's tools do, windows-1252 bytes), and
        // the password file saved by Notepad as ANSI: ñ is the single byte F1, which is not UTF-8.
        mx.buzon.crypto.Efirma fiel = mx.buzon.crypto.Efirma.read(Fixtures.EKU_FIEL.cer(), Fixtures.EKU_FIEL.key(),
                "12345678a".toCharArray());
        Path key = Files.write(dir.resolve("nueva.key"), fiel.toEncryptedKey("contraseña".toCharArray()));
        Path password = Files.write(dir.resolve("clave.txt"), "contraseña".getBytes(
                java.nio.charset.Charset.forName("windows-1252")));
        CliResult r = run("efirma", "inspect", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--key",
                key.toString(), "--password-file", password.toString(), "--json", "--raices", "sat-pruebas");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(codes(r.json().get("problemas"))).containsExactly("EFIRMA_CONTRASENA_ANSI");
        assertThat(r.json().get("problemas").get(0).get("mensaje").asText()).contains("clave.txt", "windows-1252")
                .doesNotContain("contraseña\"");
    }

    @Test
    void inspect_pfxEntrada_choosesTheCredential_unknownEntryExit3() {
        Fixtures.Fixture pfx = Fixtures.EKU_CSD_PFX;
        CliResult chosen = run("efirma", "inspect", "--pfx", pfx.pfx().toString(), "--password-file",
                pfx.password().toString(), "--pfx-entrada", "30001000000500003416", "--json");
        CliResult unknown = run("efirma", "inspect", "--pfx", pfx.pfx().toString(), "--password-file",
                pfx.password().toString(), "--pfx-entrada", "CACX7605101P8", "--json");
        CliResult withoutPfx = run(inspect(Fixtures.EKU_FIEL, "--pfx-entrada", "x", "--json"));

        assertThat(chosen.json().get("noCertificado").asText()).isEqualTo("30001000000500003416");
        assertThat(unknown.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(unknown.error().get("codigo").asText()).isEqualTo("EFIRMA_PFX_ENTRADA_NO_ENCONTRADA");
        assertThat(withoutPfx.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void verify_selloNotBase64_invalid_exit1() throws IOException {
        CliResult r = run("efirma", "verify", "--cer", Fixtures.EKU_FIEL.cer().toString(), "--sello-file",
                write("sello.txt", "¡esto no es base64!").toString(), "--in", write("in.txt", "x").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void sign_missingInput_exit3_archivoNoLeidoNamesOption() {
        Fixtures.Fixture f = Fixtures.EKU_FIEL;
        CliResult r = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", dir.resolve("nada.txt").toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("ARCHIVO_NO_LEIDO");
        assertThat(r.error().get("mensaje").asText()).contains("--in", "nada.txt", "no existe");
    }

    @Test
    void sign_inputIsAFolder_exit3_saysSo() {
        Fixtures.Fixture f = Fixtures.EKU_FIEL;
        CliResult r = run("efirma", "sign", "--cer", f.cer().toString(), "--key", f.key().toString(),
                "--password-file", f.password().toString(), "--in", dir.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.err()).startsWith("Error ARCHIVO_NO_LEIDO: ").contains("es una carpeta");
    }

    @Test
    void verify_missingCertificate_exit3() throws IOException {
        CliResult r = run("efirma", "verify", "--cer", dir.resolve("no.cer").toString(), "--sello-file",
                write("s.txt", "AAAA").toString(), "--in", write("in.txt", "x").toString(), "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO");
    }

    // ---------------------------------------------------------------- plazo

    @Test
    void notificacion_rulesExampleTijuana_cuartoDia() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--cp", "22000",
                "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("diasParaAbrir")).hasSize(3);
        assertThat(j.get("diasParaAbrir").toString()).isEqualTo("[\"2026-03-03\",\"2026-03-04\",\"2026-03-05\"]");
        assertThat(j.get("notificadaEl").asText()).isEqualTo("2026-03-06T09:30:00-06:00");
        assertThat(j.get("via").asText()).isEqualTo("CUARTO_DIA");
        assertThat(j.get("surteEfectos").asText()).isEqualTo("2026-03-09");
        assertThat(j.get("zonaHoraria").asText()).isEqualTo("America/Tijuana");
        assertThat(j.get("avisoEl").asText()).isEqualTo("2026-03-02T09:00:00-08:00");
        assertThat(j.get("aperturaEl").isNull()).isTrue();
        assertThat(j.get("plazos").get(0).get("plazo").asText()).isEqualTo("RECURSO_INCONFORMIDAD_PATRON");
        assertThat(j.get("plazos").get(0).get("vence").asText()).isEqualTo("2026-03-31");
        assertThat(j.get("plazos").get(0).get("diasHabiles").asInt()).isEqualTo(15);
        assertThat(j.get("diasOmitidos").get(0).get("fecha").asText()).isEqualTo("2026-03-07");
        assertThat(j.get("explicacion").asText()).contains("Lineamientos 7.5");
    }

    @Test
    void notificacion_openedInWindow_apertura_notifiedNextMorning() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--apertura",
                "2026-03-04T20:00:00-06:00", "--json");
        JsonNode j = r.json();
        assertThat(j.get("via").asText()).isEqualTo("APERTURA");
        assertThat(j.get("notificadaEl").asText()).isEqualTo("2026-03-05T09:30:00-06:00");
        assertThat(j.get("surteEfectos").asText()).isEqualTo("2026-03-06");
        assertThat(j.get("cp").isNull()).isTrue();
        assertThat(j.get("zonaHoraria").asText()).isEqualTo("America/Mexico_City");
    }

    @Test
    void notificacion_human_listsDatesAndExplanation() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T17:00:00Z");
        assertThat(r.out()).contains("Días para abrir: [2026-03-03, 2026-03-04, 2026-03-05]",
                "Notificada el: 2026-03-06T09:30:00-06:00 (CUARTO_DIA)", "Surte efectos: 2026-03-09",
                "Sin código postal");
    }

    @Test
    void notificacion_aperturaBeforeAviso_usage_exit2() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--apertura",
                "2026-03-01T11:00:00-06:00", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_INCORRECTO");
        assertThat(r.error().get("mensaje").asText()).contains("anterior al aviso");
    }

    @Test
    void notificacion_instantWithoutOffset_usage_exit2_spanish() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_VALOR_INVALIDO");
        assertThat(r.error().get("mensaje").asText())
                .contains("--aviso", "2026-03-02T11:00", "ISO-8601 con desplazamiento");
    }

    @Test
    void notificacion_unknownPostalCode_exit1_cpEstadoDesconocido() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--cp", "00000",
                "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.error().get("codigo").asText()).isEqualTo("CP_ESTADO_DESCONOCIDO");
    }

    @Test
    void notificacion_deadlinesIn2027_answeredByLawWithAdvertencias_exit0_estricto_exit1() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-12-10T12:00:00-06:00", "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("surteEfectos").asText()).isEqualTo("2026-12-17");
        assertThat(j.get("advertenciasNotificacion")).isEmpty();
        assertThat(j.get("plazos").get(0).get("vence").asText()).isEqualTo("2027-01-11");
        assertThat(j.get("plazos").get(0).get("advertencias").get(0).get("codigo").asText())
                .isEqualTo("CALENDARIO_DIAS_NO_CONFIRMADOS");
        assertThat(j.get("advertencias")).hasSize(1);
        assertThat(j.get("advertencias").get(0).get("codigo").asText()).isEqualTo("CALENDARIO_DIAS_NO_CONFIRMADOS");
        assertThat(j.get("advertencias").get(0).get("mensaje").asText()).contains("IMSS", "2027");
        CliResult human = run("plazo", "notificacion", "--aviso", "2026-12-10T12:00:00-06:00");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("Advertencia (CALENDARIO_DIAS_NO_CONFIRMADOS)");

        CliResult strict = run("plazo", "notificacion", "--aviso", "2026-12-10T12:00:00-06:00",
                PlazoOptions.STRICT, "--json");
        assertThat(strict.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(strict.error().get("codigo").asText()).isEqualTo("CALENDARIO_ANIO_SIN_DATOS");
        assertThat(strict.error().get("mensaje").asText()).contains("2027", PlazoOptions.STRICT);

        CliResult old = run("plazo", "notificacion", "--aviso", "2026-12-10T12:00:00-06:00",
                PlazoOptions.CFF_BEYOND_COVERAGE, "--json");
        assertThat(old.exit()).as(old.toString()).isZero();
        assertThat(old.json()).isEqualTo(j);
    }

    @Test
    void notificacion_avisoOf23December2026_wholly2026_noAdvertencia_evenStrict() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-12-23T11:00:00-06:00", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("notificadaEl").asText()).startsWith("2026-12-30T09:30");
        assertThat(r.json().get("surteEfectos").asText()).isEqualTo("2026-12-31");
        assertThat(r.json().get("advertenciasNotificacion")).isEmpty();
        CliResult strict = run("plazo", "actuacion", "--presentada", "2026-12-23T11:00:00-06:00",
                PlazoOptions.STRICT, "--json");
        assertThat(strict.exit()).isZero();
        assertThat(strict.json().get("advertencias")).isEmpty();
    }

    @Test
    void habilesAndActuacion_in2027_advertencias_exit0() {
        CliResult h = run("plazo", "habiles", "--desde", "2026-12-18", "--dias", "15", "--json");
        assertThat(h.exit()).isZero();
        assertThat(h.json().get("vence").asText()).isEqualTo("2027-01-12");
        assertThat(h.json().get("advertencias").get(0).get("codigo").asText())
                .isEqualTo("CALENDARIO_DIAS_NO_CONFIRMADOS");
        CliResult a = run("plazo", "actuacion", "--presentada", "2027-01-02T10:00:00-06:00", "--json");
        assertThat(a.exit()).isZero();
        assertThat(a.json().get("fechaLegal").asText()).isEqualTo("2027-01-04");
        assertThat(a.json().get("advertencias")).hasSize(1);
        assertThat(run("plazo", "habiles", "--desde", "2026-12-18", "--dias", "15", PlazoOptions.STRICT)
                .exit()).isEqualTo(ExitCodes.INVALID);
    }

    @Test
    void actuacion_fridayNightCentroFromCancun_receivedMondayMidnightCancun() {
        CliResult r = run("plazo", "actuacion", "--presentada", "2026-03-06T23:30:00-06:00", "--cp", "77500",
                "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("recibidaEl").asText()).isEqualTo("2026-03-09T00:00:00-05:00");
        assertThat(j.get("fechaLegal").asText()).isEqualTo("2026-03-09");
        assertThat(j.get("fechaPresentacion").asText()).isEqualTo("2026-03-07");
        assertThat(j.get("pasaAlSiguienteDiaHabil").asBoolean()).isTrue();
        assertThat(j.get("zonaHoraria").asText()).isEqualTo("America/Cancun");
    }

    @Test
    void actuacion_businessDay_receivedWhenFiled() {
        CliResult r = run("plazo", "actuacion", "--presentada", "2026-03-10T12:00:00-06:00", "--json");
        assertThat(r.json().get("recibidaEl").asText()).isEqualTo("2026-03-10T12:00:00-06:00");
        assertThat(r.json().get("fechaLegal").asText()).isEqualTo("2026-03-10");
        assertThat(r.json().get("pasaAlSiguienteDiaHabil").asBoolean()).isFalse();
    }

    @Test
    void habiles_fifteenFromMarch9_2026_isMarch31() {
        CliResult r = run("plazo", "habiles", "--desde", "2026-03-09", "--dias", "15", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.json().get("vence").asText()).isEqualTo("2026-03-31");
        assertThat(r.json().get("dias").asInt()).isEqualTo(15);
        CliResult human = run("plazo", "habiles", "--desde", "2026-03-09", "--dias", "15");
        assertThat(human.out()).startsWith("Vence: 2026-03-31\n");
    }

    @Test
    void habiles_badValues_usage_exit2() {
        assertThat(run("plazo", "habiles", "--desde", "2026-02-30", "--dias", "1", "--json").error()
                .get("codigo").asText()).isEqualTo("USO_VALOR_INVALIDO");
        CliResult zero = run("plazo", "habiles", "--desde", "2026-03-09", "--dias", "0", "--json");
        assertThat(zero.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.error().get("mensaje").asText()).contains("--dias", "de 1 a");
        assertThat(run("plazo", "habiles", "--desde", "2026-03-09", "--dias", "x").exit())
                .isEqualTo(ExitCodes.USAGE);
    }

    // ---------------------------------------------------------------- cp zona

    @Test
    void cpZona_tijuana_exact() {
        CliResult r = run("cp", "zona", "22000", "--json");
        assertThat(r.exit()).isZero();
        JsonNode j = r.json();
        assertThat(j.get("zonaHoraria").asText()).isEqualTo("America/Tijuana");
        assertThat(j.get("zona").asText()).isEqualTo("NOROESTE");
        assertThat(j.get("regla").asText()).isEqualTo("EXACTA");
        assertThat(j.get("frontera").asBoolean()).isTrue();
        assertThat(run("cp", "zona", "77500").out()).startsWith("America/Cancun\n");
    }

    @Test
    void cpZona_unlistedCode_nearestInState() {
        JsonNode j = run("cp", "zona", "22001", "--json").json();
        assertThat(j.get("regla").asText()).isEqualTo("CERCANO_EN_ESTADO");
        assertThat(j.get("cpUsado").asText()).isEqualTo("22000");
    }

    @Test
    void cpZona_unlistedCodeBetweenZonesWithDifferentOffsets_ambigua_exit1_candidatesNoZone() {
        // 26329 (Coahuila): 26328 is Acuña (border, seasonal time), 26340 Múzquiz (fixed UTC-6).
        CliResult r = run("cp", "zona", "26329", "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.INVALID);
        JsonNode j = r.json();
        assertThat(j.get("regla").asText()).isEqualTo("AMBIGUA");
        assertThat(j.get("candidatas")).hasSize(2);
        assertThat(j.get("candidatas").get(0).asText()).isEqualTo("America/Matamoros");
        assertThat(j.get("candidatas").get(1).asText()).isEqualTo("America/Monterrey");
        assertThat(j.has("zonaHoraria")).isFalse();
        assertThat(j.has("error")).isFalse();
        assertThat(j.get("explicacion").asText()).contains("26328", "26340", "indique el municipio");
        CliResult human = run("cp", "zona", "26329");
        assertThat(human.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(human.out()).startsWith("AMBIGUA: America/Matamoros o America/Monterrey\n");
    }

    @Test
    void notificacion_ambiguousPostalCode_exit1_cpZonaAmbigua_noZonePicked() {
        CliResult r = run("plazo", "notificacion", "--aviso", "2026-03-02T11:00:00-06:00", "--cp", "26329",
                "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(r.error().get("codigo").asText()).isEqualTo("CP_ZONA_AMBIGUA");
        assertThat(r.error().get("mensaje").asText()).contains("America/Matamoros", "America/Monterrey", "cp zona");
    }

    @Test
    void cpZona_badCodes_exit1_documentedCodes() {
        CliResult format = run("cp", "zona", "1234", "--json");
        assertThat(format.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(format.error().get("codigo").asText()).isEqualTo("CP_FORMATO_INVALIDO");
        CliResult state = run("cp", "zona", "00000");
        assertThat(state.exit()).isEqualTo(ExitCodes.INVALID);
        assertThat(state.err()).startsWith("Error CP_ESTADO_DESCONOCIDO: ");
    }

    // ---------------------------------------------------------------- usage errors and help

    @Test
    void unknownOption_isUsageError_exit2() {
        CliResult r = run("--no-existe");
        assertThat(r.exit()).isEqualTo(BuzonCli.USAGE);
        assertThat(r.err()).contains("--no-existe").startsWith("Error USO_OPCION_DESCONOCIDA: Opción desconocida");
    }

    @Test
    void unknownOptionBeforeMissingRequired_reportsTheUnknownOption() {
        CliResult r = run("efirma", "inspect", "--nope", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_OPCION_DESCONOCIDA");
        assertThat(r.error().get("mensaje").asText()).contains("--nope", "buzon efirma inspect --help");
    }

    @Test
    void missingRequiredOption_usage_exit2_namesIt() {
        CliResult r = run("plazo", "habiles", "--desde", "2026-03-09", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_FALTA_PARAMETRO");
        assertThat(r.error().get("mensaje").asText()).startsWith("Falta la opción obligatoria --dias");
    }

    @Test
    void severalRequiredOptionsMissing_oneSpanishSentence() {
        CliResult r = run("efirma", "verify");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Error USO_FALTA_PARAMETRO: Faltan las opciones obligatorias --cer (ARCHIVO),"
                + " --sello-file (ARCHIVO) y --in (ARCHIVO). Use \"buzon efirma verify --help\"");
    }

    @Test
    void optionWithoutValue_usage_exit2() {
        CliResult r = run("plazo", "habiles", "--desde", "2026-03-09", "--dias");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Error USO_FALTA_VALOR: Falta el valor de la opción --dias");
    }

    @Test
    void missingPositional_usage_exit2() {
        CliResult r = run("cp", "zona", "--json");
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_FALTA_PARAMETRO");
        assertThat(r.error().get("mensaje").asText()).startsWith("Falta el parámetro obligatorio CP.");
    }

    @Test
    void unexpectedArgument_usage_exit2() {
        CliResult r = run("cp", "zona", "22000", "06600", "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("codigo").asText()).isEqualTo("USO_ARGUMENTO_INESPERADO");
    }

    @Test
    void optionTwice_usage_exit2() {
        CliResult r = run("plazo", "habiles", "--desde", "2026-03-09", "--desde", "2026-03-10", "--dias", "1",
                "--json");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.error().get("mensaje").asText())
                .startsWith("La opción --desde (FECHA) se dio más de una vez. Use \"buzon plazo habiles --help\"");
    }

    @Test
    void groupWithoutSubcommand_usage_exit2_listsThem() {
        CliResult r = run("plazo");
        assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("Error USO_FALTA_SUBCOMANDO").contains("notificacion, actuacion, habiles");
        assertThat(run().exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void help_listsCommandsAndExitCodes_exit0() {
        CliResult r = run("--help");
        assertThat(r.exit()).isEqualTo(BuzonCli.OK);
        assertThat(r.out()).contains("Uso: buzon [-hV] [COMANDO]", "efirma", "plazo", "cp", "demo",
                "Códigos de salida:");
    }

    static Stream<String> leafCommands() {
        return Stream.of("efirma inspect", "efirma sign", "efirma verify", "plazo notificacion",
                "plazo actuacion", "plazo habiles", "cp zona", "efirma", "plazo", "cp");
    }

    @ParameterizedTest
    @MethodSource("leafCommands")
    void help_everyCommand_spanish_exit0(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliResult r = run(args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("Uso: buzon " + command).contains("Muestra esta ayuda", "Códigos de salida:");
        assertThat(r.out()).doesNotContain("Usage:", "Show this help");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void version_exit0() {
        assertThat(run("--version").out()).startsWith("buzon ");
    }

    // ---------------------------------------------------------------- error catalogue

    @Test
    void cliErrorCodes_stableUpperSnake_usageIs2_othersAre3() {
        for (CliErrorCode code : CliErrorCode.values()) {
            assertThat(code.code()).matches("[A-Z][A-Z_]+");
            assertThat(code.exitCode()).as(code.code())
                    .isEqualTo(code.code().startsWith("USO_") ? ExitCodes.USAGE : ExitCodes.UNREADABLE);
            assertThat(code.messageTemplate()).as(code.code()).isNotBlank();
        }
    }

    @Test
    void unexpectedFailure_isErrorInterno_exit3() {
        CliError error = CliErrors.from(new IllegalStateException("boom"));
        assertThat(error.code()).isEqualTo("ERROR_INTERNO");
        assertThat(error.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(error.message()).contains("IllegalStateException", "boom");
    }

    private static List<String> codes(JsonNode problemas) {
        List<String> codes = new ArrayList<>();
        problemas.forEach(p -> codes.add(p.get("codigo").asText()));
        return codes;
    }
}
