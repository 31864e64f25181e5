package mx.buzon.core.promocion;

import java.util.Objects;
import mx.buzon.core.cadena.Sha256;

/**
 * The ZIP of evidence of an aclaración as the promoción keeps it: its file name, size and SHA-256 (the bytes stay
 * with the host; the digest enters the cadena original, docs/LEGAL.md §5).
 *
 * <p>Example: {@code Evidencia[nombreArchivo=evidencias.zip, tamanoBytes=1834, sha256=9f86d0...]}. Built from an
 * accepted {@link ArchivoEvidencia}. Immutable and thread-safe.
 *
 * @param nombreArchivo the file name as the particular gave it, e.g. {@code evidencias.zip}
 * @param tamanoBytes its size in bytes, {@code 1} to {@code 10 MiB - 1}
 * @param sha256 the digest of the whole file
 */
public record Evidencia(String nombreArchivo, long tamanoBytes, Sha256 sha256) {

    /**
     * Checks the components.
     *
     * @param nombreArchivo name
     * @param tamanoBytes size
     * @param sha256 digest
     */
    public Evidencia {
        Objects.requireNonNull(nombreArchivo, "nombreArchivo");
        Objects.requireNonNull(sha256, "sha256");
        if (nombreArchivo.isBlank()) {
            throw new IllegalArgumentException("the evidence's file name must not be blank");
        }
        if (tamanoBytes < 1) {
            throw new IllegalArgumentException("an evidence file has at least 1 byte, got " + tamanoBytes);
        }
    }
}
