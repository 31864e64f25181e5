package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The ToUnicode CMaps: known answers for runs and single codes, and fontbox reading back random mappings. */
class ToUnicodeCMapTest {

    @Test
    void of_runsAndSingles_knownAnswer() {
        char[] unicode = {0, 'A', 'B', 'C', 'x', 0x00FF, 0x0100, 'z'};

        String cmap = new String(ToUnicodeCMap.of(unicode, unicode.length), StandardCharsets.US_ASCII);

        // A-C is a run; U+00FF and U+0100 differ in their high byte, so they stay two entries.
        assertThat(cmap).contains("4 beginbfchar\n<0004> <0078>\n<0005> <00FF>\n<0006> <0100>\n<0007> <007A>\n"
                + "endbfchar\n1 beginbfrange\n<0001> <0003> <0041>\nendbfrange\n");
        assertThat(cmap).startsWith("/CIDInit /ProcSet findresource begin\n")
                .contains("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
                .endsWith("endcmap\nCMapName currentdict /CMapResource defineresource pop\nend\nend\n");
    }

    @Test
    void of_runAcrossALowByteBoundaryOfTheCode_isSplit() {
        char[] unicode = new char[0x102];
        unicode[0xFF] = 'a';
        unicode[0x100] = 'b';
        unicode[0x101] = 'c';

        String cmap = new String(ToUnicodeCMap.of(unicode, unicode.length), StandardCharsets.US_ASCII);

        assertThat(cmap).contains("1 beginbfchar\n<00FF> <0061>\nendbfchar\n")
                .contains("1 beginbfrange\n<0100> <0101> <0062>\nendbfrange\n");
    }

    /** Seeded random mappings, many more than a block of 100 entries, read back by fontbox's CMap parser. */
    @Test
    void of_randomMappings_readBackByFontbox() throws IOException {
        SplittableRandom random = new SplittableRandom(0x70_0c0de);
        for (int trial = 0; trial < 30; trial++) {
            int count = 1 + random.nextInt(700);
            char[] unicode = new char[count];
            char next = (char) (0x20 + random.nextInt(0x3000));
            for (int code = 1; code < count; code++) {
                int r = random.nextInt(10);
                next = r < 6 ? (char) (next + 1) : (char) (0x20 + random.nextInt(0xD000));
                unicode[code] = r == 9 ? 0 : next;
            }

            CMap cmap = new CMapParser().parse(new RandomAccessReadBuffer(ToUnicodeCMap.of(unicode, count)));

            for (int code = 0; code < count; code++) {
                String expected = unicode[code] == 0 ? null : String.valueOf(unicode[code]);
                assertThat(cmap.toUnicode(code, 2)).as("trial %d code %04X", trial, code).isEqualTo(expected);
            }
        }
    }
}
