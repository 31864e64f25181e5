package mx.buzon.acuse;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link AcuseReader} found in a PDF: the embedded data, the visible text, the payload of the QR code and
 * the page count.
 *
 * <p>Example: {@code pageCount=1, attachment=acuse.json (1,024 bytes), qrPayload="https://.../verifica?folio=..."}.
 * Nothing here is verified yet; {@link AcuseVerifier} cross-checks the parts. Immutable and thread-safe.
 */
public final class AcuseDocument {

    private final int pageCount;
    private final String text;
    private final String bodyText;
    private final @Nullable AcuseAttachment attachment;
    private final @Nullable String qrPayload;

    private AcuseDocument(int pageCount, String text, String bodyText, @Nullable AcuseAttachment attachment,
            @Nullable String qrPayload) {
        this.pageCount = pageCount;
        this.text = Objects.requireNonNull(text, "text");
        this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
        this.attachment = attachment;
        this.qrPayload = qrPayload;
    }

    /**
     * A document without embedded data and without QR code; {@link #withAttachment} and {@link #withQrPayload}
     * add what was found.
     *
     * @param pageCount the number of pages, at least 1
     * @param text the visible text as extracted
     * @param bodyText the visible text without the running header and footer of each page
     * @return the document
     */
    public static AcuseDocument of(int pageCount, String text, String bodyText) {
        if (pageCount < 1) {
            throw new IllegalArgumentException("pageCount must be at least 1: " + pageCount);
        }
        return new AcuseDocument(pageCount, text, bodyText, null, null);
    }

    /**
     * @param found the embedded data
     * @return a copy carrying it
     */
    public AcuseDocument withAttachment(AcuseAttachment found) {
        return new AcuseDocument(pageCount, text, bodyText, Objects.requireNonNull(found, "found"), qrPayload);
    }

    /**
     * @param found the text of the first QR code found
     * @return a copy carrying it
     */
    public AcuseDocument withQrPayload(String found) {
        return new AcuseDocument(pageCount, text, bodyText, attachment, Objects.requireNonNull(found, "found"));
    }

    /** @return the number of pages */
    public int pageCount() {
        return pageCount;
    }

    /** @return the visible text of all pages, as PDFBox's {@code PDFTextStripper} extracts it */
    public String text() {
        return text;
    }

    /**
     * The text of the body area of every page, in drawing order, without the running header (institution,
     * "continuación") and footer (contact, "Página N de M"): a cadena original that flows across pages reads
     * here without interruptions.
     *
     * @return the body text
     */
    public String bodyText() {
        return bodyText;
    }

    /** @return the associated data file (the acuse's JSON), when the PDF has one */
    public Optional<AcuseAttachment> attachment() {
        return Optional.ofNullable(attachment);
    }

    /** @return the text of the QR code, when a page carries a readable one */
    public Optional<String> qrPayload() {
        return Optional.ofNullable(qrPayload);
    }

    @Override
    public String toString() {
        return "AcuseDocument[" + pageCount + " page(s), " + attachment + ", qr=" + qrPayload + "]";
    }
}
