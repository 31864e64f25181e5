package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The other forms in which people keep their keys: PEM, plain PKCS#8, PKCS#1, PKCS#12. */
class KeyFormatsTest {

    private static final Path AAA_CSD_CER = Fixtures.AAA_CSD_2017.resolve("certificate.cer");

    @Test
    void read_unencryptedPkcs8Der_passwordIgnored() {
        Efirma efirma = Efirma.read(AAA_CSD_CER, Fixtures.AAA_CSD_2017.resolve("private_key.unencrypted.pkcs8.der"),
                new char[0]);

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void read_unencryptedPkcs8Pem_matches() {
        Efirma efirma = Efirma.read(Fixtures.AAA_FIEL_2017.resolve("certificate.cer"),
                Fixtures.AAA_FIEL_2017.resolve("private_key.unencrypted.pkcs8.pem"), new char[0]);

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void read_unencryptedPemOfTheSat2023Fiel_matches() {
        Efirma efirma = Efirma.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"),
                Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem"), new char[0]);

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void read_pkcs1Der_matches() {
        Path dir = Fixtures.dir("special/CACX7605101P8_FIEL_2019_plain_pkcs1_key");

        Efirma efirma = Efirma.read(dir.resolve("certificate.cer"), dir.resolve("private_key.unencrypted.pkcs1.der"),
                new char[0]);

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void read_pkcs1PemWithProcTypeDes3_opensWithPasswordAndRefusesWrongOne() {
        Path key = Fixtures.AAA_CSD_2017.resolve("private_key.pkcs1-des3.pem");

        assertThat(Efirma.read(AAA_CSD_CER, key, Fixtures.password()).keyMatches()).isTrue();
        assertThatThrownBy(() -> Efirma.read(AAA_CSD_CER, key, "nope".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA));
    }

    @Test
    void read_allInOnePem_keyFoundAfterTheCertificate() {
        Path pem = Fixtures.AAA_CSD_2017.resolve("all_in_one.pem");

        Efirma efirma = Efirma.read(pem, pem, Fixtures.password());

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void readPfx_legacyRc2And3Des_opensWithItsPassword() {
        Efirma efirma = Efirma.readPfx(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"), "swpass".toCharArray());

        assertThat(efirma.certificate().numero().toString()).isEqualTo("30001000000500003416");
        assertThat(efirma.certificate().kind()).isEqualTo(CertificateKind.CSD);
        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void readPfx_aes256Pbes2_opensWithItsPassword() {
        Efirma efirma = Efirma.readPfx(Fixtures.AAA_CSD_2017.resolve("credential_protected.pfx"), Fixtures.password());

        assertThat(efirma.certificate().rfcText()).isEqualTo("AAA010101AAA");
        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void readPfx_emptyPassword_opens() {
        Efirma efirma = Efirma.readPfx(Fixtures.AAA_CSD_2017.resolve("credential_unprotected_emptypassword.pfx"),
                new char[0]);

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void readPfx_wrongPassword_contrasenaIncorrectaNamingThePfx() {
        for (Path pfx : new Path[] {Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"),
                Fixtures.AAA_CSD_2017.resolve("credential_protected.pfx")}) {
            assertThatThrownBy(() -> Efirma.readPfx(pfx, "wrong".toCharArray()))
                    .as(pfx.toString())
                    .isInstanceOfSatisfying(EfirmaException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA);
                        assertThat(e.file()).contains(EfirmaFile.PFX);
                        assertThat(e.getMessage()).contains(pfx.getFileName().toString());
                    });
        }
    }

    @Test
    void read_missingFile_archivoNoLeidoNamingIt() {
        assertThatThrownBy(() -> Efirma.read(Path.of("no-existe.cer"), Path.of("no-existe.key"), Fixtures.password()))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO);
                    assertThat(e.file()).contains(EfirmaFile.CER);
                    assertThat(e.getMessage()).contains("no-existe.cer");
                });
    }

    @Test
    void read_satKeyArmouredAsEncryptedPkcs8Pem_opens() {
        byte[] der = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
        String pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END ENCRYPTED PRIVATE KEY-----\n";
        byte[] cer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        Efirma efirma = Efirma.read(cer, pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), Fixtures.password());

        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    void read_satKeyAsBareBase64_opens() {
        byte[] der = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
        byte[] base64 = java.util.Base64.getEncoder().encode(der);
        byte[] cer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        assertThat(Efirma.read(cer, base64, Fixtures.password()).keyMatches()).isTrue();
    }

    @Test
    void read_opensslPkcs12ExportWithBagAttributes_textBeforeTheArmourIgnored() {
        EfirmaCertificate certificate = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
        String key = new String(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem")),
                java.nio.charset.StandardCharsets.US_ASCII);
        String bag = "Bag Attributes\n    localKeyID: 01 00 00 00 \nsubject=CN = ESCUELA KEMPER URGATE SA DE CV\n";

        Efirma efirma = Efirma.read((bag + certificate.toPem()).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                (bag + key).getBytes(java.nio.charset.StandardCharsets.US_ASCII), new char[0]);

        assertThat(efirma.certificate()).isEqualTo(certificate);
        assertThat(efirma.keyMatches()).isTrue();
    }
}
