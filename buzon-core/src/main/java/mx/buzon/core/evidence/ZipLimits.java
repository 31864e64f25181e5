package mx.buzon.core.evidence;

/**
 * The limits a ZIP of evidence is checked against. {@link #EVIDENCIA_ACLARACION} holds the defaults.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fileSizeLimitExclusive the file must be smaller than this many bytes
 * @param maxEntries most entries (files and folders) the central directory may declare
 * @param maxTotalUncompressedBytes most bytes all entries may declare uncompressed, together
 * @param maxCompressionRatio most times an entry may expand ({@code uncompressed / compressed})
 * @param ratioCheckFromBytes the ratio is checked only for entries declaring more than this many bytes
 *     uncompressed (small, very compressible files such as a blank text file are harmless)
 */
public record ZipLimits(long fileSizeLimitExclusive, int maxEntries, long maxTotalUncompressedBytes,
        long maxCompressionRatio, long ratioCheckFromBytes) {

    /** One mebibyte, 1,048,576 bytes. */
    public static final long MIB = 1024L * 1024L;

    /**
     * The defaults for the evidence of an aclaración.
     * <ul>
     * <li>file smaller than 10 MB, read as 10 × 1024 × 1024 = 10,485,760 bytes: the Guía de Promociones
     *     Electrónicas (V.7) says "un archivo en formato zip <em>menor a</em> 10 MB", so a file of exactly
     *     10,485,760 bytes is refused;</li>
     * <li>at most 1,000 entries;</li>
     * <li>at most 100 MiB uncompressed in total (ten times the file limit: scans and PDFs barely compress, so
     *     real evidence stays far below it);</li>
     * <li>at most a 100:1 ratio for any entry above 1 MiB uncompressed (Deflate can reach about 1,032:1 only on
     *     degenerate data).</li>
     * </ul>
     */
    public static final ZipLimits EVIDENCIA_ACLARACION = new ZipLimits(10 * MIB, 1_000, 100 * MIB, 100, MIB);

    /**
     * Checks the limits are positive.
     *
     * @param fileSizeLimitExclusive file size limit
     * @param maxEntries entries limit
     * @param maxTotalUncompressedBytes total limit
     * @param maxCompressionRatio ratio limit
     * @param ratioCheckFromBytes ratio threshold
     */
    public ZipLimits {
        if (fileSizeLimitExclusive <= 0 || maxEntries <= 0 || maxTotalUncompressedBytes <= 0
                || maxCompressionRatio <= 0 || ratioCheckFromBytes < 0) {
            throw new IllegalArgumentException("ZIP limits must be positive: " + fileSizeLimitExclusive + ", "
                    + maxEntries + ", " + maxTotalUncompressedBytes + ", " + maxCompressionRatio + ", "
                    + ratioCheckFromBytes);
        }
    }
}
