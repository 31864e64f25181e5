package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One TrueType font shipped in the jar: its bytes (read once), its advance widths and the code points it can
 * draw. Each document gets its own {@link PDType0Font} from these bytes, so no PDFBox object is shared between
 * threads. Immutable after construction and thread-safe.
 */
public final class FontProgram {

    /** Liberation Sans Regular 2.1.5 (SIL OFL 1.1; see fonts/README.md). */
    public static final FontProgram REGULAR = new FontProgram("LiberationSans-Regular.ttf");
    /** Liberation Sans Bold 2.1.5 (SIL OFL 1.1; see fonts/README.md). */
    public static final FontProgram BOLD = new FontProgram("LiberationSans-Bold.ttf");

    private static final int BMP = 0x10000;

    private final String name;
    private final byte[] bytes;
    private final float[] widths = new float[BMP];
    private final BitSet drawable = new BitSet(BMP);
    /**
     * Parsed copies of this font, each used by one document at a time ({@link TrueTypeFont} reads its tables
     * lazily through one shared stream, so a copy is never used by two threads at once): a document borrows one
     * with {@link #borrow()} and gives it back with {@link #release} after it is saved. Parsing the font costs
     * more than writing the rest of an acuse; the pool holds at most as many copies as documents were ever
     * written at once (the number of issuing threads).
     */
    private final ConcurrentLinkedDeque<TrueTypeFont> parsed = new ConcurrentLinkedDeque<>();

    private FontProgram(String resource) {
        this.name = resource;
        this.bytes = withoutGlyphSubstitution(readResource("/mx/buzon/acuse/fonts/" + resource));
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            for (int cp = 0; cp < BMP; cp++) {
                int gid = cmap.getGlyphId(cp);
                if (gid != 0) {
                    drawable.set(cp);
                    widths[cp] = ttf.getAdvanceWidth(gid) * scale;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font shipped in the jar: " + resource, e);
        }
    }

    /**
     * Loads this font into a document, to be embedded as a subset.
     *
     * @param document the document that will own the font
     * @return a font owned by {@code document}
     * @throws IOException if PDFBox cannot read the font
     */
    public PDType0Font loadInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, new RandomAccessReadBuffer(bytes), true, false);
    }

    /**
     * A parsed copy of this font for one document (from the pool, or parsed now), to be embedded as a subset
     * with {@link #loadInto(PDDocument, TrueTypeFont)} and given back with {@link #release} once the document
     * is saved or abandoned.
     *
     * @return a parsed font that no other caller holds until it is released
     */
    public TrueTypeFont borrow() {
        TrueTypeFont ttf = parsed.pollFirst();
        if (ttf != null) {
            return ttf;
        }
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the font shipped in the jar: " + name, e);
        }
    }

    /**
     * Gives back a font from {@link #borrow()}; the caller must not use it afterwards.
     *
     * @param ttf the borrowed font
     */
    public void release(TrueTypeFont ttf) {
        parsed.offerFirst(ttf);
    }

    /**
     * Loads a borrowed copy of this font into a document, to be embedded as a subset: the same font dictionary
     * and subset as {@link #loadInto(PDDocument)}, without parsing the font again. The document does not close
     * {@code ttf}.
     *
     * @param document the document that will own the font
     * @param ttf a copy from {@link #borrow()}, held until {@code document} is saved
     * @return a font owned by {@code document}
     * @throws IOException if PDFBox cannot read the font
     */
    public PDType0Font loadInto(PDDocument document, TrueTypeFont ttf) throws IOException {
        return PDType0Font.load(document, ttf, true);
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

    /**
     * Renames the {@code GSUB} table of an in-memory copy so that PDFBox applies no ligatures ("fi" would
     * otherwise become U+FB01 and text extraction would no longer find "firma"). Only glyph subsets are
     * embedded, so the table is never written to a PDF anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int offset = 12 + 16 * i;
            if (copy[offset] == gsub[0] && copy[offset + 1] == gsub[1] && copy[offset + 2] == gsub[2]
                    && copy[offset + 3] == gsub[3]) {
                byte[] hidden = "gsub".getBytes(StandardCharsets.US_ASCII);
                System.arraycopy(hidden, 0, copy, offset, 4);
            }
        }
        return copy;
    }
}
