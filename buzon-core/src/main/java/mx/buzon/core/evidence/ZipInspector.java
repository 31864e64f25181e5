package mx.buzon.core.evidence;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Inspects a ZIP of evidence without extracting or decompressing anything: it reads the end-of-central-directory
 * record and the central directory, and cross-checks every local header against it.
 *
 * <p>Checks, each reported as a {@link Finding} with an {@link EvidenciaErrorCode} (errors unless marked):
 * <ol>
 * <li>size: not empty, smaller than {@link ZipLimits#fileSizeLimitExclusive()} (10 MB);</li>
 * <li>it really is a ZIP: starts with a local file header ({@code PK\3\4}) or is an empty archive
 *     ({@code PK\5\6}); a PDF or other format is named in the message;</li>
 * <li>the end-of-central-directory record ends the file exactly (its comment reaches the last byte), is
 *     single-volume, and the central directory ends exactly where that record starts (no hidden data);</li>
 * <li>ZIP64 records or 0xFFFFFFFF size markers are refused: a file under 10 MB never needs them;</li>
 * <li>every central-directory entry parses, within bounds, and their count matches the declared one;</li>
 * <li>every local header is where the directory says, has the same name and method, and its data lies before
 *     the central directory without overlapping another entry's (overlapping entries are a known ZIP-bomb
 *     technique);</li>
 * <li>names: no empty name, no {@code ..} segment, no absolute path, no drive letter, no backslash, no control
 *     character; no duplicate (exact: error; differing only in case: warning); not valid UTF-8: warning;</li>
 * <li>no encrypted entry, only methods 0 (stored) and 8 (deflate), stored entries with equal sizes;</li>
 * <li>ZIP bombs by declared sizes: at most {@link ZipLimits#maxEntries()} entries, at most
 *     {@link ZipLimits#maxTotalUncompressedBytes()} uncompressed in total, at most
 *     {@link ZipLimits#maxCompressionRatio()} expansion per large entry;</li>
 * <li>nested archives ({@code .zip .rar .7z .tar .gz .tgz .bz2 .xz .jar}): warning, their content is not
 *     inspected.</li>
 * </ol>
 * What it is not: the sizes checked are those <em>declared</em>; data is never decompressed, so a consumer that
 * does extract must still bound what it writes. The inspection does not scan for malware.
 *
 * <p>The bytes come as a {@code byte[]}, a {@link Path} or an {@link InputStream}, with the same checks and the
 * same bound on memory. Bad content never throws: the answer is a {@link ZipInspection} with findings. Only a
 * {@code null} argument (NPE) or a file or stream that cannot be read ({@link BuzonException} with
 * {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE}) does. Thread-safe (stateless).
 */
public final class ZipInspector {

    private static final int LOCAL_SIG = 0x04034b50;
    private static final int CENTRAL_SIG = 0x02014b50;
    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int EOCD_LENGTH = 22;
    private static final int CENTRAL_LENGTH = 46;
    private static final int LOCAL_LENGTH = 30;
    private static final long MAX_U32 = 0xFFFFFFFFL;
    private static final List<String> ARCHIVE_SUFFIXES =
            List.of(".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".jar");

    private ZipInspector() {
    }

    /**
     * Inspects a ZIP held in memory, with the default limits.
     *
     * @param zip the file's bytes
     * @return the inspection
     */
    public static ZipInspection inspect(byte[] zip) {
        return inspect(zip, ZipLimits.EVIDENCIA_ACLARACION);
    }

    /**
     * Inspects a ZIP held in memory.
     *
     * @param zip the file's bytes (not modified)
     * @param limits the limits
     * @return the inspection
     */
    public static ZipInspection inspect(byte[] zip, ZipLimits limits) {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(limits, "limits");
        Sha256 sha256 = Sha256.digest(zip);
        List<Finding> findings = new ArrayList<>();
        List<ZipEntryInfo> entries = new ArrayList<>();
        if (zip.length == 0) {
            findings.add(Finding.error(EvidenciaErrorCode.ZIP_VACIO, null));
        } else if (zip.length >= limits.fileSizeLimitExclusive()) {
            findings.add(tooBig(zip.length, limits));
        } else {
            new Reader(zip, limits, findings, entries).read();
        }
        return new ZipInspection(sha256, zip.length, entries, findings);
    }

    /**
     * Inspects a ZIP file, with the default limits.
     *
     * @param file the file
     * @return the inspection
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when the file cannot be read
     */
    public static ZipInspection inspect(Path file) {
        return inspect(file, ZipLimits.EVIDENCIA_ACLARACION);
    }

    /**
     * Inspects a ZIP file. A file at or above the size limit is digested as a stream and not loaded.
     *
     * @param file the file
     * @param limits the limits
     * @return the inspection
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when the file cannot be read
     */
    public static ZipInspection inspect(Path file, ZipLimits limits) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(limits, "limits");
        try {
            long size = Files.size(file);
            if (size >= limits.fileSizeLimitExclusive()) {
                return new ZipInspection(Sha256.digest(file), size, List.of(), List.of(tooBig(size, limits)));
            }
            return inspect(Files.readAllBytes(file), limits);
        } catch (IOException e) {
            throw new BuzonException(ArchivoErrorCode.ARCHIVO_ILEGIBLE,
                    ArchivoErrorCode.ARCHIVO_ILEGIBLE.message(file.getFileName(), e.getClass().getSimpleName()), e);
        }
    }

    /**
     * Inspects a ZIP read from a stream (an upload, say), with the default limits.
     *
     * @param zip the stream, read to its end and not closed
     * @return the inspection
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when the stream cannot be read
     */
    public static ZipInspection inspect(InputStream zip) {
        return inspect(zip, ZipLimits.EVIDENCIA_ACLARACION);
    }

    /**
     * Inspects a ZIP read from a stream. At most {@link ZipLimits#fileSizeLimitExclusive()} bytes are held in
     * memory, as for {@link #inspect(byte[], ZipLimits)}: a stream that reaches the limit is
     * {@code ZIP_DEMASIADO_GRANDE} and the rest of it is only digested, in 64 KiB blocks, so that the size and
     * SHA-256 reported are those of the whole stream (as for a file). Bounding how long a stream may be (an
     * upload's length) is the host's: a stream that never ends is digested until it does.
     *
     * @param zip the stream, read to its end and not closed
     * @param limits the limits
     * @return the inspection
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when the stream cannot be read
     */
    public static ZipInspection inspect(InputStream zip, ZipLimits limits) {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(limits, "limits");
        int held = (int) Math.min(limits.fileSizeLimitExclusive(), Integer.MAX_VALUE - 8);
        byte[] head;
        try {
            head = zip.readNBytes(held);
        } catch (IOException e) {
            throw new BuzonException(ArchivoErrorCode.ARCHIVO_ILEGIBLE,
                    ArchivoErrorCode.ARCHIVO_ILEGIBLE.message("(flujo de entrada)", e.getClass().getSimpleName()), e);
        }
        if (head.length < held) {
            return inspect(head, limits);
        }
        Counting rest = new Counting(zip);
        Sha256 sha256 = Sha256.digest(new SequenceInputStream(new ByteArrayInputStream(head), rest));
        long size = head.length + rest.count;
        return new ZipInspection(sha256, size, List.of(), List.of(tooBig(size, limits)));
    }

    /** Counts the bytes read through it. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    private static Finding tooBig(long size, ZipLimits limits) {
        return Finding.error(EvidenciaErrorCode.ZIP_DEMASIADO_GRANDE, Long.toString(size), size,
                limits.fileSizeLimitExclusive());
    }

    /** Names a printable form of an entry name: control characters as \\uXXXX. */
    static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }

    /** One pass over one archive. Every read is bounds-checked first; nothing here throws on bad bytes. */
    private static final class Reader {
        private final byte[] b;
        private final ZipLimits limits;
        private final List<Finding> findings;
        private final List<ZipEntryInfo> entries;

        Reader(byte[] b, ZipLimits limits, List<Finding> findings, List<ZipEntryInfo> entries) {
            this.b = b;
            this.limits = limits;
            this.findings = findings;
            this.entries = entries;
        }

        void read() {
            if (!startsLikeZip()) {
                return;
            }
            int eocd = findEocd();
            if (eocd < 0) {
                return;
            }
            if (eocd >= 20 && u32(eocd - 20) == ZIP64_LOCATOR_SIG) {
                error(EvidenciaErrorCode.ZIP_ZIP64, null, "localizador ZIP64");
                return;
            }
            int disk = u16(eocd + 4);
            int cdDisk = u16(eocd + 6);
            int entriesOnDisk = u16(eocd + 8);
            int total = u16(eocd + 10);
            long cdSize = u32(eocd + 12);
            long cdOffset = u32(eocd + 16);
            if (total == 0xFFFF || cdSize == MAX_U32 || cdOffset == MAX_U32) {
                error(EvidenciaErrorCode.ZIP_ZIP64, null, "marcadores 0xFFFF en el fin del directorio");
                return;
            }
            if (disk != 0 || cdDisk != 0 || entriesOnDisk != total) {
                error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "es un ZIP de varios volúmenes");
                return;
            }
            if (cdOffset + cdSize != eocd) {
                error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "el directorio central (posición " + cdOffset
                        + ", " + cdSize + " bytes) no termina donde empieza su registro final (" + eocd + ")");
                return;
            }
            if (total > limits.maxEntries()) {
                error(EvidenciaErrorCode.ZIP_DEMASIADAS_ENTRADAS, Integer.toString(total), total, limits.maxEntries());
                return;
            }
            List<long[]> ranges = new ArrayList<>();
            if (!readCentralDirectory((int) cdOffset, eocd, total, ranges)) {
                return;
            }
            checkOverlaps(ranges);
            checkTotals();
        }

        private boolean startsLikeZip() {
            if (b.length >= 4 && (u32(0) == LOCAL_SIG || u32(0) == EOCD_SIG)) {
                return true;
            }
            String what = "";
            if (startsWith("%PDF-")) {
                what = " (es un PDF)";
            } else if (startsWith("Rar!")) {
                what = " (es un RAR)";
            } else if (startsWith("7z\u00BC\u00AF")) {
                what = " (es un 7z)";
            } else if (b.length >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
                what = " (es un GZIP)";
            } else if (b.length >= 4) {
                what = String.format(Locale.ROOT, " (empieza con los bytes %02X %02X %02X %02X)",
                        b[0] & 0xFF, b[1] & 0xFF, b[2] & 0xFF, b[3] & 0xFF);
            } else {
                what = " (mide " + b.length + " bytes)";
            }
            error(EvidenciaErrorCode.ZIP_NO_ES_ZIP, null, what);
            return false;
        }

        private boolean startsWith(String latin1) {
            if (b.length < latin1.length()) {
                return false;
            }
            for (int i = 0; i < latin1.length(); i++) {
                if ((b[i] & 0xFF) != latin1.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** The EOCD whose comment ends exactly at the end of the file, searching backwards; -1 when none. */
        private int findEocd() {
            int last = b.length - EOCD_LENGTH;
            int first = Math.max(0, last - 0xFFFF);
            for (int p = last; p >= first; p--) {
                if (u32(p) == EOCD_SIG && p + EOCD_LENGTH + u16(p + 20) == b.length) {
                    return p;
                }
            }
            error(EvidenciaErrorCode.ZIP_SIN_DIRECTORIO, null, last < 0 ? "el archivo es demasiado corto"
                    : "no se encontró el registro de fin del directorio central");
            return -1;
        }

        private boolean readCentralDirectory(int cdOffset, int cdEnd, int total, List<long[]> ranges) {
            Map<String, String> exactNames = new HashMap<>();
            Map<String, String> foldedNames = new HashMap<>();
            int p = cdOffset;
            for (int n = 0; n < total; n++) {
                if (p + CENTRAL_LENGTH > cdEnd || u32(p) != CENTRAL_SIG) {
                    error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "la entrada " + (n + 1) + " de " + total
                            + " no está donde se esperaba (posición " + p + ")");
                    return false;
                }
                int flags = u16(p + 8);
                int method = u16(p + 10);
                long crc = u32(p + 16);
                long csize = u32(p + 20);
                long usize = u32(p + 24);
                int nameLen = u16(p + 28);
                int extraLen = u16(p + 30);
                int commentLen = u16(p + 32);
                long localOffset = u32(p + 42);
                int nameStart = p + CENTRAL_LENGTH;
                int next = nameStart + nameLen + extraLen + commentLen;
                if (next > cdEnd) {
                    error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "la entrada " + (n + 1)
                            + " se sale del directorio central");
                    return false;
                }
                byte[] nameBytes = Arrays.copyOfRange(b, nameStart, nameStart + nameLen);
                String name = decodeName(nameBytes, (flags & 0x0800) != 0);
                String shown = printable(name);
                boolean encrypted = (flags & 0x0001) != 0 || method == 99;
                entries.add(new ZipEntryInfo(name, csize, usize, method, encrypted, name.endsWith("/"), crc));
                if (csize == MAX_U32 || usize == MAX_U32 || localOffset == MAX_U32
                        || hasExtra(nameStart + nameLen, extraLen, 0x0001)) {
                    error(EvidenciaErrorCode.ZIP_ZIP64, shown, "entrada \"" + shown + "\"");
                    return false;
                }
                checkName(name, shown, exactNames, foldedNames);
                if (encrypted) {
                    error(EvidenciaErrorCode.ZIP_CIFRADO, shown, shown);
                } else if (method != 0 && method != 8) {
                    error(EvidenciaErrorCode.ZIP_METODO_NO_SOPORTADO, shown, shown, method);
                }
                if (method == 0 && !encrypted && csize != usize) {
                    error(EvidenciaErrorCode.ZIP_TAMANO_INCONSISTENTE, shown, shown,
                            "sin compresión, pero " + csize + " bytes comprimidos y " + usize + " sin comprimir");
                }
                if (usize > limits.ratioCheckFromBytes()) {
                    long ratio = usize / Math.max(1, csize);
                    if (ratio > limits.maxCompressionRatio()) {
                        error(EvidenciaErrorCode.ZIP_BOMBA_PROPORCION, shown, shown, ratio, limits.maxCompressionRatio());
                    }
                }
                long[] range = checkLocalHeader(localOffset, cdOffset, nameBytes, method, csize, shown);
                if (range != null) {
                    ranges.add(range);
                }
                p = next;
            }
            if (p != cdEnd) {
                error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "sobran " + (cdEnd - p)
                        + " bytes después de la última entrada declarada");
                return false;
            }
            return true;
        }

        /** The [start, end) range of the entry's header and data, or null after reporting a problem. */
        private long @Nullable [] checkLocalHeader(long offset, int cdOffset,
                byte[] nameBytes, int method, long csize, String shown) {
            if (offset + LOCAL_LENGTH > cdOffset || u32((int) offset) != LOCAL_SIG) {
                error(EvidenciaErrorCode.ZIP_ENCABEZADO_LOCAL_INVALIDO, shown, shown,
                        "no hay encabezado local en la posición " + offset);
                return null;
            }
            int p = (int) offset;
            int localMethod = u16(p + 8);
            int nameLen = u16(p + 26);
            int extraLen = u16(p + 28);
            long dataStart = offset + LOCAL_LENGTH + nameLen + extraLen;
            if (dataStart > cdOffset) {
                error(EvidenciaErrorCode.ZIP_ENCABEZADO_LOCAL_INVALIDO, shown, shown, "el encabezado local se sale del área de datos");
                return null;
            }
            if (!Arrays.equals(b, p + LOCAL_LENGTH, p + LOCAL_LENGTH + nameLen, nameBytes, 0, nameBytes.length)) {
                error(EvidenciaErrorCode.ZIP_ENCABEZADO_LOCAL_INVALIDO, shown, shown,
                        "el nombre del encabezado local no coincide con el del directorio");
                return null;
            }
            if (localMethod != method) {
                error(EvidenciaErrorCode.ZIP_ENCABEZADO_LOCAL_INVALIDO, shown, shown,
                        "el método del encabezado local no coincide con el del directorio");
                return null;
            }
            if (dataStart + csize > cdOffset) {
                error(EvidenciaErrorCode.ZIP_ENCABEZADO_LOCAL_INVALIDO, shown, shown,
                        "los datos comprimidos (" + csize + " bytes) se salen del archivo");
                return null;
            }
            return new long[] {offset, dataStart + csize};
        }

        private void checkOverlaps(List<long[]> ranges) {
            ranges.sort((x, y) -> Long.compare(x[0], y[0]));
            for (int i = 1; i < ranges.size(); i++) {
                if (ranges.get(i)[0] < ranges.get(i - 1)[1]) {
                    error(EvidenciaErrorCode.ZIP_DIRECTORIO_INVALIDO, null, "dos entradas comparten datos (posición "
                            + ranges.get(i)[0] + "), una técnica de \"bomba ZIP\"");
                    return;
                }
            }
        }

        private void checkTotals() {
            long total = 0;
            boolean anyFile = false;
            for (ZipEntryInfo e : entries) {
                total += e.uncompressedSize();
                anyFile |= !e.directory();
            }
            if (total > limits.maxTotalUncompressedBytes()) {
                error(EvidenciaErrorCode.ZIP_BOMBA_TAMANO, Long.toString(total), total, limits.maxTotalUncompressedBytes());
            }
            if (!anyFile) {
                error(EvidenciaErrorCode.ZIP_SIN_ENTRADAS, null);
            }
        }

        private void checkName(String name, String shown, Map<String, String> exact, Map<String, String> folded) {
            String problem = unsafePathReason(name);
            if (problem != null) {
                error(EvidenciaErrorCode.ZIP_RUTA_INSEGURA, shown, shown, problem);
            }
            if (exact.putIfAbsent(name, name) != null) {
                error(EvidenciaErrorCode.ZIP_NOMBRE_DUPLICADO, shown, shown, "");
            } else {
                String previous = folded.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                if (previous != null) {
                    findings.add(Finding.warning(EvidenciaErrorCode.ZIP_NOMBRE_DUPLICADO, shown, shown,
                            " sin distinguir mayúsculas (\"" + printable(previous) + "\")"));
                }
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.endsWith("/") && ARCHIVE_SUFFIXES.stream().anyMatch(lower::endsWith)) {
                findings.add(Finding.warning(EvidenciaErrorCode.ZIP_ARCHIVO_ANIDADO, shown, shown));
            }
        }

        private String decodeName(byte[] nameBytes, boolean utf8Flag) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(nameBytes)).toString();
            } catch (CharacterCodingException e) {
                String latin1 = new String(nameBytes, StandardCharsets.ISO_8859_1);
                if (utf8Flag) {
                    error(EvidenciaErrorCode.ZIP_NOMBRE_CODIFICACION, printable(latin1), printable(latin1));
                } else {
                    findings.add(Finding.warning(EvidenciaErrorCode.ZIP_NOMBRE_CODIFICACION, printable(latin1),
                            printable(latin1)));
                }
                return latin1;
            }
        }

        private boolean hasExtra(int start, int length, int headerId) {
            int p = start;
            int end = start + length;
            while (p + 4 <= end) {
                int id = u16(p);
                int size = u16(p + 2);
                if (id == headerId) {
                    return true;
                }
                p += 4 + size;
            }
            return false;
        }

        private void error(EvidenciaErrorCode code, @Nullable String value, Object... args) {
            findings.add(Finding.error(code, value, args));
        }

        private int u16(int p) {
            if (p < 0 || p + 2 > b.length) {
                return -1;
            }
            return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
        }

        private long u32(int p) {
            if (p < 0 || p + 4 > b.length) {
                return -1;
            }
            return (b[p] & 0xFFL) | (b[p + 1] & 0xFFL) << 8 | (b[p + 2] & 0xFFL) << 16 | (b[p + 3] & 0xFFL) << 24;
        }
    }

    /**
     * Why a name is not a safe relative path, or null when it is.
     *
     * @param name the decoded entry name
     * @return the reason in Spanish, or null
     */
    static @Nullable String unsafePathReason(String name) {
        if (name.isEmpty()) {
            return "nombre vacío";
        }
        if (name.indexOf('\\') >= 0) {
            return "contiene una diagonal invertida";
        }
        if (name.startsWith("/")) {
            return "ruta absoluta";
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            return "letra de unidad";
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return "contiene caracteres de control";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "contiene el segmento '..'";
            }
        }
        return null;
    }
}
