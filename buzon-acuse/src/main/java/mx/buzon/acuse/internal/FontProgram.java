package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font shipped in the jar, parsed once per JVM: its advance widths, the code points it can draw,
 * and every glyph's outline with the TrueType hinting removed ({@link UnhintedGlyphs}), from which each document
 * writes its own subset ({@link FontSubset}). Immutable after construction and thread-safe.
 */
public final class FontProgram {

    /** Liberation Sans Regular 2.1.5 (SIL OFL 1.1; see fonts/README.md). */
    public static final FontProgram REGULAR = new FontProgram("LiberationSans-Regular.ttf");
    /** Liberation Sans Bold 2.1.5 (SIL OFL 1.1; see fonts/README.md). */
    public static final FontProgram BOLD = new FontProgram("LiberationSans-Bold.ttf");

    private static final int BMP = 0x10000;

    private final String name;
    private final String postScriptName;
    private final float[] widths = new float[BMP];
    private final BitSet drawable = new BitSet(BMP);
    /** Code point to glyph id (0: none) for the BMP, from the font's Unicode cmap. */
    private final char[] glyphOf = new char[BMP];
    private final UnhintedGlyphs glyphs;
    private final Descriptor descriptor;

    /** What a PDF font descriptor states about the font, in thousandths of an em. */
    record Descriptor(float ascent, float descent, float capHeight, float xHeight, float italicAngle, float stemV,
            float[] bbox) {
    }

    private FontProgram(String resource) {
        this.name = resource;
        byte[] bytes = readResource("/mx/buzon/acuse/fonts/" + resource);
        this.glyphs = new UnhintedGlyphs(bytes);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid != 0) {
                    drawable.set(cp);
                    glyphOf[cp] = (char) gid;
                    widths[cp] = ttf.getAdvanceWidth(gid) * scale;
                }
            }
            this.postScriptName = ttf.getName();
            float[] bbox = {ttf.getHeader().getXMin() * scale, ttf.getHeader().getYMin() * scale,
                ttf.getHeader().getXMax() * scale, ttf.getHeader().getYMax() * scale};
            this.descriptor = new Descriptor(ttf.getHorizontalHeader().getAscender() * scale,
                    ttf.getHorizontalHeader().getDescender() * scale,
                    ttf.getOS2Windows().getCapHeight() * scale, ttf.getOS2Windows().getHeight() * scale,
                    ttf.getPostScript().getItalicAngle(),
                    // A customary estimate of the dominant vertical stem: the font gives none.
                    (bbox[2] - bbox[0]) * 0.13f, bbox);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font shipped in the jar: " + resource, e);
        }
    }

    /**
     * @param codePoint a Unicode code point
     * @return whether the font has a glyph for it
     */
    public boolean canDraw(int codePoint) {
        return codePoint >= 0 && codePoint < BMP && drawable.get(codePoint);
    }

    /**
     * @param text text whose every code point {@linkplain #canDraw(int) can be drawn}
     * @param size the font size in points
     * @return the advance width in points
     */
    public float width(CharSequence text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += widths[text.charAt(i)];
        }
        return total * size / 1000f;
    }

    /**
     * @param codePoint a BMP code point
     * @param size the font size in points
     * @return its advance width in points
     */
    public float width(int codePoint, float size) {
        return widths[codePoint] * size / 1000f;
    }

    /**
     * @param c a BMP character
     * @return its advance width in thousandths of the font size (0 when the font cannot draw it)
     */
    float advance(char c) {
        return widths[c];
    }

    /** The glyph id of a BMP character, 0 if the font has none. */
    int glyphId(char c) {
        return glyphOf[c];
    }

    UnhintedGlyphs glyphs() {
        return glyphs;
    }

    Descriptor descriptor() {
        return descriptor;
    }

    /** The font's PostScript name ({@code LiberationSans}, {@code LiberationSans-Bold}). */
    String postScriptName() {
        return postScriptName;
    }

    @Override
    public String toString() {
        return name;
    }

    private static byte[] readResource(String path) {
        try (InputStream in = FontProgram.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font shipped in the jar: " + path, e);
        }
    }
}
