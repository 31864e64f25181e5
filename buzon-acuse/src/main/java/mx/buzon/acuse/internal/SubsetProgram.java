package mx.buzon.acuse.internal;

/**
 * Writes the TrueType program of a subset: the glyphs {@code oldGids} (new glyph id = index), with only the
 * tables a CIDFontType2 with an identity CIDToGIDMap needs (ISO 32000-1, 9.9: {@code head}, {@code hhea},
 * {@code maxp}, {@code hmtx}, {@code loca}, {@code glyf}) and no hinting.
 */
final class SubsetProgram {

    /** Tags in ascending order, as the table directory must list them. */
    private static final String[] TAGS = {"glyf", "head", "hhea", "hmtx", "loca", "maxp"};
    private static final int HEAD = 1;
    private static final long CHECKSUM_MAGIC = 0xB1B0AFBAL;

    private SubsetProgram() {
    }

    /**
     * @param glyphs the font's glyphs
     * @param oldGids the glyphs of the subset in their new order, {@code oldGids[0] == 0}; every component of a
     *     composite among them is among them
     * @param newGidOf the new glyph id of each old one in the subset
     * @return the font program
     */
    static byte[] write(UnhintedGlyphs glyphs, int[] oldGids, char[] newGidOf) {
        int n = oldGids.length;
        int glyfLength = 0;
        for (int old : oldGids) {
            glyfLength += even(glyphs.glyf(old).length);
        }
        // Short offsets (half the offset in 16 bits) reach 128 KiB of glyf, far more than any acuse needs.
        boolean longOffsets = glyfLength > 0x1FFFE;
        byte[] glyf = new byte[glyfLength];
        byte[] loca = new byte[(n + 1) * (longOffsets ? 4 : 2)];
        byte[] hmtx = new byte[4 * n];
        int at = 0;
        for (int i = 0; i < n; i++) {
            int old = oldGids[i];
            writeOffset(loca, i, at, longOffsets);
            byte[] data = glyphs.glyf(old);
            System.arraycopy(data, 0, glyf, at, data.length);
            for (int offset : glyphs.componentOffsets(old)) {
                Sfnt.put16(glyf, at + offset, newGidOf[Sfnt.u16(data, offset)]);
            }
            at += even(data.length);
            Sfnt.put16(hmtx, 4 * i, glyphs.advance(old));
            Sfnt.put16(hmtx, 4 * i + 2, glyphs.leftSideBearing(old));
        }
        writeOffset(loca, n, at, longOffsets);

        byte[] head = glyphs.head();
        Sfnt.put32(head, 8, 0);
        Sfnt.put16(head, 50, longOffsets ? 1 : 0);
        byte[] hhea = glyphs.hhea();
        Sfnt.put16(hhea, 34, n);
        byte[] maxp = glyphs.maxp();
        Sfnt.put16(maxp, 4, n);
        if (maxp.length >= 32) {
            // No instructions: no twilight zone, storage, functions or stack (maxp version 1.0 fields).
            Sfnt.put16(maxp, 14, 1);
            for (int field = 16; field <= 26; field += 2) {
                Sfnt.put16(maxp, field, 0);
            }
        }
        return assemble(new byte[][] {glyf, head, hhea, hmtx, loca, maxp});
    }

    private static byte[] assemble(byte[][] tables) {
        int count = tables.length;
        int directory = 12 + 16 * count;
        int size = directory;
        for (byte[] table : tables) {
            size += padded(table.length);
        }
        byte[] font = new byte[size];
        Sfnt.put32(font, 0, 0x00010000L);
        int power = Integer.highestOneBit(count);
        Sfnt.put16(font, 4, count);
        Sfnt.put16(font, 6, 16 * power);
        Sfnt.put16(font, 8, Integer.numberOfTrailingZeros(power));
        Sfnt.put16(font, 10, 16 * count - 16 * power);
        int offset = directory;
        int headOffset = 0;
        for (int i = 0; i < count; i++) {
            byte[] table = tables[i];
            int entry = 12 + 16 * i;
            for (int c = 0; c < 4; c++) {
                font[entry + c] = (byte) TAGS[i].charAt(c);
            }
            Sfnt.put32(font, entry + 4, Sfnt.checksum(table, 0, table.length));
            Sfnt.put32(font, entry + 8, offset);
            Sfnt.put32(font, entry + 12, table.length);
            System.arraycopy(table, 0, font, offset, table.length);
            if (i == HEAD) {
                headOffset = offset;
            }
            offset += padded(table.length);
        }
        Sfnt.put32(font, headOffset + 8, (CHECKSUM_MAGIC - Sfnt.checksum(font, 0, font.length)) & 0xffffffffL);
        return font;
    }

    private static void writeOffset(byte[] loca, int index, int offset, boolean longOffsets) {
        if (longOffsets) {
            Sfnt.put32(loca, 4 * index, offset);
        } else {
            Sfnt.put16(loca, 2 * index, offset / 2);
        }
    }

    private static int even(int length) {
        return (length + 1) & ~1;
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
