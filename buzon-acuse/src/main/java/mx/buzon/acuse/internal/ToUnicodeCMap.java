package mx.buzon.acuse.internal;

import java.nio.charset.StandardCharsets;

/**
 * The ToUnicode CMap of a font with 2-byte codes (ISO 32000-1, 9.10.3; Adobe Technical Note 5411): each code to
 * the UTF-16BE of one BMP character, in {@code bfchar} blocks of at most 100 entries.
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
        int mapped = 0;
        for (int code = 0; code < count; code++) {
            if (unicode[code] != 0) {
                mapped++;
            }
        }
        StringBuilder b = new StringBuilder(HEAD.length() + TAIL.length() + 14 * mapped + 40 * (mapped / BLOCK + 1));
        b.append(HEAD);
        int code = 0;
        while (mapped > 0) {
            int block = Math.min(BLOCK, mapped);
            b.append(block).append(" beginbfchar\n");
            for (int written = 0; written < block; code++) {
                if (unicode[code] != 0) {
                    hex(b.append('<'), code).append("> ");
                    hex(b.append('<'), unicode[code]).append(">\n");
                    written++;
                }
            }
            b.append("endbfchar\n");
            mapped -= block;
        }
        b.append(TAIL);
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Appends a 16-bit value as four upper-case hex digits. */
    static StringBuilder hex(StringBuilder b, int value) {
        return b.append(HEX[(value >> 12) & 0xf]).append(HEX[(value >> 8) & 0xf]).append(HEX[(value >> 4) & 0xf])
                .append(HEX[value & 0xf]);
    }
}
