package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.acuse.AcuseException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.FilterFactory;
import org.jspecify.annotations.Nullable;

/**
 * Bounds what a PDF can make PDFBox decompress, from the raw bytes, before PDFBox parses anything. PDFBox decodes a
 * whole stream into memory the first time it is used, and it uses some during parsing itself (cross-reference
 * streams, object streams holding the catalog or the pages), so a compression bomb there runs the heap out before
 * {@link DecodeBudget} could look at the pages; an embedded file is decoded whole when it is read.
 *
 * <p>Every {@code stream … endstream} of the file (found by searching the bytes, whatever the cross-reference
 * table says, and ending at the next {@code endstream} whatever {@code /Length} claims) is decoded through the
 * general filters its dictionary names (Flate, LZW, RunLength, ASCIIHex, ASCII85; decoding stops at an image
 * filter, whose output is bounded by the image's declared size) into a counting sink. Data whose filter cannot be
 * read from the dictionary (an indirect {@code /Filter}, a dictionary that does not parse) is inflated when it
 * starts like a zlib stream. All streams together may decode to {@link #MAX_DECODED_BYTES}, and each
 * cross-reference or object stream (or one whose {@code /Type} is indirect) to {@link #MAX_STRUCTURE_BYTES}: PDFBox
 * keeps and checks an entry per object such a stream lists, so its size bounds the objects a file can make PDFBox
 * hold. The objects and cross-reference entries written in the file itself are counted too
 * ({@link #MAX_OBJECTS}). Other streams with Flate as their only filter are decoded only when their raw bytes
 * times the most Deflate can expand ({@link #MAX_FLATE_RATIO}) could pass what is left of the budget: an SDK acuse
 * cannot, so its fonts, page and data are not inflated here only to be inflated again by PDFBox.
 */
public final class RawScan {

    /** The most bytes all streams of a file may decode to together: an SDK acuse decodes to well under 1 MiB. */
    public static final long MAX_DECODED_BYTES = 64L * 1024 * 1024;
    /** The most bytes one cross-reference or object stream may decode to (at least 150,000 objects). */
    public static final long MAX_STRUCTURE_BYTES = 256L * 1024;
    /**
     * The most objects ({@code n g obj} headers) and the most cross-reference table entries a file may have: an
     * SDK acuse has about 35, and PDFBox checks every entry of the table when it loads a file (150,000 objects took
     * it 1 to 6 s).
     */
    public static final int MAX_OBJECTS = 10_000;
    /** The most bytes an intermediate filter of a chain of non-Flate filters may produce. */
    static final long MAX_INTERMEDIATE_BYTES = 16L * 1024 * 1024;

    private static final byte[] STREAM = ascii("stream");
    private static final byte[] ENDSTREAM = ascii("endstream");
    private static final int DICTIONARY_WINDOW = 64 * 1024;
    private static final List<String> FLATE = List.of("FlateDecode", "Fl");
    private static final List<String> GENERAL = List.of("LZWDecode", "LZW", "RunLengthDecode", "RL",
            "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85");

    /**
     * The most bytes one byte of Deflate data can inflate to: a 258-byte match coded in two bits (a one-bit
     * length code and a one-bit distance code, the shortest Huffman codes RFC 1951 allows) gives 1,032.
     */
    static final long MAX_FLATE_RATIO = 1032;

    private final byte[] pdf;
    private long remaining = MAX_DECODED_BYTES;
    /** Flate streams not decoded yet, and the most they can inflate to together. */
    private final List<int[]> deferred = new ArrayList<>();
    private long deferredBound;

    private RawScan(byte[] pdf) {
        this.pdf = pdf;
    }

    /**
     * @param pdf the whole file
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} when the streams decode to more than
     *     the bounds allow
     */
    public static void check(byte[] pdf) {
        countObjects(pdf);
        new RawScan(pdf).run();
    }

