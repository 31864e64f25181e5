package mx.buzon.core.promocion;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipInspector;
import mx.buzon.core.evidence.ZipLimits;

/**
 * A ZIP of evidence offered with a promoción, already inspected by {@link ZipInspector} (really a ZIP, smaller
 * than 10 MB, no ZIP bomb, no path traversal: Guía de Promociones, V.7 "un archivo en formato zip menor a 10 MB").
 *
 * <p>The workflow accepts it only when its name ends in {@code .zip} (any case) and the inspection has no error;
 * the bytes are not kept, only what the inspection computed. Immutable and thread-safe.
 *
 * @param nombreArchivo the file name, e.g. {@code evidencias.zip}
 * @param inspeccion what the inspector found, with the file's SHA-256 and size
 */
public record ArchivoEvidencia(String nombreArchivo, ZipInspection inspeccion) {

    /**
     * Checks the components.
     *
     * @param nombreArchivo name
     * @param inspeccion inspection
     */
    public ArchivoEvidencia {
        Objects.requireNonNull(nombreArchivo, "nombreArchivo");
        Objects.requireNonNull(inspeccion, "inspeccion");
    }

    /**
     * Inspects a ZIP held in memory with the limits of an aclaración ({@link ZipLimits#EVIDENCIA_ACLARACION}).
     *
     * @param nombreArchivo the file name, e.g. {@code evidencias.zip}
     * @param zip the file's bytes (not kept)
     * @return the inspected file
     */
    public static ArchivoEvidencia inspect(String nombreArchivo, byte[] zip) {
        return new ArchivoEvidencia(nombreArchivo, ZipInspector.inspect(zip, ZipLimits.EVIDENCIA_ACLARACION));
    }

    /**
     * Inspects a ZIP file with the limits of an aclaración; its name is the file's name.
     *
     * @param file the file, e.g. {@code evidencias.zip}
     * @return the inspected file
     * @throws mx.buzon.problem.BuzonException with {@code ARCHIVO_ILEGIBLE} when the file cannot be read
     */
    public static ArchivoEvidencia inspect(Path file) {
        Path name = Objects.requireNonNull(file, "file").getFileName();
        return new ArchivoEvidencia(name == null ? file.toString() : name.toString(),
                ZipInspector.inspect(file, ZipLimits.EVIDENCIA_ACLARACION));
    }

    /**
     * Inspects a ZIP read from a stream (an upload, say) with the limits of an aclaración, holding at most the
     * size limit in memory ({@link ZipInspector#inspect(InputStream, ZipLimits)}).
     *
     * @param nombreArchivo the file name, e.g. {@code evidencias.zip}
     * @param zip the stream (read to its end, not closed)
     * @return the inspected file
     * @throws mx.buzon.problem.BuzonException with {@code ARCHIVO_ILEGIBLE} when the stream cannot be read
     */
    public static ArchivoEvidencia inspect(String nombreArchivo, InputStream zip) {
        return new ArchivoEvidencia(nombreArchivo, ZipInspector.inspect(zip, ZipLimits.EVIDENCIA_ACLARACION));
    }

    /** @return whether the name ends in {@code .zip}, ignoring case ({@link Locale#ROOT}) */
    public boolean hasZipName() {
        return nombreArchivo.toLowerCase(Locale.ROOT).endsWith(".zip") && nombreArchivo.length() > ".zip".length();
    }

    /** @return the evidence as the promoción keeps it (name, size, digest) */
    public Evidencia toEvidencia() {
        return new Evidencia(nombreArchivo, inspeccion.sizeBytes(), inspeccion.sha256());
    }
}
