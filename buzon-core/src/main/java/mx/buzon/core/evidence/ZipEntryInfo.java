package mx.buzon.core.evidence;

import java.util.Objects;

/**
 * One entry of a ZIP as its central directory declares it (nothing is decompressed).
 *
 * <p>Example: {@code ZipEntryInfo[name=facturas/enero.pdf, compressedSize=81234, uncompressedSize=90210,
 * method=8, encrypted=false, directory=false, crc32=3735928559]}. Immutable and thread-safe.
 *
 * @param name the entry's name, decoded (UTF-8, or ISO-8859-1 when its bytes are not UTF-8)
 * @param compressedSize declared compressed size in bytes
 * @param uncompressedSize declared uncompressed size in bytes
 * @param method the compression method: 0 stored, 8 deflate, others unsupported
 * @param encrypted whether the entry is encrypted
 * @param directory whether the entry is a folder (its name ends with {@code /})
 * @param crc32 the declared CRC-32 of the uncompressed data
 */
public record ZipEntryInfo(String name, long compressedSize, long uncompressedSize, int method, boolean encrypted,
        boolean directory, long crc32) {

    /**
     * Checks the name is present.
     *
     * @param name name
     * @param compressedSize compressed size
     * @param uncompressedSize uncompressed size
     * @param method method
     * @param encrypted encrypted
     * @param directory directory
     * @param crc32 CRC-32
     */
    public ZipEntryInfo {
        Objects.requireNonNull(name, "name");
    }
}
