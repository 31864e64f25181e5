package mx.buzon.crypto;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Reads the files of an e.firma, turning I/O failures into {@code EFIRMA_ARCHIVO_NO_LEIDO}. */
final class FileBytes {

    private FileBytes() {
    }

    static byte[] read(Path file, EfirmaFile kind) {
        Objects.requireNonNull(file, "file");
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO, kind, e, kind.noun(), name(file));
        }
    }

    static String name(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
