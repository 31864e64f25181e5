package mx.buzon.acuse.internal;

import java.nio.charset.StandardCharsets;

/**
 * The ToUnicode CMap of a font with 2-byte codes (ISO 32000-1, 9.10.3; Adobe Technical Note 5411): each code to
 * the UTF-16BE of one BMP character. Runs of consecutive codes for consecutive characters (A–Z, a–z, 0–9: the
 * subsets keep the font's glyph order, which follows Unicode there) become {@code bfrange} entries, the rest
 * {@code bfchar} entries, in blocks of at most 100.
 */
final class ToUnicodeCMap {

    private static final String HEAD = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    private static final String TAIL = "endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n";
    private static final int BLOCK = 100;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ToUnicodeCMap() {
    }

    /**
     * @param unicode the character of each code ({@code unicode[code]}); 0 for a code without text
     * @param count how many codes
     * @return the CMap in ASCII
     */
    static byte[] of(char[] unicode, int count) {
        // Runs: [start, end] with unicode[end] - unicode[start] == end - start, within one high byte of both
        // the code and the character (a bfrange may only vary the last byte).
        int[] starts = new int[count];
        int[] ends = new int[count];
        int runs = 0;
        int singles = 0;
        for (int code = 0; code < count; code++) {
            if (unicode[code] == 0) {
                continue;
            }
            int end = code;
            while (end + 1 < count && unicode[end + 1] == unicode[end] + 1 && (end + 1) >> 8 == code >> 8
                    && unicode[end + 1] >> 8 == unicode[code] >> 8) {
                end++;
            }
            starts[runs] = code;
            ends[runs++] = end;
            singles += end == code ? 1 : 0;
            code = end;
        }
        StringBuilder b = new StringBuilder(HEAD.length() + TAIL.length() + 20 * runs + 40 * (runs / BLOCK + 2));
        b.append(HEAD);
        section(b, unicode, starts, ends, runs, singles, false);
        section(b, unicode, starts, ends, runs, runs - singles, true);
        b.append(TAIL);
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void section(StringBuilder b, char[] unicode, int[] starts, int[] ends, int runs, int wanted,
            boolean ranges) {
        String kind = ranges ? "bfrange" : "bfchar";
        int written = 0;
        for (int r = 0; r < runs; r++) {
            if ((ends[r] > starts[r]) != ranges) {
                continue;
            }
            if (written % BLOCK == 0) {
                b.append(Math.min(BLOCK, wanted - written)).append(" begin").append(kind).append('\n');
            }
            hex(b.append('<'), starts[r]).append("> ");
            if (ranges) {
                hex(b.append('<'), ends[r]).append("> ");
            }
            hex(b.append('<'), unicode[starts[r]]).append(">\n");
            written++;
            if (written % BLOCK == 0 || written == wanted) {
                b.append("end").append(kind).append('\n');
            }
        }
    }

    /** Appends a 16-bit value as four upper-case hex digits. */
    static StringBuilder hex(StringBuilder b, int value) {
        return b.append(HEX[(value >> 12) & 0xf]).append(HEX[(value >> 8) & 0xf]).append(HEX[(value >> 4) & 0xf])
                .append(HEX[value & 0xf]);
    }
}
