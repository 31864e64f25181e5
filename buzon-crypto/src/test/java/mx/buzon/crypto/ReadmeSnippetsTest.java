package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/**
 * The code of docs/readme-crypto.md, statement for statement (only the file paths and the instant differ), so
 * the README stays true. Keep both in step.
 */
class ReadmeSnippetsTest {

    private static final Path CER = Fixtures.EKU_FIEL_2023.resolve("certificate.cer");
    private static final Path KEY = Fixtures.EKU_FIEL_2023.resolve("private_key.key");
    private static final Instant INSTANT = Fixtures.NOON_2026_11_22;

    private final StringBuilder shown = new StringBuilder();

    private void show(String code, String message) {
        shown.append(code).append(": ").append(message).append('\n');
    }

    private void attach(String sello, boolean valido) {
        shown.append(valido).append(' ').append(sello.length());
    }

    @Test
    void quickStart_loadValidateSignVerify() {
        char[] passwordChars = "12345678a".toCharArray();
        String cadenaOriginal = "||1.0|BI-20250203-100717151|EKU9003173C9||";

        // --- README: quick start ---
        Efirma efirma = Efirma.read(CER, KEY, passwordChars);   // passwordChars is wiped
        ValidationReport report = EfirmaValidator.forActuaciones(TrustAnchors.satPruebas())
                .expectingRfc(Rfc.parse("EKU9003173C9"))
                .validate(efirma, INSTANT);
        for (Finding problem : report.findings()) {
            show(problem.code(), problem.message());
        }
        if (report.isValid()) {
            String sello = efirma.sello(cadenaOriginal);
            boolean valido = efirma.certificate().verifiesSello(cadenaOriginal, sello);
            attach(sello, valido);
        }
        // --- end ---

        assertThat(shown).hasToString("true 344");
        assertThat(passwordChars).containsOnly('\0');
    }

    @Test
    void errors_wrongPasswordHasItsOwnCode() {
        char[] passwordChars = "equivocada".toCharArray();

        // --- README: errors ---
        try {
            Efirma.read(CER, KEY, passwordChars);
        } catch (EfirmaException e) {
            show(e.code(), e.getMessage());   // EFIRMA_CONTRASENA_INCORRECTA: La contraseña no abre el archivo ...
        }
        // --- end ---

        assertThat(shown.toString()).startsWith("EFIRMA_CONTRASENA_INCORRECTA: La contraseña no abre el archivo")
                .contains("private_key.key").doesNotContain("equivocada");
    }

    @Test
    void inspection_andCms() {
        Efirma efirma = Efirma.read(CER, KEY, "12345678a".toCharArray());
        byte[] documento = {1, 2, 3};

        // --- README: inspect and CMS ---
        EfirmaInspection inspeccion = EfirmaInspection.of(efirma,
                EfirmaValidator.forActuaciones(TrustAnchors.satPruebas()), INSTANT);
        byte[] p7s = efirma.cmsDetached(documento, INSTANT);          // openssl cms -verify accepts it
        CmsSignatures.Verification verificacion = CmsSignatures.verifyDetached(p7s, documento);
        // --- end ---

        assertThat(inspeccion.tipo()).isEqualTo(CertificateKind.FIEL);
        assertThat(verificacion.isValid()).isTrue();
    }

    @Test
    void revocation_hostTransport() {
        String satOcspUrl = "http://localhost:9/ocsp"; // nothing listens: the answer is "unknown"
        EfirmaCertificate certificado = Efirma.read(CER, KEY, "12345678a".toCharArray()).certificate();

        // --- README: revocation ---
        RevocationChecker ocsp = Ocsp.checker(request -> {
            HttpURLConnection http = (HttpURLConnection) URI.create(satOcspUrl).toURL().openConnection();
            http.setDoOutput(true);
            http.setRequestProperty("Content-Type", "application/ocsp-request");
            try (OutputStream body = http.getOutputStream()) {
                body.write(request);
            }
            try (InputStream answer = http.getInputStream()) {
                return answer.readAllBytes();
            }
        });
        ValidationReport report = EfirmaValidator.of(EfirmaChecks.notRevoked(ocsp, TrustAnchors.satPruebas()))
                .validate(certificado, INSTANT);
        // --- end ---

        assertThat(report.codes()).containsExactly("EFIRMA_REVOCACION_DESCONOCIDA");
    }

