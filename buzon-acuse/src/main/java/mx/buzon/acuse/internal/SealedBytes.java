package mx.buzon.acuse.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first check of a sealed acuse, on the raw bytes before any PDF parsing: exactly one signature, whose
 * {@code /ByteRange} covers the whole file except its own {@code /Contents} value, and nothing appended after
 * it.
 *
 * <p>Threat: an attacker who keeps a genuine signature and adds an incremental update (a new Info dictionary,
 * an overlay page content, another signature) after it; or who moves the byte range so that part of the file
 * is not covered. With the byte range required to start at 0 and end at the file's last byte, and the only gap
 * to be the hexadecimal string right after {@code /Contents}, every other byte is under the signature, so a
 * change anywhere fails the CMS check that follows. Linear in the file size; no allocation beyond the signed
 * content.
 */
public final class SealedBytes {

    private static final byte[] BYTE_RANGE = "/ByteRange".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENTS = "/Contents".getBytes(StandardCharsets.US_ASCII);

    /** Why the raw bytes are not a sealed acuse. */
    public enum Problem {
        /** No {@code /ByteRange}: the file carries no PDF signature. */
        SIN_SELLO,
        /** More than one {@code /ByteRange}: more than one signature, or an update after the seal. */
        VARIOS_SELLOS,
        /** The byte range does not start at 0 or does not end at the last byte (something was appended). */
        NO_CUBRE_ARCHIVO,
        /** The byte range or the {@code /Contents} value is not what a signature dictionary holds. */
        MALFORMADO
    }

    /**
     * What the scan found.
     *
     * @param problem why it is not sealed, when it is not
     * @param cms the DER of the signature (without the padding of the reserved space), when sealed
     * @param signedContent the bytes the signature covers, when sealed
     */
    public record Scan(Optional<Problem> problem, byte[] cms, byte[] signedContent) {
        static Scan failed(Problem problem) {
            return new Scan(Optional.of(problem), new byte[0], new byte[0]);
        }
    }

    private SealedBytes() {
    }

    /**
     * @param pdf the whole file
     * @return the CMS and the bytes it must cover, or the problem
     */
    public static Scan scan(byte[] pdf) {
        int at = indexOf(pdf, BYTE_RANGE, 0);
        if (at < 0) {
            return Scan.failed(Problem.SIN_SELLO);
        }
        if (indexOf(pdf, BYTE_RANGE, at + BYTE_RANGE.length) >= 0) {
            return Scan.failed(Problem.VARIOS_SELLOS);
        }
        long[] range = new long[4];
        int i = skipWhitespace(pdf, at + BYTE_RANGE.length);
        if (i >= pdf.length || pdf[i] != '[') {
            return Scan.failed(Problem.MALFORMADO);
        }
        i++;
        for (int n = 0; n < 4; n++) {
            i = skipWhitespace(pdf, i);
            int start = i;
            long value = 0;
            while (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9' && i - start < 12) {
                value = value * 10 + (pdf[i] - '0');
                i++;
            }
            if (i == start || (i < pdf.length && pdf[i] >= '0' && pdf[i] <= '9')) {
                return Scan.failed(Problem.MALFORMADO);
            }
            range[n] = value;
        }
        i = skipWhitespace(pdf, i);
        if (i >= pdf.length || pdf[i] != ']') {
            return Scan.failed(Problem.MALFORMADO);
        }
        long gapStart = range[1];
        long gapEnd = range[2];
        if (range[0] != 0 || gapEnd + range[3] != pdf.length) {
            return Scan.failed(Problem.NO_CUBRE_ARCHIVO);
        }
        if (gapStart < CONTENTS.length || gapEnd <= gapStart + 1 || gapEnd > pdf.length) {
            return Scan.failed(Problem.MALFORMADO);
        }
        int from = (int) gapStart;
        int to = (int) gapEnd;
        if (pdf[from] != '<' || pdf[to - 1] != '>' || !contentsKeyBefore(pdf, from)) {
            return Scan.failed(Problem.MALFORMADO);
        }
        Optional<byte[]> cms = hexDer(pdf, from + 1, to - 1);
        if (cms.isEmpty()) {
            return Scan.failed(Problem.MALFORMADO);
        }
        byte[] content = new byte[pdf.length - (to - from)];
        System.arraycopy(pdf, 0, content, 0, from);
        System.arraycopy(pdf, to, content, from, pdf.length - to);
        return new Scan(Optional.empty(), cms.get(), content);
    }

    /** The {@code /Contents} key, then only whitespace, right before the gap. */
    private static boolean contentsKeyBefore(byte[] pdf, int gap) {
        int i = gap - 1;
        while (i >= 0 && isWhitespace(pdf[i])) {
            i--;
        }
        int start = i - CONTENTS.length + 1;
        return start >= 0 && Arrays.equals(pdf, start, i + 1, CONTENTS, 0, CONTENTS.length);
    }

    /** Hex digits only; the DER SEQUENCE they start with, the rest (reserved space) zeros. */
    private static Optional<byte[]> hexDer(byte[] pdf, int from, int to) {
        if ((to - from) % 2 != 0) {
            return Optional.empty();
        }
        byte[] bytes = new byte[(to - from) / 2];
        for (int i = 0; i < bytes.length; i++) {
            int hi = Character.digit(pdf[from + 2 * i], 16);
            int lo = Character.digit(pdf[from + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes[i] = (byte) (hi << 4 | lo);
        }
        if (bytes.length < 2 || bytes[0] != 0x30) {
            return Optional.empty();
        }
        int length;
        int header;
        int first = bytes[1] & 0xff;
        if (first < 0x80) {
            length = first;
            header = 2;
        } else {
            int octets = first & 0x7f;
            if (octets < 1 || octets > 3 || bytes.length < 2 + octets) {
                return Optional.empty();
            }
            length = 0;
            for (int k = 0; k < octets; k++) {
                length = length << 8 | (bytes[2 + k] & 0xff);
            }
            header = 2 + octets;
        }
        long total = (long) header + length;
        if (total > bytes.length) {
            return Optional.empty();
        }
        for (int k = (int) total; k < bytes.length; k++) {
            if (bytes[k] != 0) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.copyOf(bytes, (int) total));
    }

    private static int skipWhitespace(byte[] pdf, int i) {
        while (i < pdf.length && isWhitespace(pdf[i])) {
            i++;
        }
        return i;
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    /**
     * @return the first index at or after {@code from} where {@code needle} starts in {@code data}, or -1
     *     (shared with {@link PdfSeal}, which looks for the holes it fills)
     */
    static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = from; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
