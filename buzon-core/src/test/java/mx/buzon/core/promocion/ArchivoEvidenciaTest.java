package mx.buzon.core.promocion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three inputs of {@link ArchivoEvidencia#inspect}: the same inspection from bytes, a file and a stream. */
class ArchivoEvidenciaTest {

    @Test
    void inspect_bytesPathAndStream_sameEvidencia(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry("factura.txt"));
            zip.write("Factura de enero".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        byte[] bytes = out.toByteArray();
        Path file = Files.write(dir.resolve("evidencias.zip"), bytes);

        ArchivoEvidencia fromBytes = ArchivoEvidencia.inspect("evidencias.zip", bytes);
        assertThat(fromBytes.inspeccion().isValid()).isTrue();
        assertThat(ArchivoEvidencia.inspect(file)).isEqualTo(fromBytes);
        assertThat(ArchivoEvidencia.inspect("evidencias.zip", new ByteArrayInputStream(bytes))).isEqualTo(fromBytes);
    }
}