    @Test
    void testCredentials_generator() {
        // --- README: test credentials ---
        TestEfirmas ca = TestEfirmas.seeded(42);
        TestEfirma fiel = ca.fiel("CAÑF770131PA3").nombre("FERNANDA CAÑAS")
                .validity(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"))
                .generate();
        Efirma efirma = fiel.efirma();
        ValidationReport report = EfirmaValidator.forActuaciones(ca.trustAnchors())
                .validate(efirma, Instant.parse("2027-06-01T00:00:00Z"));   // no findings
        // --- end ---

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void pfxEntriesAndExports() throws Exception {
        Path pfxFile = Files.createTempFile("fiel-y-csd", ".pfx");
        Files.write(pfxFile, FileVariantsTest.twoEntryPfx("clave".toCharArray()));
        Efirma efirma = Efirma.read(CER, KEY, "12345678a".toCharArray());
        Path carpeta = Files.createTempDirectory("exportes");

        // --- README: pfx and exports ---
        for (Efirma.PfxEntry entrada : Efirma.pfxEntries(pfxFile, PasswordFile.read(passwordFile(carpeta)))) {
            show(entrada.alias(), entrada.certificate().kind() + " " + entrada.certificate().numero());
        }
        Efirma csd = Efirma.readPfx(pfxFile, PasswordFile.read(passwordFile(carpeta)), "csd");
        Files.write(carpeta.resolve("fiel.pfx"), efirma.toPkcs12("nueva".toCharArray()));      // AES-256, PBKDF2
        Files.write(carpeta.resolve("fiel.key"), efirma.toEncryptedKey("nueva".toCharArray())); // like the SAT's
        String emisor = csd.certificate().nombreSinRegimenCapital();   // ESCUELA KEMPER URGATE
        ValidationReport sellos = EfirmaValidator.forSellos(TrustAnchors.satPruebas()).validate(csd, INSTANT);
        // --- end ---

        assertThat(shown.toString()).contains("fiel: FIEL 30001000000500003415", "csd: CSD 30001000000500003416");
        assertThat(emisor).isEqualTo("ESCUELA KEMPER URGATE");
        assertThat(sellos.findings()).isEmpty();
        assertThat(Efirma.read(efirma.certificate().encoded(), Files.readAllBytes(carpeta.resolve("fiel.key")),
                "nueva".toCharArray()).keyMatches()).isTrue();
        assertThat(Efirma.readPfx(carpeta.resolve("fiel.pfx"), "nueva".toCharArray()).certificate())
                .isEqualTo(efirma.certificate());
    }

    private static Path passwordFile(Path folder) throws java.io.IOException {
        return Files.writeString(folder.resolve("clave.txt"), "clave\n");
    }

    @Test
    void cmsFindingsAndNocerts() {
        Efirma efirma = Efirma.read(CER, KEY, "12345678a".toCharArray());
        byte[] documento = {1, 2, 3};
        byte[] p7s = efirma.cmsDetached(new byte[] {9}, INSTANT);
        X509Certificate certificadoDelFirmante = efirma.certificate().x509();

        // --- README: cms findings ---
        CmsSignatures.Verification v = CmsSignatures.verifyDetached(p7s, documento, certificadoDelFirmante);
        for (Finding problem : v.findings()) {
            show(problem.code(), problem.message());   // EFIRMA_CMS_DIGESTO_DISTINTO: El documento no es el que ...
        }
        // --- end ---

        assertThat(v.isValid()).isFalse();
        assertThat(shown.toString()).startsWith("EFIRMA_CMS_DIGESTO_DISTINTO: El documento no es el que se firmó");
    }

    /** The README section holds exactly the snippets above (while it lives in docs/readme-crypto.md). */
    @Test
    void readme_containsEverySnippetOfThisTest() throws java.io.IOException {
        Path readme = Path.of("../docs/readme-crypto.md");
        org.assertj.core.api.Assertions.assertThat(readme).as("the module guide in docs/ (linked from the README)")
                .isRegularFile();
        String doc = java.nio.file.Files.readString(readme, java.nio.charset.StandardCharsets.UTF_8);
        String self = java.nio.file.Files.readString(Path.of("src/test/java/mx/buzon/crypto/ReadmeSnippetsTest.java"),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.regex.Matcher snippet = java.util.regex.Pattern
                .compile("// --- README: [^\n]+ ---\n(.*?)        // --- end ---", java.util.regex.Pattern.DOTALL)
                .matcher(self);
        int count = 0;
        while (snippet.find()) {
            String unindented = snippet.group(1).lines().map(l -> l.startsWith("        ") ? l.substring(8) : l)
                    .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(doc).contains(unindented);
            count++;
        }
        assertThat(count).isEqualTo(7);
    }
}
