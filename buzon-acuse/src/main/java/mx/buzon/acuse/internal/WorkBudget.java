package mx.buzon.acuse.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.acuse.AcuseException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The work one pass over a document's content may do: text extraction is one pass, the whole search for the QR
 * code (every region scanned and rendered, every page rendered) is another. Content is counted as PDFBox executes
 * it, so a form drawn a thousand times counts a thousand times, and so does each glyph of a Type 3 font, an
 * annotation appearance or a tiling pattern cell: forms calling forms five levels deep, 1,000 times each, stop after
 * {@link #MAX_OPERATORS} operators instead of running 10^15 of them. Decoded sizes are bounded before this
 * ({@link RawScan}, {@link DecodeBudget}); this bounds what a small stream can make the reader do.
 *
 * <p>One instance per pass and thread; not thread-safe.
 */
public final class WorkBudget {

    /** The most content operators one pass may execute (an SDK acuse page executes about 3,000). */
    public static final long MAX_OPERATORS = 1_000_000;
    /**
     * The most bytes of shown text one pass may process, about one per glyph (an SDK acuse page shows about
     * 4,000): text extraction keeps an object per glyph of a page, so this also bounds its memory.
     */
    public static final long MAX_GLYPHS = 100_000;
    /**
     * The deepest the graphics state stack may grow ({@code q} inside {@code q}, forms inside forms): PDFBox copies
     * the whole graphics state at each level, and an SDK acuse nests three or four.
     */
    public static final int MAX_GRAPHICS_DEPTH = 256;
    /**
     * The most device pixels one pass may paint (fills, strokes, images, shadings and glyphs, each counted by its
     * bounds within the clip): 64 US Letter pages at 150 dpi. The SDK's own QR search paints about a fifth of one.
     */
    public static final long MAX_PAINTED_PIXELS = 64L * 1275 * 1650;

    /**
     * What drawing one form costs against {@link #MAX_OPERATORS}, besides its own operators: PDFBox copies the
     * graphics state, re-reads the form's content and may load its fonts again at each drawing (up to hundreds of
     * microseconds), so a pass draws at most 1,000 forms. An SDK acuse draws none.
     */
    static final int FORM_COST = 1_000;

    /**
     * The most decoded content bytes one pass may parse: each page's content, and each form, soft mask, annotation
     * appearance or Type 3 glyph procedure every time it is drawn (PDFBox decodes and parses it again each time).
     * An SDK acuse page has about 20 KB of content.
     */
    public static final long MAX_PARSED_BYTES = 16L * 1024 * 1024;
    /** The deepest forms, soft masks and Type 3 glyph procedures may nest within one another. */
    public static final int MAX_NESTING = 32;
    /** The deepest tiling patterns may nest (each level renders a cell image). */
    public static final int MAX_PATTERN_NESTING = 4;

    private final Set<COSBase> forms = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<COSBase, Long> sizes = new IdentityHashMap<>();
    private long operators;
    private long parsed;
    private int paints;
    private long glyphs;
    private double painted;

    /**
     * Counts one operator about to run.
     *
     * @param graphicsDepth the graphics state stack's size before it runs
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} past a bound
     */
    public void operator(int graphicsDepth) {
        if (++operators > MAX_OPERATORS) {
            throw excessive("ejecuta más de " + MAX_OPERATORS + " operaciones de dibujo");
        }
        if (graphicsDepth > MAX_GRAPHICS_DEPTH) {
            throw excessive("anida más de " + MAX_GRAPHICS_DEPTH + " estados gráficos (q) o formularios");
        }
    }

    /**
     * Counts the drawing of a form (an XObject form, a transparency group or soft mask) or of a Type 3 glyph
     * procedure that is about to start; call {@link #leave} when it ends. PDFBox starts a fresh graphics state stack
     * for a glyph procedure, so only this sees a glyph that shows itself (which overflowed the stack).
     *
     * @param stream the form's or procedure's stream
     * @param cost what the drawing costs besides its operators ({@link #FORM_COST} for a form)
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} past a bound, when the stream is
     *     already being drawn (it draws itself, directly or through others), or when drawings nest deeper than
     *     {@link #MAX_NESTING}
     * @throws IOException if the stream's data cannot be read
     */
    public void enter(COSBase stream, int cost) throws IOException {
        parse(stream);
        operators += cost;
        if (operators > MAX_OPERATORS) {
            throw excessive("ejecuta más de " + MAX_OPERATORS + " operaciones de dibujo");
        }
        if (!forms.add(stream)) {
            throw excessive("tiene un formulario, una máscara o un glifo que se dibuja a sí mismo");
        }
        if (forms.size() > MAX_NESTING) {
            throw excessive("anida más de " + MAX_NESTING + " formularios, máscaras o glifos");
        }
    }

    /**
     * Counts the content of a page about to be processed.
     *
     * @param page the page
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} past {@link #MAX_PARSED_BYTES}
     * @throws IOException if the content cannot be read
     */
    public void page(PDPage page) throws IOException {
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                parse(array.getObject(i));
            }
        } else {
            parse(contents);
        }
    }

    private void parse(COSBase stream) throws IOException {
        if (stream instanceof COSStream content) {
            Long size = sizes.get(content);
            if (size == null) {
                size = BoundedPdf.decodedLength(content, MAX_PARSED_BYTES);
                sizes.put(content, size);
            }
            parsed += size;
            if (parsed > MAX_PARSED_BYTES) {
                throw excessive("lee más de " + MAX_PARSED_BYTES + " bytes de contenido para dibujarlo");
            }
        }
    }

    /**
     * @param stream the form or procedure whose drawing ended (normally or not)
     */
    public void leave(COSBase stream) {
        forms.remove(stream);
    }

    /** A drawing step of PDFBox's, which may fail to read its data. */
    @FunctionalInterface
    public interface Drawing {
        /** @throws IOException if PDFBox cannot read what it draws */
        void draw() throws IOException;
    }

    /**
     * Runs one drawing of a form, transparency group, annotation appearance or Type 3 glyph between
     * {@link #enter} and {@link #leave}: the one place each PDFBox engine of this package (text extraction, page
     * rendering, the QR search) counts such a drawing, so none of them can forget the {@code leave}.
     *
     * @param stream the form's or procedure's stream
     * @param cost what the drawing costs besides its operators ({@link #FORM_COST} for a form)
     * @param drawing the engine's own drawing of it (its {@code super} call)
     * @throws AcuseException as {@link #enter}
     * @throws IOException if the stream's data cannot be read
     */
    public void drawWithin(COSBase stream, int cost, Drawing drawing) throws IOException {
        enter(stream, cost);
        try {
            drawing.draw();
        } finally {
            leave(stream);
        }
    }

    /**
     * Counts a paint about to be made for a fill (a tiling pattern renders its cell inside it); call
     * {@link #paintMade} when it is made.
     *
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} when patterns nest deeper than
     *     {@link #MAX_PATTERN_NESTING} (a pattern that fills its cell with itself)
     */
    public void makingPaint() {
        if (++paints > MAX_PATTERN_NESTING) {
            throw excessive("anida más de " + MAX_PATTERN_NESTING + " patrones");
        }
    }

    /** The paint announced by {@link #makingPaint} is made (or failed). */
    public void paintMade() {
        paints--;
    }

    /**
     * Counts shown text.
     *
     * @param bytes the bytes of a text string about to be shown
     */
    public void glyphs(int bytes) {
        glyphs += bytes;
        if (glyphs > MAX_GLYPHS) {
            throw excessive("muestra más de " + MAX_GLYPHS + " caracteres");
        }
    }

    /**
     * Counts painted pixels.
     *
     * @param pixels the device pixels about to be painted (NaN or negative counts as none)
     */
    public void paint(double pixels) {
        if (pixels > 0) {
            painted += pixels;
        }
        if (painted > MAX_PAINTED_PIXELS) {
            throw excessive("pinta más de " + MAX_PAINTED_PIXELS + " píxeles al buscar el código QR");
        }
    }

    private static AcuseException excessive(String what) {
        return AcuseException.of(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO, null, what);
    }

    @Override
    public String toString() {
        return "WorkBudget[" + operators + " operators, " + glyphs + " glyphs, " + (long) painted + " pixels]";
    }
}
