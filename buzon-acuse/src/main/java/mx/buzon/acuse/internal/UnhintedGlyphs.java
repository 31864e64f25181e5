package mx.buzon.acuse.internal;

import java.util.Arrays;

/**
 * Every glyph of a TrueType font as it goes into a subset: its {@code glyf} entry without the hinting (a simple
 * glyph with no instructions, a composite without the flag that announces instructions and without them), the
 * positions of the component glyph ids inside a composite (to be renumbered in a subset), and the horizontal
 * metrics. The hinting (instructions, {@code fpgm}, {@code prep}, {@code cvt}) only moves outline points to the
 * pixel grid at small sizes on screen; the outlines themselves are unchanged. Built once per font and immutable.
 */
final class UnhintedGlyphs {

    private static final int X_SHORT_VECTOR = 0x02;
    private static final int Y_SHORT_VECTOR = 0x04;
    private static final int REPEAT_FLAG = 0x08;
    private static final int X_IS_SAME_OR_POSITIVE = 0x10;
    private static final int Y_IS_SAME_OR_POSITIVE = 0x20;
    private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
    private static final int WE_HAVE_A_SCALE = 0x0008;
    private static final int MORE_COMPONENTS = 0x0020;
    private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
    private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;
    private static final int WE_HAVE_INSTRUCTIONS = 0x0100;
    private static final int[] NO_COMPONENTS = {};

    private final byte[][] glyf;
    /** Per glyph, the offsets in its unhinted bytes of the component glyph ids (empty for a simple glyph). */
    private final int[][] components;
    private final int[] advance;
    private final int[] leftSideBearing;
    private final int unitsPerEm;
    private final byte[] head;
    private final byte[] hhea;
    private final byte[] maxp;

    UnhintedGlyphs(byte[] font) {
        head = Sfnt.table(font, "head");
        hhea = Sfnt.table(font, "hhea");
        maxp = Sfnt.table(font, "maxp");
        byte[] hmtx = Sfnt.table(font, "hmtx");
        byte[] loca = Sfnt.table(font, "loca");
        byte[] glyfTable = Sfnt.table(font, "glyf");
        unitsPerEm = Sfnt.u16(head, 18);
        boolean longOffsets = Sfnt.s16(head, 50) == 1;
        int count = Sfnt.u16(maxp, 4);
        int metrics = Sfnt.u16(hhea, 34);
        glyf = new byte[count][];
        components = new int[count][];
        advance = new int[count];
        leftSideBearing = new int[count];
        for (int gid = 0; gid < count; gid++) {
            int m = Math.min(gid, metrics - 1);
            advance[gid] = Sfnt.u16(hmtx, 4 * m);
            leftSideBearing[gid] = gid < metrics ? Sfnt.s16(hmtx, 4 * gid + 2)
                    : Sfnt.s16(hmtx, 4 * metrics + 2 * (gid - metrics));
            int start = longOffsets ? (int) Sfnt.u32(loca, 4 * gid) : 2 * Sfnt.u16(loca, 2 * gid);
            int end = longOffsets ? (int) Sfnt.u32(loca, 4 * gid + 4) : 2 * Sfnt.u16(loca, 2 * gid + 2);
            if (end <= start) {
                glyf[gid] = new byte[0];
                components[gid] = NO_COMPONENTS;
            } else if (Sfnt.s16(glyfTable, start) >= 0) {
                glyf[gid] = simple(glyfTable, start, end);
                components[gid] = NO_COMPONENTS;
            } else {
                composite(glyfTable, start, end, gid);
            }
        }
    }

    /**
     * A simple glyph: header, contour end points, instructionLength 0, then its flags and coordinates, without the
     * font's alignment padding after them (the subset pads each glyph itself; padding carried over on top of it
     * reads as excess glyph data to strict parsers such as fontTools).
     */
    private static byte[] simple(byte[] glyfTable, int start, int end) {
        int contours = Sfnt.s16(glyfTable, start);
        int lengthAt = start + 10 + 2 * contours;
        int instructions = Sfnt.u16(glyfTable, lengthAt);
        int rest = lengthAt + 2 + instructions;
        int dataEnd = Math.min(end, outlineEnd(glyfTable, rest, contours == 0 ? 0
                : Sfnt.u16(glyfTable, lengthAt - 2) + 1));
        byte[] out = new byte[lengthAt + 2 - start + dataEnd - rest];
        System.arraycopy(glyfTable, start, out, 0, lengthAt - start);
        System.arraycopy(glyfTable, rest, out, lengthAt + 2 - start, dataEnd - rest);
        return out;
    }

    /** Where a simple glyph's flags and coordinates for {@code points} points, starting at {@code at}, end. */
    private static int outlineEnd(byte[] glyfTable, int at, int points) {
        int coordinates = 0;
        int read = 0;
        while (read < points) {
            int flag = glyfTable[at++] & 0xff;
            int repeat = 1;
            if ((flag & REPEAT_FLAG) != 0) {
                repeat += glyfTable[at++] & 0xff;
            }
            int x = (flag & X_SHORT_VECTOR) != 0 ? 1 : (flag & X_IS_SAME_OR_POSITIVE) != 0 ? 0 : 2;
            int y = (flag & Y_SHORT_VECTOR) != 0 ? 1 : (flag & Y_IS_SAME_OR_POSITIVE) != 0 ? 0 : 2;
            coordinates += (x + y) * repeat;
            read += repeat;
        }
        return at + coordinates;
    }

    /** A composite glyph up to its last component, with no component announcing instructions. */
    private void composite(byte[] glyfTable, int start, int end, int gid) {
        int at = start + 10;
        int[] offsets = new int[4];
        int n = 0;
        int flags;
        do {
            flags = Sfnt.u16(glyfTable, at);
            if (n == offsets.length) {
                offsets = Arrays.copyOf(offsets, 2 * n);
            }
            offsets[n++] = at + 2 - start;
            at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
            if ((flags & WE_HAVE_A_SCALE) != 0) {
                at += 2;
            } else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
                at += 4;
            } else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
                at += 8;
            }
        } while ((flags & MORE_COMPONENTS) != 0 && at < end);
        byte[] out = new byte[at - start];
        System.arraycopy(glyfTable, start, out, 0, out.length);
        for (int i = 0; i < n; i++) {
            int flagsAt = offsets[i] - 2;
            Sfnt.put16(out, flagsAt, Sfnt.u16(out, flagsAt) & ~WE_HAVE_INSTRUCTIONS);
        }
        glyf[gid] = out;
        components[gid] = Arrays.copyOf(offsets, n);
    }

    int count() {
        return glyf.length;
    }

    /** The unhinted {@code glyf} entry of a glyph (empty for a glyph without outline); not to be modified. */
    byte[] glyf(int gid) {
        return glyf[gid];
    }

    /** The offsets inside {@link #glyf(int)} of the component glyph ids (big-endian 16-bit), empty if simple. */
    int[] componentOffsets(int gid) {
        return components[gid];
    }

    int advance(int gid) {
        return advance[gid];
    }

    int leftSideBearing(int gid) {
        return leftSideBearing[gid];
    }

    int unitsPerEm() {
        return unitsPerEm;
    }

    /** A copy of the font's {@code head} table. */
    byte[] head() {
        return head.clone();
    }

    /** A copy of the font's {@code hhea} table. */
    byte[] hhea() {
        return hhea.clone();
    }

    /** A copy of the font's {@code maxp} table. */
    byte[] maxp() {
        return maxp.clone();
    }
}
