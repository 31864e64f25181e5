package mx.buzon.acuse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * Writes a PDF object by object, with a correct cross-reference table, so that tests can build the hostile files
 * a PDF library would never write (thousands of pages, absurd page sizes, compression bombs).
 */
final class RawPdf {

    private final List<byte[]> objects = new ArrayList<>();

    /** Adds an object; returns its number. */
    int add(String body) {
        return add(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    int add(byte[] body) {
        objects.add(body);
        return objects.size();
    }

    /** Reserves an object number to be filled later with {@link #set}. */
    int reserve() {
        return add(new byte[0]);
    }

    void set(int number, String body) {
        objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A stream object: the dictionary entries (without /Length) and the raw (already encoded) data. */
    int stream(String dictionaryEntries, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("<< " + dictionaryEntries + " /Length " + data.length + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
        return add(out.toByteArray());
    }

    /** The bytes of a file whose catalog is object {@code root}. */
    byte[] bytes(int root) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        long[] offsets = new long[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(objects.get(i));
            out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        long xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (long offset : offsets) {
            table.append(String.format(java.util.Locale.ROOT, "%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(root)
                .append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /**
     * A zlib stream that inflates to {@code prefix}, then {@code pattern} repeated {@code count} times, then
     * {@code suffix}, written without ever holding the inflated bytes: the pattern is deflated once per MiB with a
     * full flush (which resets the dictionary), so every repetition of that MiB deflates to the same bytes and is
     * copied. Builds a 4 GiB bomb (about 4 MB) in a few milliseconds; the Adler-32 trailer is exact.
     */
    static byte[] deflatedRepeat(byte[] prefix, byte[] pattern, long count, byte[] suffix) {
        int perChunk = Math.max(1, (1 << 20) / pattern.length);
        byte[] chunk = new byte[perChunk * pattern.length];
        for (int i = 0; i < perChunk; i++) {
            System.arraycopy(pattern, 0, chunk, i * pattern.length, pattern.length);
        }
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        java.util.zip.Adler32 adler = new java.util.zip.Adler32();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(flush(deflater, prefix));
        adler.update(prefix);
        long chunks = count / perChunk;
        byte[] deflatedChunk = chunks > 0 ? flush(deflater, chunk) : new byte[0];
        for (long i = 0; i < chunks; i++) {
            out.writeBytes(deflatedChunk);
            adler.update(chunk);
        }
        byte[] rest = new byte[(int) (count % perChunk) * pattern.length];
        System.arraycopy(chunk, 0, rest, 0, rest.length);
        out.writeBytes(flush(deflater, rest));
        adler.update(rest);
        out.writeBytes(flush(deflater, suffix));
        adler.update(suffix);
        deflater.end();
        // Raw deflate output has no zlib trailer: finish with an empty final fixed-Huffman block and the checksum.
        out.write(0x03);
        out.write(0x00);
        long sum = adler.getValue();
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (sum >>> shift) & 0xff);
        }
        return out.toByteArray();
    }

    private static byte[] flush(Deflater deflater, byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        deflater.setInput(input);
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !deflater.needsInput());
        return out.toByteArray();
    }

    /** {@code size} zero bytes, deflated (about 1 KiB per MiB). */
    static byte[] deflatedZeros(long size) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (long written = 0; written < size; written += zeros.length) {
            deflater.setInput(zeros, 0, (int) Math.min(zeros.length, size - written));
            while (!deflater.needsInput()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
