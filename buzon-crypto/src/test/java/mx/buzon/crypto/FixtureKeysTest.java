package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every SAT key of the fixtures opens with its password, matches its certificate, and refuses a wrong one. */
class FixtureKeysTest {

    static Stream<Fixtures.Row> pairs() {
        return Fixtures.certificates().stream().filter(Fixtures.Row::hasEncryptedKey);
    }

    static Stream<Path> everyEncryptedKey() {
        Stream<Path> satKeys = pairs().map(Fixtures.Row::key);
        Stream<Path> certificaKeys = Stream.of("generacion_1.key", "generacion_2.key", "renovacion_1.key",
                "renovacion_moral_1.key", "solicitud_1.key").map(Fixtures.CERTIFICA_KEYS::resolve);
        return Stream.concat(satKeys, certificaKeys);
    }

    @Test
    void index_everyPairWithItsDefaultPassword_count() {
        assertThat(pairs()).hasSize(67);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void read_everyIndexedPair_decryptsAndKeyMatches(Fixtures.Row row) {
        Efirma efirma = Efirma.read(row.cer(), row.key(), Fixtures.password());

        assertThat(efirma.keyMatches()).isTrue();
        assertThat(efirma.certificate().verifiesSello("||prueba||", efirma.sello("||prueba||"))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEncryptedKey")
    void read_everyKeyWithWrongPassword_contrasenaIncorrecta(Path key) {
        byte[] keyBytes = Fixtures.bytes(key);
        byte[] anyCer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        for (String wrong : new String[] {"12345678A", "", "12345678a ", "contraseña", "x"}) {
            assertThatThrownBy(() -> Efirma.read(anyCer, keyBytes, wrong.toCharArray()))
                    .as("password \"%s\"", wrong)
                    .isInstanceOfSatisfying(EfirmaException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA);
                        assertThat(e.file()).contains(EfirmaFile.KEY);
                    });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"generacion_1", "generacion_2", "renovacion_moral_1", "solicitud_1", "renovacion_1"})
    void read_certificaKeysWithTheirPasswords_decrypt(String name) throws Exception {
        String password = Files.readString(Fixtures.CERTIFICA_KEYS.resolve(name + ".password.txt"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] key = Fixtures.bytes(Fixtures.CERTIFICA_KEYS.resolve(name + ".key"));
        byte[] anyCer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        // No certificate ships with these keys: loading succeeds and simply reports the mismatch.
        Efirma efirma = Efirma.read(anyCer, key, password.toCharArray());

        assertThat(efirma.keyMatches()).isFalse();
    }

    @Test
    void read_nonAsciiPassword_triedAsWindows1252Bytes() {
        // Test_iañl750210963! : the key was encrypted with the windows-1252 byte 0xF1 for ñ.
        char[] password = "Test_iañl750210963!".toCharArray();
        byte[] key = Fixtures.bytes(Fixtures.CERTIFICA_KEYS.resolve("renovacion_1.key"));
        byte[] anyCer = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        assertThat(Efirma.read(anyCer, key, password).certificate().rfcText()).isEqualTo("EKU9003173C9");
    }

    @Test
    void read_fielCertificateWithCsdKey_loadsButKeyDoesNotMatch() {
        Efirma mixed = Efirma.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"),
                Fixtures.EKU_CSD_2023.resolve("private_key.key"), Fixtures.password());

        assertThat(mixed.keyMatches()).isFalse();
        assertThatThrownBy(() -> mixed.sello("x"))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_LLAVE_NO_CORRESPONDE));
    }
}
