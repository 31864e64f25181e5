package mx.buzon.acuse.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import mx.buzon.acuse.AcuseAttachment;
import mx.buzon.acuse.AcuseDocument;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.acuse.AcuseException;
import mx.buzon.acuse.AcuseReader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.jspecify.annotations.Nullable;

/** Takes the associated data file, the text and the QR code out of an open PDF. */
public final class PdfInspector {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName CHECKSUM = COSName.getPDFName("CheckSum");

    private PdfInspector() {
    }

    /**
     * @param document an open, unencrypted PDF
     * @param dpi the resolution at which pages (or the regions of a vector QR code) are rendered to find the QR
     *     code
     * @param maxAttachmentBytes the largest embedded file accepted
     * @return what the document carries
     * @throws IOException if PDFBox cannot read a part of it
     */
    public static AcuseDocument inspect(PDDocument document, float dpi, int maxAttachmentBytes) throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 1) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_DANADO, null, "el PDF no tiene páginas");
        }
        if (pages > AcuseReader.MAX_PAGES) {
            // Found by a hostile-input test: 5,000 one-line pages took three minutes to render in search of a QR.
            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADAS_PAGINAS, null, pages, AcuseReader.MAX_PAGES);
        }
        // Found by a hostile-input test: a content stream inflating to 2 GiB took 24 s to read.
        DecodeBudget.check(document);
        Optional<AcuseAttachment> attachment = attachment(document, maxAttachmentBytes);
        TextAndBody text = TextAndBody.of(document);
        AcuseDocument found = AcuseDocument.of(pages, text.text(), text.body());
        found = attachment.isPresent() ? found.withAttachment(attachment.get()) : found;
        Optional<String> qr = QrScan.first(document, dpi);
        return qr.isPresent() ? found.withQrPayload(qr.get()) : found;
    }

    /**
     * What the sealed-acuse verifier needs once the seal has been checked: the embedded data and the text of the
     * first page (where the folio, fecha and RFC are labelled). No rendering, no body text.
     *
     * @param document an open, unencrypted PDF
     * @param maxAttachmentBytes the largest embedded file accepted
     * @return the document (its text is the first page's, its body text empty, no QR payload)
     * @throws IOException if PDFBox cannot read a part of it
     */
    public static AcuseDocument inspectForVerification(PDDocument document, int maxAttachmentBytes)
            throws IOException {
        int pages = document.getNumberOfPages();
        if (pages < 1) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_PDF_DANADO, null, "el PDF no tiene páginas");
        }
        if (pages > AcuseReader.MAX_PAGES) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADAS_PAGINAS, null, pages, AcuseReader.MAX_PAGES);
        }
        DecodeBudget.check(document);
        Optional<AcuseAttachment> attachment = attachment(document, maxAttachmentBytes);
        AcuseDocument found = AcuseDocument.of(pages, FirstPageText.of(document), "");
        return attachment.isPresent() ? found.withAttachment(attachment.get()) : found;
    }

    private static Optional<AcuseAttachment> attachment(PDDocument document, int maxBytes) throws IOException {
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSArray associated = catalog.getCOSArray(AF);
        // The first associated file with relationship /Data, else the first associated file.
        PDComplexFileSpecification chosen = null;
        boolean chosenIsData = false;
        if (associated != null) {
            for (int i = 0; i < associated.size() && !chosenIsData; i++) {
                COSBase item = associated.getObject(i);
                if (item instanceof COSDictionary dictionary) {
                    boolean isData = "Data".equals(dictionary.getNameAsString(AF_RELATIONSHIP));
                    if (chosen == null || isData) {
                        chosen = new PDComplexFileSpecification(dictionary);
                        chosenIsData = isData;
                    }
                }
            }
        }
        if (chosen == null) {
            chosen = firstEmbedded(document);
        }
        if (chosen == null) {
            return Optional.empty();
        }
        PDEmbeddedFile file = chosen.getEmbeddedFileUnicode() != null ? chosen.getEmbeddedFileUnicode()
                : chosen.getEmbeddedFile();
        if (file == null) {
            return Optional.empty();
        }
        byte[] bytes = BoundedPdf.decoded(file.getCOSObject(), maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADO_GRANDE, null, maxBytes);
        }
        String name = chosen.getFileUnicode() != null ? chosen.getFileUnicode()
                : Optional.ofNullable(chosen.getFile()).orElse("");
        String mime = Optional.ofNullable(file.getSubtype()).orElse("");
        return Optional.of(AcuseAttachment.of(name, mime, bytes, checksumMatches(file, bytes)));
    }

    private static @Nullable PDComplexFileSpecification firstEmbedded(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null) {
            return null;
        }
        Map<String, PDComplexFileSpecification> files = tree.getNames();
        if (files == null || files.isEmpty()) {
            return null;
        }
        return files.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    private static boolean checksumMatches(PDEmbeddedFile file, byte[] bytes) {
        COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
        if (params == null) {
            return false;
        }
        COSBase recorded = params.getDictionaryObject(CHECKSUM);
        if (recorded instanceof COSObject object) {
            recorded = object.getObject();
        }
        if (!(recorded instanceof COSString checksum)) {
            return false;
        }
        try {
            return MessageDigest.isEqual(MessageDigest.getInstance("MD5").digest(bytes), checksum.getBytes());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
