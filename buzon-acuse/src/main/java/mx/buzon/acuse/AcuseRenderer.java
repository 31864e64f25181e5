package mx.buzon.acuse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import mx.buzon.acuse.internal.AcusePdfWriter;

/**
 * Renders an {@link AcuseLayout} as a PDF/A-3b document (ISO 19005-3, conformance B).
 *
 * <p>The PDF has: Liberation Sans regular and bold embedded as subsets (no ligatures, so "firma" extracts as
 * typed); the cadena original, sello and firma wrapped between any two characters within the margins; a QR
 * code (error correction M) of the verification URL drawn as vector rectangles with its quiet zone; an sRGB
 * output intent; XMP metadata (pdfaid 3/B, dc:title, xmp:CreateDate = xmp:ModifyDate = the acuse's instant,
 * pdf:Producer) equal to the document information; and the acuse's JSON embedded as an associated file
 * ({@code /AF} of the catalog, {@code /AFRelationship /Data}, {@code application/json}). Content that does not
 * fit flows onto further pages, each with header, contact footer and "Página N de M".
 *
 * <p>Deterministic: equal layouts give byte-identical PDFs, on any thread, default time zone or locale (the file
 * identifier is a hash of the layout, every date is the acuse's instant, subset tags are derived from the glyphs
 * used; no clock is read). The bytes are only guaranteed equal on the same Java runtime: compression and XML
 * serialisation come from the platform (zlib, the JDK's XSLT), which may change between JDK builds.
 *
 * <p>Example: {@code byte[] pdf = AcuseRenderer.standard().render(layout);}
 *
 * <p>Immutable and thread-safe: each call builds and closes its own PDFBox document from font bytes cached
 * once per JVM. Lineamientos 6.1 (acuse de recibo electrónico).
 */
public final class AcuseRenderer {

    private static final AcuseRenderer STANDARD = new AcuseRenderer();

    private AcuseRenderer() {
    }

    /** @return the renderer of the SDK's acuse design (US Letter, Liberation Sans, guinda accents) */
    public static AcuseRenderer standard() {
        return STANDARD;
    }

    /**
     * Renders the acuse into memory.
     *
     * @param layout the acuse
     * @return the PDF bytes
     * @throws IllegalArgumentException if the shipped fonts cannot draw a character of the layout (the message
     *     names the part and the code point) or the verification URL does not fit in a QR code
     */
    public byte[] render(AcuseLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            writeTo(layout, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render into memory", e);
        }
        return out.toByteArray();
    }

    /**
     * Renders the acuse into a stream, which is not closed.
     *
     * @param layout the acuse
     * @param out where the PDF is written
     * @throws IOException if writing to {@code out} fails
     * @throws IllegalArgumentException as for {@link #render(AcuseLayout)}
     */
    public void writeTo(AcuseLayout layout, OutputStream out) throws IOException {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(out, "out");
        AcusePdfWriter.write(layout, out);
    }

    @Override
    public String toString() {
        return "AcuseRenderer[standard]";
    }
}
