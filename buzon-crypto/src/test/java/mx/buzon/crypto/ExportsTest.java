package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export as PKCS#12 and re-encryption of the key as the SAT's .key, each read back by openssl and by the loaders. */
class ExportsTest {

    private static final Efirma FIEL = Fixtures.load(Fixtures.EKU_FIEL_2023);
    private static final String CADENA = "||1.0|BI-20250203-100717151|EKU9003173C9||";

    @Test
    void toPkcs12_aes256Pbkdf2_opensslReadsKeyAndCertificate(@TempDir Path dir) throws Exception {
        FileVariantsTest.requireOpenSsl();
        Files.write(dir.resolve("fiel.pfx"), FIEL.toPkcs12("nueva-clave".toCharArray()));

        OpenSsl.Result info = OpenSsl.run(List.of("pkcs12", "-in", "fiel.pfx", "-info", "-noout", "-passin",
                "pass:nueva-clave"), dir);
        OpenSsl.Result key = OpenSsl.run(List.of("pkcs12", "-in", "fiel.pfx", "-nocerts", "-nodes", "-passin",
                "pass:nueva-clave", "-out", "key.pem"), dir);
        OpenSsl.Result cert = OpenSsl.run(List.of("pkcs12", "-in", "fiel.pfx", "-nokeys", "-passin",
                "pass:nueva-clave", "-out", "cert.pem"), dir);
        OpenSsl.Result wrong = OpenSsl.run(List.of("pkcs12", "-in", "fiel.pfx", "-noout", "-passin", "pass:otra"), dir);

        assertThat(info.exitCode()).as(info.stderr()).isZero();
        assertThat(info.stderr()).contains("PBES2, PBKDF2, AES-256-CBC, Iteration 10000, PRF hmacWithSHA256")
                .contains("MAC: sha256, Iteration 10000");
        assertThat(key.exitCode()).as(key.stderr()).isZero();
        assertThat(cert.exitCode()).as(cert.stderr()).isZero();
        assertThat(wrong.exitCode()).isNotZero();
        Efirma fromOpenSsl = Efirma.read(Files.readAllBytes(dir.resolve("cert.pem")),
                Files.readAllBytes(dir.resolve("key.pem")), new char[0]);
        assertThat(fromOpenSsl.certificate()).isEqualTo(FIEL.certificate());
        assertThat(fromOpenSsl.sello(CADENA)).isEqualTo(FIEL.sello(CADENA));
    }

    @Test
    void toPkcs12_loadsBackWithTheNewPasswordOnly() {
        byte[] pfx = FIEL.toPkcs12("contraseña nueva".toCharArray());

        Efirma back = Efirma.readPfx(pfx, "contraseña nueva".toCharArray());

        assertThat(back.certificate()).isEqualTo(FIEL.certificate());
        assertThat(back.sello(CADENA)).isEqualTo(FIEL.sello(CADENA));
        assertThat(Efirma.pfxEntries(pfx, "contraseña nueva".toCharArray())).extracting(Efirma.PfxEntry::alias)
                .containsExactly("30001000000500003415");
        assertThatThrownBy(() -> Efirma.readPfx(pfx, "12345678a".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA));
    }

    @Test
    void toEncryptedKey_sameFormAsTheSats_opensslDecryptsIt(@TempDir Path dir) throws Exception {
        FileVariantsTest.requireOpenSsl();
        Files.write(dir.resolve("nueva.key"), FIEL.toEncryptedKey("nueva-clave".toCharArray()));
        Files.copy(Fixtures.EKU_FIEL_2023.resolve("private_key.key"), dir.resolve("sat.key"));

        OpenSsl.Result decrypted = OpenSsl.run(List.of("pkcs8", "-inform", "DER", "-in", "nueva.key", "-passin",
                "pass:nueva-clave", "-out", "plain.pem"), dir);
        String ours = structure(dir, "nueva.key");
        String sats = structure(dir, "sat.key");

        assertThat(decrypted.exitCode()).as(decrypted.stderr()).isZero();
        assertThat(Files.readString(dir.resolve("plain.pem")).replaceAll("\\s", "")).isEqualTo(Files.readString(
                Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem")).replaceAll("\\s", ""));
        // The same ASN.1 skeleton as the SAT's file: PBES2, PBKDF2 (8-byte salt, 2048 = 0x0800), des-ede3-cbc.
        assertThat(ours).isEqualTo(sats).contains("PBES2", "PBKDF2", ":0800", "des-ede3-cbc");
    }

    @Test
    void toEncryptedKey_nonAsciiPassword_windows1252BytesAsTheSat_loadsBack(@TempDir Path dir) throws Exception {
        byte[] key = FIEL.toEncryptedKey("contraseña".toCharArray());

        Efirma back = Efirma.read(FIEL.certificate().encoded(), key, "contraseña".toCharArray());

        assertThat(back.sello(CADENA)).isEqualTo(FIEL.sello(CADENA));
        if (OpenSsl.isInstalled()) { // the ñ was encrypted as the single byte F1
            Files.write(dir.resolve("k.key"), key);
            Files.write(dir.resolve("pw"), "contraseña".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(OpenSsl.run(List.of("pkcs8", "-inform", "DER", "-in", "k.key", "-passin", "file:pw", "-out",
                    "/dev/null"), dir).exitCode()).isZero();
        }
    }

    @Test
    void exports_wipeTheNewPassword() {
        char[] a = "nueva".toCharArray();
        char[] b = "nueva".toCharArray();

        FIEL.toPkcs12(a);
        FIEL.toEncryptedKey(b);

        assertThat(a).containsOnly('\0');
        assertThat(b).containsOnly('\0');
    }

    /** The asn1parse lines without offsets and without the random salt, IV and ciphertext. */
    private static String structure(Path dir, String file) {
        OpenSsl.Result parsed = OpenSsl.run(List.of("asn1parse", "-inform", "DER", "-in", file), dir);
        StringBuilder lines = new StringBuilder();
        for (String line : new String(parsed.stdout(), StandardCharsets.US_ASCII).split("\n")) {
            String kept = line.replaceAll("^\\s*\\d+:", "").replaceAll("\\[HEX DUMP\\]:[0-9A-F]+", "[hex]")
                    .replaceAll("l= *\\d+", "l=");
            lines.append(kept).append('\n');
        }
        return lines.toString();
    }
}
