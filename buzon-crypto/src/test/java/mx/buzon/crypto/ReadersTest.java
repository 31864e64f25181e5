package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader of the module takes {@code byte[]}, {@code Path} and {@code InputStream}, answers alike for the three,
 * and holds at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes of a hostile input (an endless upload).
 */
class ReadersTest {

    private static final Path CER = Fixtures.EKU_FIEL_2023.resolve("certificate.cer");
    private static final Path KEY = Fixtures.EKU_FIEL_2023.resolve("private_key.key");
    private static final Path PFX = Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx");

    /** Serves bytes forever and counts how many were asked for. */
    private static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 0x30;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0x30);
            served += len;
            return len;
        }
    }

    private static char[] pfxPassword() {
        return Fixtures.lines(Fixtures.PFX_LEGACY_RC2.resolve("password.txt")).get(0).toCharArray();
    }

    @Test
    void efirma_bytesPathAndStream_sameCredential() {
        Efirma fromPath = Efirma.read(CER, KEY, Fixtures.password());
        Efirma fromBytes = Efirma.read(Fixtures.bytes(CER), Fixtures.bytes(KEY), Fixtures.password());
        Efirma fromStream = Efirma.read(new ByteArrayInputStream(Fixtures.bytes(CER)),
                new ByteArrayInputStream(Fixtures.bytes(KEY)), Fixtures.password());
        assertThat(fromBytes.certificate()).isEqualTo(fromPath.certificate());
        assertThat(fromStream.certificate()).isEqualTo(fromPath.certificate());
        assertThat(fromStream.sello("||a||")).isEqualTo(fromPath.sello("||a||"));
    }

    @Test
    void pfx_bytesPathAndStream_sameCredential() {
        Efirma fromPath = Efirma.readPfx(PFX, pfxPassword());
        assertThat(Efirma.readPfx(Fixtures.bytes(PFX), pfxPassword()).certificate()).isEqualTo(fromPath.certificate());
        assertThat(Efirma.readPfx(new ByteArrayInputStream(Fixtures.bytes(PFX)), pfxPassword()).certificate())
                .isEqualTo(fromPath.certificate());
        assertThat(Efirma.pfxEntries(new ByteArrayInputStream(Fixtures.bytes(PFX)), pfxPassword()))
                .isEqualTo(Efirma.pfxEntries(PFX, pfxPassword()));
    }

    @Test
    void certificateAndTrustAnchors_bytesPathAndStream_sameCertificates(@TempDir Path dir) throws Exception {
        EfirmaCertificate cer = EfirmaCertificate.read(CER);
        assertThat(EfirmaCertificate.read(Fixtures.bytes(CER))).isEqualTo(cer);
        assertThat(EfirmaCertificate.read(new ByteArrayInputStream(Fixtures.bytes(CER)))).isEqualTo(cer);
        Path root = Files.write(dir.resolve("raiz.cer"), TrustAnchors.satPruebas().certificates().get(0).getEncoded());
        List<?> expected = TrustAnchors.read(root).certificates();
        assertThat(TrustAnchors.read(List.of(root)).certificates()).isEqualTo(expected);
        assertThat(TrustAnchors.read(Files.readAllBytes(root)).certificates()).isEqualTo(expected);
        assertThat(TrustAnchors.read(Files.newInputStream(root)).certificates()).isEqualTo(expected);
        assertThat(TrustAnchors.read(root).name()).isEqualTo("raiz.cer");
    }

    @Test
    void passwordFile_bytesPathAndStream_samePassword(@TempDir Path dir) throws IOException {
        byte[] content = "12345678a\r\n".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("clave.txt"), content);
        assertThat(PasswordFile.read(file)).containsExactly("12345678a".toCharArray());
        assertThat(PasswordFile.read(content)).containsExactly("12345678a".toCharArray());
        assertThat(content).as("the caller's array is the caller's to wipe").isEqualTo(
                "12345678a\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(PasswordFile.read(new ByteArrayInputStream(content))).containsExactly("12345678a".toCharArray());
    }

    @Test
    void endlessStream_refusedAfterMaxPlusOneBytes_passwordWiped() {
        Endless key = new Endless();
        char[] password = Fixtures.password();
        assertThatThrownBy(() -> Efirma.read(new ByteArrayInputStream(Fixtures.bytes(CER)), key, password))
                .isInstanceOf(EfirmaException.class)
                .hasMessageContaining(Integer.toString(Efirma.MAX_FILE_BYTES))
                .satisfies(e -> assertThat(((EfirmaException) e).code()).isEqualTo("EFIRMA_ARCHIVO_INVALIDO"))
                .satisfies(e -> assertThat(((EfirmaException) e).file()).contains(EfirmaFile.KEY));
        assertThat(key.served).isLessThanOrEqualTo(Efirma.MAX_FILE_BYTES + 1L);
        assertThat(password).containsOnly('\0');

        Endless cer = new Endless();
        assertThatThrownBy(() -> EfirmaCertificate.read(cer)).isInstanceOf(EfirmaException.class);
        assertThat(cer.served).isLessThanOrEqualTo(Efirma.MAX_FILE_BYTES + 1L);
        Endless pfx = new Endless();
        assertThatThrownBy(() -> Efirma.readPfx(pfx, pfxPassword())).isInstanceOf(EfirmaException.class);
        assertThat(pfx.served).isLessThanOrEqualTo(Efirma.MAX_FILE_BYTES + 1L);
        Endless anchors = new Endless();
        assertThatThrownBy(() -> TrustAnchors.read(anchors)).isInstanceOf(EfirmaException.class);
        assertThat(anchors.served).isLessThanOrEqualTo(Efirma.MAX_FILE_BYTES + 1L);
        Endless passwordStream = new Endless();
        assertThatThrownBy(() -> PasswordFile.read(passwordStream)).isInstanceOf(EfirmaException.class);
        assertThat(passwordStream.served).isLessThanOrEqualTo(Efirma.MAX_FILE_BYTES + 1L);
    }

    @Test
    void oversizedArrayOrFile_refusedLikeTheStream(@TempDir Path dir) throws IOException {
        byte[] big = new byte[Efirma.MAX_FILE_BYTES + 1];
        assertThatThrownBy(() -> EfirmaCertificate.read(big))
                .isInstanceOf(EfirmaException.class).hasMessageContaining("(en memoria)")
                .hasMessageContaining(Integer.toString(Efirma.MAX_FILE_BYTES));
        Path file = Files.write(dir.resolve("enorme.cer"), big);
        assertThatThrownBy(() -> EfirmaCertificate.read(file))
                .isInstanceOf(EfirmaException.class).hasMessageContaining("enorme.cer")
                .satisfies(e -> assertThat(((EfirmaException) e).code()).isEqualTo("EFIRMA_ARCHIVO_INVALIDO"));
    }

    @Test
    void failingStream_archivoNoLeido() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("conexión cortada");
            }
        };
        assertThatThrownBy(() -> EfirmaCertificate.read(failing))
                .isInstanceOf(EfirmaException.class)
                .satisfies(e -> assertThat(((EfirmaException) e).code()).isEqualTo("EFIRMA_ARCHIVO_NO_LEIDO"))
                .hasMessageContaining("(flujo de entrada)");
    }
}
