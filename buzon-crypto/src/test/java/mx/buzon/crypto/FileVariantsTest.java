package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e.firma files as people really have them (issue 17): saved by Notepad with a byte order mark, passed through
 * a mail client that appended a CRLF, an OpenSSL PKCS#1 PEM or PFX with a non-ASCII password, a PFX with two
 * credentials. Each variant is built at test time from the SAT's test files and expects its exact result.
 */
class FileVariantsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String NON_ASCII = "contraseña";
    private static byte[] fielCer;
    private static byte[] fielKey;
    private static byte[] csdCer;
    private static byte[] csdKey;

    @BeforeAll
    static void files() {
        fielCer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
        fielKey = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
        csdCer = Fixtures.bytes(Fixtures.EKU_CSD_2023.resolve("certificate.cer"));
        csdKey = Fixtures.bytes(Fixtures.EKU_CSD_2023.resolve("private_key.key"));
    }

    @Test
    void pemCerAndKeyWithBom_readAsWithout() {
        Efirma efirma = Fixtures.load(Fixtures.EKU_FIEL_2023);
        byte[] pemCer = concat(BOM, efirma.certificate().toPem().getBytes(StandardCharsets.US_ASCII));
        byte[] pemKey = concat(BOM, Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem")));

        Efirma fromBom = Efirma.read(pemCer, pemKey, Fixtures.password());

        assertThat(fromBom.certificate()).isEqualTo(efirma.certificate());
        assertThat(fromBom.certificate().fileWarnings()).isEmpty();
        assertThat(fromBom.sello("||a||")).isEqualTo(efirma.sello("||a||"));
    }

    @Test
    void derCerWithTrailingCrlf_acceptedWithoutWarning() {
        EfirmaCertificate certificate = EfirmaCertificate.read(concat(fielCer, "\r\n".getBytes(StandardCharsets.US_ASCII)));

        assertThat(certificate.numero()).hasToString("30001000000500003415");
        assertThat(certificate.fileWarnings()).isEmpty();
    }

    @Test
    void derCerWithOtherTrailingBytes_acceptedWithAWarningCountingThem() {
        EfirmaCertificate certificate = EfirmaCertificate.read(concat(fielCer, new byte[] {'x', 'y', 0, '\n'}));

        assertThat(certificate.numero()).hasToString("30001000000500003415");
        assertThat(certificate.fileWarnings()).extracting(Finding::code).containsExactly("EFIRMA_DATOS_SOBRANTES");
        assertThat(certificate.fileWarnings().get(0).message()).contains("tiene 4 bytes después");
        assertThat(certificate.fileWarnings().get(0).isError()).isFalse();
    }

    @Test
    void derCerTruncated_stillRefused() {
        assertThatThrownBy(() -> EfirmaCertificate.read(Arrays.copyOf(fielCer, fielCer.length - 1)))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO));
    }

    @Test
    void inspection_listsTheFileWarningFirst(@TempDir Path dir) throws Exception {
        Path cer = Files.write(dir.resolve("fiel.cer"), concat(fielCer, new byte[] {'x'}));
        Path key = Files.write(dir.resolve("fiel.key"), fielKey);
        Efirma efirma = Efirma.read(cer, key, Fixtures.password());

        EfirmaInspection inspection = EfirmaInspection.of(efirma, EfirmaValidator.forActuaciones(
                TrustAnchors.satPruebas()), Fixtures.NOON_2026_11_22);

        assertThat(inspection.findings()).extracting(Finding::code).containsExactly("EFIRMA_DATOS_SOBRANTES");
        assertThat(inspection.findings().get(0).message()).contains("\"fiel.cer\"", "1 bytes");
        assertThat(inspection.isValid()).isTrue();
    }

    @Test
    void derKeyWithTrailingCrlf_opens() {
        Efirma efirma = Efirma.read(fielCer, concat(fielKey, "\r\n".getBytes(StandardCharsets.US_ASCII)),
                Fixtures.password());

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void wipedPassword_ownCodeNotWrongPassword() {
        char[] password = Fixtures.password();
        Efirma.read(fielCer, fielKey, password); // wipes it

        assertThat(password).containsOnly('\0');
        assertThatThrownBy(() -> Efirma.read(fielCer, fielKey, password))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_BORRADA);
                    assertThat(e.getMessage()).contains("error del programa");
                });
        assertThatThrownBy(() -> Efirma.readPfx(new byte[] {0x30}, new char[] {'\0', '\0'}))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_BORRADA));
    }

    @Test
    void pkcs1PemWithDekInfo_latin1AndUtf8Passwords_open(@TempDir Path dir) throws Exception {
        requireOpenSsl();
        Path plain = dir.resolve("plain.pem");
        Files.copy(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem"), plain);
        Files.write(dir.resolve("latin1.txt"), NON_ASCII.getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("utf8.txt"), NON_ASCII.getBytes(StandardCharsets.UTF_8));
        for (String[] variant : new String[][] {{"latin1.txt", "-des3"}, {"utf8.txt", "-des3"},
                {"latin1.txt", "-aes256"}, {"utf8.txt", "-aes128"}}) {
            Path out = dir.resolve(variant[0] + variant[1] + ".pem");
            OpenSsl.Result result = OpenSsl.run(List.of("rsa", "-in", "plain.pem", "-traditional", variant[1],
                    "-passout", "file:" + variant[0], "-out", out.getFileName().toString()), dir);
            assertThat(result.exitCode()).as(result.stderr()).isZero();
            assertThat(Files.readString(out)).contains("DEK-Info");

            Efirma efirma = Efirma.read(fielCer, Files.readAllBytes(out), NON_ASCII.toCharArray());

            assertThat(efirma.keyMatches()).as(variant[0] + " " + variant[1]).isTrue();
        }
        Path latin1 = dir.resolve("latin1.txt-des3.pem");
        assertThatThrownBy(() -> Efirma.read(fielCer, Files.readAllBytes(latin1), "contrasena".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA));
    }

    @Test
    void pfxOfOpenSslWithNonAsciiPassword_modernAndOneBytePerCharacter_open(@TempDir Path dir) throws Exception {
        requireOpenSsl();
        Files.copy(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem"), dir.resolve("key.pem"));
        Files.writeString(dir.resolve("cert.pem"), Fixtures.load(Fixtures.EKU_FIEL_2023).certificate().toPem());
        byte[] utf8 = NON_ASCII.getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("utf8.txt"), utf8);
        // OpenSSL before 1.1 turned each byte of the UTF-8 password into one BMP character; OpenSSL 3 given the
        // UTF-8 of those characters writes exactly that file.
        Files.write(dir.resolve("bytewise.txt"), new String(utf8, StandardCharsets.ISO_8859_1)
                .getBytes(StandardCharsets.UTF_8));
        for (String[] variant : new String[][] {{"utf8.txt", ""}, {"utf8.txt", "-legacy"}, {"bytewise.txt", "-legacy"},
                {"bytewise.txt", ""}}) {
            String out = variant[0] + variant[1] + ".pfx";
            List<String> command = new java.util.ArrayList<>(List.of("pkcs12", "-export", "-in", "cert.pem",
                    "-inkey", "key.pem", "-passout", "file:" + variant[0], "-out", out));
            if (!variant[1].isEmpty()) {
                command.add(variant[1]);
            }
            OpenSsl.Result result = OpenSsl.run(command, dir);
            assertThat(result.exitCode()).as(result.stderr()).isZero();

            Efirma efirma = Efirma.readPfx(dir.resolve(out), NON_ASCII.toCharArray());

            assertThat(efirma.keyMatches()).as(out).isTrue();
        }
    }

    @Test
    void pfxWithTwoCredentials_listed_chosenByAliasRfcOrNumero_ambiguousRefused() throws Exception {
        byte[] pfx = twoEntryPfx("clave".toCharArray());

        assertThat(Efirma.pfxEntries(pfx, "clave".toCharArray())).extracting(Object::toString)
                .containsExactlyInAnyOrder("fiel: EKU9003173C9 FIEL 30001000000500003415",
                        "csd: EKU9003173C9 CSD 30001000000500003416");
        assertThat(Efirma.readPfx(pfx, "clave".toCharArray(), "csd").certificate().kind())
                .isEqualTo(CertificateKind.CSD);
        assertThat(Efirma.readPfx(pfx, "clave".toCharArray(), "30001000000500003415").certificate().kind())
                .isEqualTo(CertificateKind.FIEL);
        assertThat(Efirma.readPfx(pfx, "clave".toCharArray(), "3330303031303030303030353030303033343136")
                .certificate().kind()).isEqualTo(CertificateKind.CSD);
        assertThat(Efirma.readPfx(pfx, "clave".toCharArray(), "FIEL").keyMatches()).isTrue();
        assertThatThrownBy(() -> Efirma.readPfx(pfx, "clave".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_PFX_AMBIGUO);
                    assertThat(e.getMessage()).contains("contiene 2 credenciales", "30001000000500003415",
                            "30001000000500003416");
                });
        // Both credentials belong to the same RFC: choosing by RFC is still ambiguous.
        assertThatThrownBy(() -> Efirma.readPfx(pfx, "clave".toCharArray(), "EKU9003173C9"))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_PFX_AMBIGUO));
        assertThatThrownBy(() -> Efirma.readPfx(pfx, "clave".toCharArray(), "CACX7605101P8"))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_PFX_ENTRADA_NO_ENCONTRADA);
                    assertThat(e.getMessage()).contains("\"CACX7605101P8\"", "fiel: EKU9003173C9 FIEL");
                });
    }

    @Test
    void pfxWithOneCredential_chosenByItsRfc() {
        Efirma efirma = Efirma.readPfx(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"), "swpass".toCharArray(),
                "EKU9003173C9");

        assertThat(efirma.certificate().rfcText()).isEqualTo("EKU9003173C9");
    }

    /**
     * A PKCS#12 with the FIEL and the CSD of EKU9003173C9 under the aliases "fiel" and "csd": each exported with
     * {@link Efirma#toPkcs12(char[])}, then both keys put into one store by the JDK's KeyStore.
     */
    static byte[] twoEntryPfx(char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String[] entry : new String[][] {{"fiel", "FIEL"}, {"csd", "CSD"}}) {
            Efirma efirma = Fixtures.load(entry[1].equals("FIEL") ? Fixtures.EKU_FIEL_2023 : Fixtures.EKU_CSD_2023);
            KeyStore single = KeyStore.getInstance("PKCS12");
            single.load(new java.io.ByteArrayInputStream(efirma.toPkcs12(password.clone())), password);
            String alias = single.aliases().nextElement();
            store.setKeyEntry(entry[0], single.getKey(alias, password), password,
                    new Certificate[] {efirma.certificate().x509()});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        return out.toByteArray();
    }

    static void requireOpenSsl() {
        if (!OpenSsl.isInstalled()) {
            System.err.println("SKIPPED: openssl is not installed; the files it writes cannot be built");
        }
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: the files it writes cannot be built");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
