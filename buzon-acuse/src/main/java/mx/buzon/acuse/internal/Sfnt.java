package mx.buzon.acuse.internal;

import java.nio.charset.StandardCharsets;

/** Big-endian reading and writing and the table checksum of the TrueType (sfnt) container. */
final class Sfnt {

    private Sfnt() {
    }

    static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }

    static int s16(byte[] b, int at) {
        return (short) u16(b, at);
    }

    static long u32(byte[] b, int at) {
        return ((long) u16(b, at) << 16) | u16(b, at + 2);
    }

    static void put16(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    static void put32(byte[] b, int at, long value) {
        put16(b, at, (int) (value >>> 16));
        put16(b, at + 2, (int) value);
    }

    /**
     * The bytes of one table of a font.
     *
     * @throws IllegalStateException if the font has no such table or its directory points outside the file
     */
    static byte[] table(byte[] font, String tag) {
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        int tables = u16(font, 4);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (font[entry] == wanted[0] && font[entry + 1] == wanted[1] && font[entry + 2] == wanted[2]
                    && font[entry + 3] == wanted[3]) {
                long offset = u32(font, entry + 8);
                long length = u32(font, entry + 12);
                if (offset + length > font.length) {
                    throw new IllegalStateException("the font's " + tag + " table runs past its end");
                }
                byte[] table = new byte[(int) length];
                System.arraycopy(font, (int) offset, table, 0, (int) length);
                return table;
            }
        }
        throw new IllegalStateException("the font has no " + tag + " table");
    }

    /** The sum of the data as big-endian 32-bit words, the last one padded with zeros (OpenType "CalcTableChecksum"). */
    static long checksum(byte[] b, int from, int length) {
        long sum = 0;
        int end = from + length;
        int at = from;
        for (; at + 4 <= end; at += 4) {
            sum += u32(b, at);
        }
        if (at < end) {
            long last = 0;
            for (int i = 0; i < 4; i++) {
                last = (last << 8) | (at + i < end ? b[at + i] & 0xff : 0);
            }
            sum += last;
        }
        return sum & 0xffffffffL;
    }
}