    private static void countObjects(byte[] pdf) {
        int objects = 0;
        int entries = 0;
        for (int i = 1; i + 3 <= pdf.length; i++) {
            byte b = pdf[i];
            if (b == 'o' && pdf[i + 1] == 'b' && pdf[i + 2] == 'j' && isWhite(pdf[i - 1])
                    && (i + 3 == pdf.length || isWhite(pdf[i + 3]) || isDelimiter(pdf[i + 3]))) {
                objects++;
            } else if ((b == 'n' || b == 'f') && i >= 17 && pdf[i - 1] == ' ' && pdf[i - 7] == ' '
                    && isDigit(pdf[i - 2]) && isDigit(pdf[i - 8]) && isDigit(pdf[i - 17])) {
                entries++;
            }
            if (objects > MAX_OBJECTS || entries > MAX_OBJECTS) {
                throw AcuseException.of(AcuseErrorCode.ACUSE_ESTRUCTURA_EXCESIVA, null,
                        "tiene más de " + MAX_OBJECTS + (objects > MAX_OBJECTS ? " objetos"
                                : " entradas en su tabla de referencias"));
            }
        }
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private void run() {
        int from = 0;
        while (true) {
            int keyword = indexOf(pdf, STREAM, from, pdf.length);
            if (keyword < 0) {
                decodeDeferred();
                return;
            }
            from = keyword + STREAM.length;
            if (!startsStream(keyword)) {
                continue;
            }
            int start = from;
            if (start < pdf.length && pdf[start] == '\r') {
                start++;
            }
            if (start < pdf.length && pdf[start] == '\n') {
                start++;
            }
            int end = indexOf(pdf, ENDSTREAM, start, pdf.length);
            if (end < 0) {
                end = pdf.length;
            }
            scan(Dictionary.before(pdf, keyword), start, end);
            from = Math.min(pdf.length, end + ENDSTREAM.length);
        }
    }

    /** A {@code stream} keyword after the end of a dictionary, not the end of {@code endstream}. */
    private boolean startsStream(int keyword) {
        int i = keyword - 1;
        while (i >= 0 && isWhite(pdf[i])) {
            i--;
        }
        return i >= 1 && pdf[i] == '>' && pdf[i - 1] == '>';
    }

    private void scan(Dictionary dictionary, int start, int end) {
        List<String> filters = dictionary.filters;
        if (filters == null) {
            boolean zlib = end - start >= 2 && (pdf[start] & 0x0f) == 8
                    && ((pdf[start] & 0xff) << 8 | (pdf[start + 1] & 0xff)) % 31 == 0;
            filters = zlib ? List.of("FlateDecode") : List.of();
        }
        if (filters.isEmpty()) {
            return;
        }
        if (!dictionary.structure && filters.size() == 1 && FLATE.contains(filters.get(0))) {
            deferred.add(new int[] {start, end});
            deferredBound += MAX_FLATE_RATIO * (end - start + 1L);
            return;
        }
        count(filters, start, end, dictionary.structure);
    }

    /**
     * The Flate streams that are not cross-reference or object streams, decoded only when what they could inflate
     * to might pass the budget left: a file of {@code n} bytes of such streams inflates to at most
     * {@link #MAX_FLATE_RATIO}{@code × n}, so an SDK acuse (about 50 KB of them) needs no decoding at all here,
     * while a bomb's streams are decoded and counted exactly as before.
     */
    private void decodeDeferred() {
        if (deferredBound <= remaining) {
            return;
        }
        for (int[] stream : deferred) {
            count(FLATE.subList(0, 1), stream[0], stream[1], false);
        }
    }

    private void count(List<String> filters, int start, int end, boolean structure) {
        long limit = structure ? Math.min(MAX_STRUCTURE_BYTES, remaining) : remaining;
        long decoded = decode(filters, start, end, limit);
        if (decoded > limit) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO, null, limit < remaining
                    ? "tiene una tabla de referencias o un flujo de objetos que se descomprime a más de "
                            + MAX_STRUCTURE_BYTES + " bytes"
                    : "se descomprime a más de " + MAX_DECODED_BYTES + " bytes");
        }
        remaining -= decoded;
    }

    /** The decoded size, or {@code limit + 1} once it passes the limit. */
    private long decode(List<String> filters, int start, int end, long limit) {
        List<Inflater> inflaters = new ArrayList<>();
        try {
            InputStream in = new ByteArrayInputStream(pdf, start, end - start);
            for (int i = 0; i < filters.size(); i++) {
                String filter = filters.get(i);
                boolean last = i == filters.size() - 1;
                if (FLATE.contains(filter)) {
                    Inflater inflater = new Inflater();
                    inflaters.add(inflater);
                    in = new InflaterInputStream(in, inflater, 8192);
                } else if (GENERAL.contains(filter)) {
                    Capped sink = new Capped(last ? limit : Math.min(limit, MAX_INTERMEDIATE_BYTES), !last);
                    try {
                        FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filter)).decode(in, sink,
                                new COSDictionary(), 0);
                    } catch (IOException | RuntimeException e) {
                        // damaged data: PDFBox reports it (or decodes less) when it reads the stream
                    }
                    if (sink.count > sink.limit) {
                        return limit + 1;
                    }
                    if (last) {
                        return sink.count;
                    }
                    in = new ByteArrayInputStream(sink.bytes());
                } else {
                    break;   // an image filter: its output is bounded by the image's declared size
                }
            }
            return drain(in, limit);
        } finally {
            inflaters.forEach(Inflater::end);
        }
    }

    private static long drain(InputStream in, long limit) {
        byte[] buffer = new byte[64 * 1024];
        long count = 0;
        try {
            int n;
            while (count <= limit && (n = in.read(buffer)) >= 0) {
                count += n;
            }
        } catch (IOException | RuntimeException e) {
            // damaged data ends the count where PDFBox's lenient decoding would end too
        }
        return count;
    }

    private static boolean isWhite(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f' || b == 0;
    }

    private static boolean isDelimiter(byte b) {
        return "()<>[]{}/%".indexOf(b) >= 0;
    }

    static int indexOf(byte[] data, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * What the scan needs of a stream's dictionary: its filters ({@code null} when they cannot be told) and
     * whether it is a cross-reference or object stream (or may be one).
     */
    private static final class Dictionary {
        @Nullable List<String> filters;
        boolean structure;

        /**
         * Parses the dictionary that ends just before {@code keyword}: from the nearest {@code obj} keyword before
         * it (within {@link #DICTIONARY_WINDOW}), with PDF's rules for strings, names and comments.
         */
        static Dictionary before(byte[] pdf, int keyword) {
            Dictionary found = new Dictionary();
            int from = Math.max(0, keyword - DICTIONARY_WINDOW);
            int obj = lastIndexOf(pdf, ascii("obj"), from, keyword);
            if (obj < 0) {
                found.structure = true;
                return found;
            }
            Lexer lexer = new Lexer(pdf, obj + 3, keyword);
            if (!found.parse(lexer)) {
                found.filters = null;
                found.structure = true;
            }
            return found;
        }

        /** Reads {@code << key value … >>}; false when it is not a dictionary of names, numbers and values. */
        private boolean parse(Lexer lexer) {
            if (!"<<".equals(lexer.next())) {
                return false;
            }
            while (true) {
                String key = lexer.next();
                if (key == null) {
                    return false;
                }
                if (">>".equals(key)) {
                    if (filters == null) {
                        filters = List.of();
                    }
                    return true;
                }
                if (!key.startsWith("/")) {
                    return false;
                }
                String name = key.substring(1);
                if ("W".equals(name) || "First".equals(name) || "Index".equals(name)) {
                    structure = true;
                }
                String value = lexer.next();
                if (value == null) {
                    return false;
                }
                if ("Filter".equals(name)) {
                    if (!filter(lexer, value)) {
                        return false;
                    }
                } else if ("Type".equals(name)) {
                    if (!value.startsWith("/") || "/ObjStm".equals(value) || "/XRef".equals(value)) {
                        structure = true;
                    }
                    if (!value.startsWith("/") && !lexer.skipValue(value)) {
                        return false;
                    }
                } else if (!lexer.skipValue(value)) {
                    return false;
                }
            }
        }

        private boolean filter(Lexer lexer, String value) {
            if (value.startsWith("/")) {
                filters = List.of(value.substring(1));
                return true;
            }
            if ("[".equals(value)) {
                List<String> names = new ArrayList<>();
                for (String item = lexer.next(); !"]".equals(item); item = lexer.next()) {
                    if (item == null || !item.startsWith("/")) {
                        return false;   // an indirect filter in the array: the stream is sniffed instead
                    }
                    names.add(item.substring(1));
                }
                filters = names;
                return true;
            }
            return false;   // an indirect /Filter: sniffed
        }

        private static int lastIndexOf(byte[] data, byte[] needle, int from, int to) {
            for (int i = to - needle.length; i >= from; i--) {
                boolean match = true;
                for (int j = 0; j < needle.length && match; j++) {
                    match = data[i + j] == needle[j];
                }
                if (match) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** PDF tokens of a byte range: names (with {@code #xx} decoded), numbers, keywords, strings, delimiters. */
    private static final class Lexer {
        private final byte[] data;
        private final int end;
        private int at;

        Lexer(byte[] data, int from, int end) {
            this.data = data;
            this.at = from;
            this.end = end;
        }

        /** The next token, or null at the end of the range. */
        @Nullable String next() {
            while (at < end) {
                byte b = data[at];
                if (isWhite(b)) {
                    at++;
                } else if (b == '%') {
                    while (at < end && data[at] != '\n' && data[at] != '\r') {
                        at++;
                    }
                } else {
                    break;
                }
            }
            if (at >= end) {
                return null;
            }
            byte b = data[at];
            if (b == '<' || b == '>') {
                if (at + 1 < end && data[at + 1] == b) {
                    at += 2;
                    return b == '<' ? "<<" : ">>";
                }
                if (b == '>') {
                    at++;
                    return ">";
                }
                while (at < end && data[at] != '>') {
                    at++;
                }
                at++;
                return "<hex>";
            }
            if (b == '[' || b == ']' || b == '{' || b == '}') {
                at++;
                return String.valueOf((char) b);
            }
            if (b == '(') {
                int depth = 0;
                while (at < end) {
                    byte c = data[at++];
                    if (c == '\\') {
                        at++;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                return "(string)";
            }
            StringBuilder token = new StringBuilder();
            if (b == '/') {
                token.append('/');
                at++;
            }
            while (at < end && !isWhite(data[at]) && !isDelimiter(data[at])) {
                byte c = data[at++];
                if (c == '#' && token.length() > 0 && token.charAt(0) == '/' && at + 1 < end) {
                    int hex = Character.digit(data[at], 16) << 4 | Character.digit(data[at + 1], 16);
                    if (hex >= 0) {
                        token.append((char) hex);
                        at += 2;
                        continue;
                    }
                }
                token.append((char) (c & 0xff));
            }
            if (token.length() == 0) {
                at++;   // a stray delimiter such as ')'
                return String.valueOf((char) (b & 0xff));
            }
            return token.toString();
        }

        /** Skips the rest of a value whose first token is {@code first}; false when it does not parse. */
        boolean skipValue(String first) {
            if ("[".equals(first) || "<<".equals(first)) {
                int depth = 1;
                while (depth > 0) {
                    String token = next();
                    if (token == null || depth > 500) {
                        return false;
                    }
                    if ("[".equals(token) || "<<".equals(token)) {
                        depth++;
                    } else if ("]".equals(token) || ">>".equals(token)) {
                        depth--;
                    }
                }
                return true;
            }
            if (isNumber(first)) {
                // a number, or the first of "n g R": the caller's next token is then a number or R, which the
                // dictionary loop would read as a key; look ahead
                int mark = at;
                String second = next();
                String third = second != null && isNumber(second) ? next() : null;
                if (!"R".equals(third)) {
                    at = mark;
                }
                return true;
            }
            return !">>".equals(first) && !"]".equals(first);
        }

        private static boolean isNumber(String token) {
            return !token.isEmpty() && token.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-'
                    || c == '+');
        }
    }

    /** Counts (and, between filters, keeps) decoded bytes, failing once they pass the limit. */
    private static final class Capped extends OutputStream {
        final long limit;
        private final @Nullable ByteArrayOutputStream kept;
        long count;

        Capped(long limit, boolean keep) {
            this.limit = limit;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                throw new IOException("decode limit");
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RawScan[%d bytes, %d left]", pdf.length, remaining);
    }
}
