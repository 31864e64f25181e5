package mx.buzon.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of one e.firma file ({@code .cer}, {@code .key}, {@code .pfx}, password, trust anchors) from where the
 * caller has them: a file, a stream or an array, with the name messages use.
 *
 * <p>Threat: a wrong or hostile upload (a multi-gigabyte file, an endless stream) must not cost unbounded memory.
 * Every source is read to at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes and refused beyond
 * {@link Efirma#MAX_FILE_BYTES} with {@code EFIRMA_ARCHIVO_INVALIDO}, the array given by a caller included, so the
 * three inputs answer alike. An I/O failure is {@code EFIRMA_ARCHIVO_NO_LEIDO}, never a checked exception.
 *
 * <p>A source tolerates a {@code null} until it is read, so that a factory can wipe the password before the
 * {@link NullPointerException} leaves it.
 */
final class FileBytes {

    static final String IN_MEMORY = "(en memoria)";
    static final String STREAM = "(flujo de entrada)";

    private final String parameter;
    private final @Nullable Path file;
    private final @Nullable InputStream stream;
    private final byte @Nullable [] array;

    private FileBytes(String parameter, @Nullable Path file, @Nullable InputStream stream, byte @Nullable [] array) {
        this.parameter = parameter;
        this.file = file;
        this.stream = stream;
        this.array = array;
    }

    static FileBytes of(@Nullable Path file, String parameter) {
        return new FileBytes(parameter, file, null, null);
    }

    static FileBytes of(@Nullable InputStream stream, String parameter) {
        return new FileBytes(parameter, null, stream, null);
    }

    static FileBytes of(byte @Nullable [] array, String parameter) {
        return new FileBytes(parameter, null, null, array);
    }

    /** @return the name messages use: the file's name, {@value #STREAM} or {@value #IN_MEMORY} */
    String name() {
        requireGiven();
        if (file != null) {
            return name(file);
        }
        return stream != null ? STREAM : IN_MEMORY;
    }

    /** @return whether {@link #read} returns a fresh array the SDK owns (and may wipe), not the caller's */
    boolean owned() {
        return array == null;
    }

    /**
     * @param kind which file it is, for the messages
     * @return the bytes, at most {@link Efirma#MAX_FILE_BYTES}; the caller's array itself when it gave one
     */
    byte[] read(EfirmaFile kind) {
        requireGiven();
        if (array != null) {
            return requireSmall(array, kind, IN_MEMORY);
        }
        if (stream != null) {
            try {
                return requireSmall(stream.readNBytes(Efirma.MAX_FILE_BYTES + 1), kind, STREAM);
            } catch (IOException e) {
                throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO, kind, e, kind.noun(), STREAM);
            }
        }
        Path path = Objects.requireNonNull(file);
        try (InputStream in = Files.newInputStream(path)) {
            return requireSmall(in.readNBytes(Efirma.MAX_FILE_BYTES + 1), kind, name(path));
        } catch (IOException | RuntimeException e) {
            if (e instanceof EfirmaException coded) {
                throw coded;
            }
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO, kind, e, kind.noun(), name(path));
        }
    }

    private void requireGiven() {
        if (file == null && stream == null && array == null) {
            throw new NullPointerException(parameter);
        }
    }

    private static byte[] requireSmall(byte[] bytes, EfirmaFile kind, String name) {
        if (bytes.length > Efirma.MAX_FILE_BYTES) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, kind, null, kind.noun(), name,
                    "mide más de " + Efirma.MAX_FILE_BYTES + " bytes; un archivo de e.firma del SAT mide unos pocos KB");
        }
        return bytes;
    }

    static String name(Path file) {
        Path fileName = file.getFileName();
        return fileName == null ? file.toString() : fileName.toString();
    }
}
