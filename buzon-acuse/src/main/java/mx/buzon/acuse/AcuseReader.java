package mx.buzon.acuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.acuse.internal.BoundedPdf;
import mx.buzon.acuse.internal.PdfInspector;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens an acuse PDF and takes out what it carries: the embedded JSON (associated file), the visible text and
 * the QR code, decoded from a rendering at {@link #QR_DPI}. Where a page's content draws a vector QR symbol (as
 * this SDK does) only that region and its quiet zone are rendered, pixel for pixel as in a rendering of the
 * whole page, so anything painted over the symbol is what is read; when no such region decodes (a scanned or
 * raster QR code) whole pages are rendered and searched, last page first. The first QR code found is returned.
 *
 * <p>Input that is not a PDF, truncated (no {@code %%EOF}), damaged, encrypted or larger than the bound is an
 * {@link AcuseException} with a stable code ({@link AcuseErrorCode#ACUSE_NO_ES_PDF},
 * {@link AcuseErrorCode#ACUSE_PDF_TRUNCADO}, {@link AcuseErrorCode#ACUSE_PDF_DANADO},
 * {@link AcuseErrorCode#ACUSE_PDF_CIFRADO}, {@link AcuseErrorCode#ACUSE_DEMASIADO_GRANDE},
 * {@link AcuseErrorCode#ACUSE_DEMASIADAS_PAGINAS}, {@link AcuseErrorCode#ACUSE_LECTURA_FALLIDA}); a PDF without
 * data or QR is read and says so with empty optionals. The work a file can cause is bounded: its size, its page
 * count ({@link #MAX_PAGES}), the size of its embedded data and the pixels of each rendering
 * ({@link #MAX_RENDER_PIXELS}), so an uploaded file cannot make a server render for minutes or run out of
 * memory.
 *
 * <p>Example: {@code AcuseDocument doc = AcuseReader.standard().read(Path.of("acuse.pdf"));}
 *
 * <p>Immutable and thread-safe: each call opens and closes its own document.
 */
public final class AcuseReader {

    /** The default bound: 10 MiB, far above any acuse (a one-page acuse is about 40 KB). */
    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

    /** The resolution at which pages, or the region of a vector QR symbol, are rendered to read the QR code. */
    public static final float QR_DPI = 150f;

    /**
     * The most pages a PDF may have to be read as an acuse (an acuse has one to a few): a longer file is refused
     * with {@link AcuseErrorCode#ACUSE_DEMASIADAS_PAGINAS} before any page is rendered or its text extracted.
     */
    public static final int MAX_PAGES = 50;

    /**
     * The most pixels of one rendering made to find the QR code (a US Letter page at {@link #QR_DPI} has about
     * 2.1 million): a page large enough to need more is rendered at the resolution that fits, and a page with a
     * size that is not a positive finite number is not rendered. This keeps the memory a hostile page can
     * demand at about 32 MB per reading thread.
     */
    public static final long MAX_RENDER_PIXELS = 8_000_000L;

    /**
     * The longest side, in pixels, of one rendering made to find the QR code (a US Letter page at
     * {@link #QR_DPI} is 1,650 pixels tall); a longer page is rendered smaller, and a page that would then be less
     * than one pixel wide or tall is not rendered.
     */
    public static final int MAX_RENDER_SIDE = 10_000;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAGIC_WINDOW = 1024;
    private static final int EOF_WINDOW = 1024;
    private static final int MAX_DETAIL = 160;

    private static final AcuseReader STANDARD = new AcuseReader(DEFAULT_MAX_BYTES);

    private final int maxBytes;

    private AcuseReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return a reader bounded at {@link #DEFAULT_MAX_BYTES} */
    public static AcuseReader standard() {
        return STANDARD;
    }

    /**
     * @param maxBytes the largest PDF accepted, at least 1 KiB
     * @return a reader with that bound
     */
    public static AcuseReader withMaxBytes(int maxBytes) {
        if (maxBytes < 1024) {
            throw new IllegalArgumentException("maxBytes must be at least 1024: " + maxBytes);
        }
        return new AcuseReader(maxBytes);
    }

    /** @return the largest PDF this reader accepts, in bytes */
    public int maxBytes() {
        return maxBytes;
    }

    /**
     * @param file the PDF
     * @return what the PDF carries
     * @throws AcuseException if the file cannot be read as a PDF (see the class documentation)
     */
    public AcuseDocument read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_LECTURA_FALLIDA, e, detail(e));
        }
    }

    /**
     * Reads at most {@link #maxBytes()} + 1 bytes from the stream (which is not closed).
     *
     * @param in the PDF
     * @return what the PDF carries
     * @throws AcuseException if the stream cannot be read as a PDF (see the class documentation)
     */
    public AcuseDocument read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_LECTURA_FALLIDA, e, detail(e));
        }
        return read(bytes);
    }

    /**
     * @param pdf the PDF bytes (not modified)
     * @return what the PDF carries
     * @throws AcuseException if the bytes cannot be read as a PDF (see the class documentation)
     */
    public AcuseDocument read(byte[] pdf) {
        return read(pdf, Mode.FULL);
    }

    /**
     * Reads what {@link AcusePdfVerifier} needs after the seal held: the data and the first page's text, without
     * rendering in search of the QR code (the seal already covers what is drawn).
     */
    AcuseDocument readForVerification(byte[] pdf) {
        return read(pdf, Mode.VERIFICATION);
    }

    private enum Mode { FULL, VERIFICATION }

    private AcuseDocument read(byte[] pdf, Mode mode) {
        Objects.requireNonNull(pdf, "pdf");
        requireReadable(pdf);
        try (PDDocument document = load(pdf)) {
            if (document.isEncrypted()) {
                throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_CIFRADO, null);
            }
            return mode == Mode.FULL ? PdfInspector.inspect(document, QR_DPI, maxBytes)
                    : PdfInspector.inspectForVerification(document, maxBytes);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AcuseException acuseException) {
                throw acuseException;
            }
            throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_DANADO, e, detail(e));
        }
    }

    /** The cheap checks on the raw bytes: size, {@code %PDF-}, {@code %%EOF}. */
    void requireReadable(byte[] pdf) {
        if (pdf.length > maxBytes) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADO_GRANDE, null, maxBytes);
        }
        if (indexOf(pdf, PDF_MAGIC, 0, Math.min(pdf.length, MAGIC_WINDOW)) < 0) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_NO_ES_PDF, null);
        }
        if (indexOf(pdf, EOF_MARKER, Math.max(0, pdf.length - EOF_WINDOW), pdf.length) < 0) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_TRUNCADO, null);
        }
    }

    /** The one place where an acuse PDF given to this module (not one it rendered) is parsed. */
    private static PDDocument load(byte[] pdf) throws IOException {
        try {
            return BoundedPdf.open(pdf);
        } catch (InvalidPasswordException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_CIFRADO, e);
        }
    }

    private static int indexOf(byte[] data, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String detail(Exception e) {
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        return message.length() <= MAX_DETAIL ? message : message.substring(0, MAX_DETAIL) + "...";
    }

    @Override
    public String toString() {
        return "AcuseReader[maxBytes=" + maxBytes + "]";
    }
}
