package mx.buzon.core.cadena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {

    /** FIPS 180-4 / NIST CSRC example values (also what `printf abc | sha256sum` prints). */
    static final String SHA256_EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    static final String SHA256_ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void digest_knownAnswers() {
        assertThat(Sha256.digest(new byte[0])).hasToString(SHA256_EMPTY);
        assertThat(Sha256.digestUtf8("abc")).hasToString(SHA256_ABC);
        assertThat(Sha256.digest(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII))))
                .hasToString(SHA256_ABC);
    }

    @Test
    void digestUtf8_isExactBytesWithoutNormalisation() {
        assertThat(Sha256.digestUtf8("Ñ")).isEqualTo(Sha256.digest("Ñ".getBytes(StandardCharsets.UTF_8)));
        assertThat(Sha256.digestUtf8("N\u0303")).isNotEqualTo(Sha256.digestUtf8("Ñ"));
        assertThat(Sha256.digestUtf8(" a ")).isNotEqualTo(Sha256.digestUtf8("a"));
    }

    @Test
    void digestUtf8_loneSurrogate_isRejected() {
        assertThatThrownBy(() -> Sha256.digestUtf8("x\uDC00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void digestPath_equalsDigestOfBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("evidencia.zip");
        Files.write(file, "abc".getBytes(StandardCharsets.US_ASCII));
        assertThat(Sha256.digest(file)).hasToString(SHA256_ABC);
    }

    @Test
    void digest_missingFileOrFailingStream_codedArchivoIlegibleNotIoException(@TempDir Path dir) {
        assertThatThrownBy(() -> Sha256.digest(dir.resolve("no-existe.zip")))
                .isInstanceOf(mx.buzon.problem.BuzonException.class)
                .hasMessageContaining("no-existe.zip").hasMessageContaining("NoSuchFileException")
                .extracting(e -> ((mx.buzon.problem.BuzonException) e).code()).isEqualTo("ARCHIVO_ILEGIBLE");
        java.io.InputStream failing = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disco desconectado");
            }
        };
        assertThatThrownBy(() -> Sha256.digest(failing))
                .isInstanceOf(mx.buzon.problem.BuzonException.class).hasCauseInstanceOf(IOException.class)
                .extracting(e -> ((mx.buzon.problem.BuzonException) e).code()).isEqualTo("ARCHIVO_ILEGIBLE");
    }

    @Test
    void parse_isInverseOfToString_andRefusesUpperCase() {
        assertThat(Sha256.parse(SHA256_ABC)).isEqualTo(Sha256.digestUtf8("abc"));
        assertThat(Sha256.parse(SHA256_ABC).matches(Sha256.digestUtf8("abc"))).isTrue();
        assertThat(Sha256.isValid(SHA256_ABC.toUpperCase(java.util.Locale.ROOT))).isFalse();
        assertThatThrownBy(() -> Sha256.parse(SHA256_ABC.substring(1))).isInstanceOfSatisfying(BuzonException.class,
                e -> assertThat(e.errorCode()).isEqualTo(CadenaErrorCode.SHA256_FORMATO_INVALIDO));
    }

    @Test
    void bytes_isDefensiveCopy() {
        Sha256 d = Sha256.digestUtf8("abc");
        d.bytes()[0] = 0;
        assertThat(d).hasToString(SHA256_ABC);
        assertThat(Sha256.of(d.bytes())).isEqualTo(d);
        assertThatThrownBy(() -> Sha256.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
