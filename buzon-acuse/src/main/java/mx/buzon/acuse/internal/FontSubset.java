package mx.buzon.acuse.internal;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The glyphs one document draws with one {@link FontProgram}, and the font objects that embed them. First every
 * text the document will draw is {@linkplain #add(CharSequence) added}; {@link #close()} then numbers the glyphs
 * (0 is .notdef, then the drawn glyphs and the components of the composite ones, in ascending glyph id of the
 * font) so that a code (CID) is the glyph's new id; from then on text is {@linkplain #encode encoded} with those
 * codes and {@link #type0(PDDocument)} builds the Type0 font. Used by one thread at a time.
 */
final class FontSubset {

    private final FontProgram program;
    private final UnhintedGlyphs glyphs;
    /** Per glyph of the font, the lowest character drawn with it (0: not drawn). */
    private final char[] unicodeOf;
    private boolean drawn;
    private int[] oldGids;
    private char[] newGidOf;

    FontSubset(FontProgram program) {
        this.program = program;
        this.glyphs = program.glyphs();
        this.unicodeOf = new char[glyphs.count()];
    }

    /**
     * Records the glyphs of a text the document will draw.
     *
     * @throws IllegalArgumentException if the font has no glyph for one of its characters
     * @throws IllegalStateException after {@link #close()}
     */
    void add(CharSequence text) {
        if (oldGids != null) {
            throw new IllegalStateException("the subset of " + program + " is already closed");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int gid = glyph(c);
            if (unicodeOf[gid] == 0 || c < unicodeOf[gid]) {
                unicodeOf[gid] = c;
            }
            drawn = true;
        }
    }

    /** Whether any text was added: a font that draws nothing is not embedded. */
    boolean isUsed() {
        return drawn;
    }

    /** Fixes the glyphs of the subset and their codes. */
    void close() {
        int count = glyphs.count();
        boolean[] used = new boolean[count];
        used[0] = true;
        for (int gid = 0; gid < count; gid++) {
            if (unicodeOf[gid] != 0) {
                markWithComponents(gid, used);
            }
        }
        int n = 0;
        for (boolean u : used) {
            n += u ? 1 : 0;
        }
        oldGids = new int[n];
        newGidOf = new char[count];
        n = 0;
        for (int gid = 0; gid < count; gid++) {
            if (used[gid]) {
                newGidOf[gid] = (char) n;
                oldGids[n++] = gid;
            }
        }
    }

    /**
     * Marks a glyph and, for a composite, the glyphs it is built from (recursively: an accented letter may be
     * built from a composite). The shipped fonts' maxp gives a component depth of 1, and a glyph already marked
     * is not visited again, so the recursion is shallow and ends.
     */
    private void markWithComponents(int gid, boolean[] used) {
        if (gid >= used.length || used[gid]) {
            return;
        }
        used[gid] = true;
        byte[] data = glyphs.glyf(gid);
        for (int offset : glyphs.componentOffsets(gid)) {
            markWithComponents(Sfnt.u16(data, offset), used);
        }
    }

    /** How many glyphs the subset has, .notdef included. */
    int size() {
        return closed().length;
    }

    /** The subset's glyph ids in the font, by new glyph id (a copy). */
    int[] originalGlyphIds() {
        return closed().clone();
    }

    /**
     * Appends the text as a PDF hex string of 2-byte codes ({@code <0003001A>}).
     *
     * @throws IllegalArgumentException if a glyph of the text was not {@linkplain #add added}
     */
    StringBuilder encode(StringBuilder b, CharSequence text) {
        closed();
        b.append('<');
        for (int i = 0; i < text.length(); i++) {
            int gid = glyph(text.charAt(i));
            if (unicodeOf[gid] == 0) {
                throw new IllegalArgumentException("the subset of " + program + " lacks U+"
                        + String.format(Locale.ROOT, "%04X", (int) text.charAt(i)));
            }
            ToUnicodeCMap.hex(b, newGidOf[gid]);
        }
        return b.append('>');
    }

    /** The TrueType program of the subset. */
    byte[] program() {
        return SubsetProgram.write(glyphs, closed(), newGidOf);
    }

    /** The character each code stands for (0 for .notdef and for glyphs drawn only as components). */
    char[] unicodeByCode() {
        int[] old = closed();
        char[] unicode = new char[old.length];
        for (int code = 0; code < old.length; code++) {
            unicode[code] = unicodeOf[old[code]];
        }
        return unicode;
    }

    /**
     * The six capital letters that prefix a subset's font name (ISO 32000-1, 9.6.4), derived from the font and
     * its glyphs, so the same document always gets the same tag.
     */
    String tag() {
        long hash = 0xcbf29ce484222325L;
        for (char c : program.postScriptName().toCharArray()) {
            hash = (hash ^ c) * 0x100000001b3L;
        }
        for (int gid : closed()) {
            hash = (hash ^ gid) * 0x100000001b3L;
            hash = (hash ^ (gid >>> 8)) * 0x100000001b3L;
        }
        char[] tag = new char[6];
        long rest = hash >>> 1;
        for (int i = 0; i < tag.length; i++) {
            tag[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return new String(tag);
    }

    /**
     * The Type0 font with Identity-H encoding whose one descendant is a CIDFontType2 with this subset embedded
     * (FontFile2) and an identity CIDToGIDMap, the widths of every code, and a ToUnicode CMap.
     *
     * @param document the document the streams belong to
     * @return the font dictionary, to be put in the pages' resources
     * @throws IOException if PDFBox cannot store a stream
     */
    COSDictionary type0(PDDocument document) throws IOException {
        int[] old = closed();
        COSName baseFont = COSName.getPDFName(tag() + "+" + program.postScriptName());

        byte[] font = program();
        COSStream fontFile = Flate.stream(document, font, font.length);
        fontFile.setInt(COSName.LENGTH1, font.length);

        FontProgram.Descriptor d = program.descriptor();
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setItem(COSName.FONT_NAME, baseFont);
        // Symbolic (bit 3): the glyphs are reached through the CIDs, not through a standard character set.
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray bbox = new COSArray();
        for (float v : d.bbox()) {
            bbox.add(number(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setItem(COSName.ITALIC_ANGLE, number(d.italicAngle()));
        descriptor.setItem(COSName.ASCENT, number(d.ascent()));
        descriptor.setItem(COSName.DESCENT, number(d.descent()));
        descriptor.setItem(COSName.CAP_HEIGHT, number(d.capHeight()));
        descriptor.setItem(COSName.XHEIGHT, number(d.xHeight()));
        descriptor.setItem(COSName.STEM_V, number(d.stemV()));
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        float scale = 1000f / glyphs.unitsPerEm();
        COSArray widths = new COSArray();
        for (int gid : old) {
            widths.add(number(glyphs.advance(gid) * scale));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setItem(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        cidFont.setItem(COSName.W, w);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        byte[] cmap = ToUnicodeCMap.of(unicodeByCode(), old.length);
        COSStream toUnicode = Flate.stream(document, cmap, cmap.length);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setItem(COSName.BASE_FONT, baseFont);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return type0;
    }

    private static COSBase number(float v) {
        return v == Math.rint(v) ? COSInteger.get((long) v) : new COSFloat(v);
    }

    private int glyph(char c) {
        int gid = program.glyphId(c);
        if (gid == 0) {
            throw new IllegalArgumentException("the font " + program + " has no glyph for U+"
                    + String.format(Locale.ROOT, "%04X", (int) c));
        }
        return gid;
    }

    private int[] closed() {
        if (oldGids == null) {
            throw new IllegalStateException("the subset of " + program + " is not closed yet");
        }
        return oldGids;
    }
}
