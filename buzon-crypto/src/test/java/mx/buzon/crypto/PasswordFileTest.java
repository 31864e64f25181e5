package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's password file: one trailing line break is not part of the password. */
class PasswordFileTest {

    @Test
    void read_trailingLineBreaks_oneIgnored(@TempDir Path dir) throws Exception {
        String[][] cases = {
            {"12345678a", "12345678a"}, {"12345678a\n", "12345678a"}, {"12345678a\r\n", "12345678a"},
            {"12345678a\n\n", "12345678a\n"}, {" 12345678a ", " 12345678a "}, {"\n", ""}, {"", ""},
            {"Test_iañl750210963!\n", "Test_iañl750210963!"}};
        for (String[] c : cases) {
            Path file = Files.write(dir.resolve("clave.txt"), c[0].getBytes(StandardCharsets.UTF_8));

            assertThat(new String(PasswordFile.read(file))).as("file content \"%s\"", c[0]).isEqualTo(c[1]);
        }
    }

    @Test
    void read_satFixturePasswordFiles_openTheirKeys() {
        char[] password = PasswordFile.read(Fixtures.EKU_FIEL_2023.resolve("password.txt"));

        assertThat(Efirma.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"),
                Fixtures.EKU_FIEL_2023.resolve("private_key.key"), password).keyMatches()).isTrue();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void read_nonAsciiPasswordOfCertifica_opensTheKey() {
        char[] password = PasswordFile.read(Fixtures.CERTIFICA_KEYS.resolve("renovacion_1.password.txt"));
        byte[] key = Fixtures.bytes(Fixtures.CERTIFICA_KEYS.resolve("renovacion_1.key"));

        assertThat(Efirma.read(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer")), key, password))
                .isNotNull();
    }

    @Test
    void read_windows1252File_readAsAnsiWithAWarning(@TempDir Path dir) throws Exception {
        // "secñx" as Notepad saves it in "ANSI": ñ is the single byte F1, which is not UTF-8.
        Path ansi = Files.write(dir.resolve("clave.txt"), new byte[] {'s', 'e', 'c', (byte) 0xF1, 'x', '\r', '\n'});
        List<Finding> warnings = new ArrayList<>();

        assertThat(PasswordFile.read(ansi, warnings::add)).containsExactly('s', 'e', 'c', 'ñ', 'x');
        assertThat(warnings).extracting(Finding::code).containsExactly("EFIRMA_CONTRASENA_ANSI");
        assertThat(warnings.get(0).message()).contains("clave.txt").doesNotContain("sec");
    }

    @Test
    void read_utf8WithBom_bomIsNotPartOfThePassword(@TempDir Path dir) throws Exception {
        Path bom = Files.write(dir.resolve("clave.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b',
                (byte) 0xC3, (byte) 0xB1, '\n'});
        List<Finding> warnings = new ArrayList<>();

        assertThat(PasswordFile.read(bom, warnings::add)).containsExactly('a', 'b', 'ñ');
        assertThat(warnings).isEmpty();
    }

    @Test
    void read_neitherUtf8NorWindows1252OrMissing_codesWithoutTheContent(@TempDir Path dir) throws Exception {
        // 0x81 is one of the five bytes windows-1252 leaves undefined, and alone it is not UTF-8 either.
        Path binary = Files.write(dir.resolve("clave.txt"), new byte[] {'s', 'e', 'c', (byte) 0x81, 'x'});

        assertThatThrownBy(() -> PasswordFile.read(binary)).isInstanceOfSatisfying(EfirmaException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
            assertThat(e.file()).contains(EfirmaFile.PASSWORD);
            assertThat(e.getMessage()).contains("clave.txt", "ni windows-1252").doesNotContain("sec");
        });
        assertThatThrownBy(() -> PasswordFile.read(dir.resolve("no-existe.txt")))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO));
    }
}
