package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

/**
 * Seals a finished acuse PDF with one standard PDF signature (PAdES baseline B-B; B-T with a time-stamper; the
 * revocation data the host supplies in a {@code /DSS} dictionary, for B-LT): PDFBox adds the signature field
 * and dictionary as an incremental update and gives the byte range; {@link CadesSignature} signs it. The
 * signature covers every byte of the file except its own {@code /Contents}, so any later change anywhere, and
 * anything appended, shows.
 *
 * <p>Deterministic: the signing time {@code /M} is the acuse's instant, the trailer identifier of the update
 * is derived from it ({@link PDDocument#setDocumentId}) instead of the clock, and the space reserved for the
 * CMS is fixed ({@link #RESERVED_BYTES}, {@link #RESERVED_BYTES_WITH_TIMESTAMP}).
 *
 * <p>The PDF parsed here is the one this SDK just rendered, never an uploaded file.
 */
public final class PdfSeal {

    /** The bytes reserved for the CMS (the chain of a few certificates and one RSA signature fit easily). */
    public static final int RESERVED_BYTES = 8192;
    /** The bytes reserved for the CMS when it carries an RFC 3161 time-stamp token (with the authority's chain). */
    public static final int RESERVED_BYTES_WITH_TIMESTAMP = 16384;

    /** The subfilter of the seal: CAdES detached, as PAdES baseline signatures use. */
    public static final String SUBFILTER = "ETSI.CAdES.detached";

    private PdfSeal() {
    }

    /**
     * The revocation data for the {@code /DSS} dictionary (DER bytes as the host obtained them).
     *
     * @param certificates extra certificates (e.g. the OCSP responder's)
     * @param ocsps OCSP responses
     * @param crls CRLs
     */
    public record Revocation(List<byte[]> certificates, List<byte[]> ocsps, List<byte[]> crls) {
        /** Copies the lists. */
        public Revocation {
            certificates = List.copyOf(certificates);
            ocsps = List.copyOf(ocsps);
            crls = List.copyOf(crls);
        }
    }

    /**
     * @param unsigned the rendered PDF/A-3b
     * @param when the acuse's instant: the signature's {@code /M}
     * @param signerName the {@code /Name} of the signature (the institution)
     * @param chain the institution's certificate first, then its issuers
     * @param rsaSha256 the institution's SHA256withRSA
     * @param timeStamper RFC 3161 tokens, for B-T
     * @param revocation revocation data for the DSS, for B-LT
     * @return the sealed PDF
     * @throws IOException if PDFBox cannot write the update
     */
    public static byte[] seal(byte[] unsigned, ZonedDateTime when, String signerName, List<X509Certificate> chain,
            UnaryOperator<byte[]> rsaSha256, Optional<UnaryOperator<byte[]>> timeStamper,
            Optional<Revocation> revocation) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(unsigned.length + 2 * RESERVED_BYTES_WITH_TIMESTAMP);
        try (PDDocument document = Loader.loadPDF(unsigned)) {
            document.setDocumentId(when.toInstant().toEpochMilli());
            if (revocation.isPresent()) {
                addDss(document, revocation.get());
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(SUBFILTER));
            signature.setName(signerName);
            signature.setSignDate(PdfA.calendar(when));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(timeStamper.isPresent() ? RESERVED_BYTES_WITH_TIMESTAMP
                        : RESERVED_BYTES);
                document.addSignature(signature, options);
                ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
                byte[] content;
                try (InputStream in = external.getContent()) {
                    content = in.readAllBytes();
                }
                external.setSignature(CadesSignature.sign(content, chain, rsaSha256, timeStamper));
            }
        }
        return out.toByteArray();
    }

    private static void addDss(PDDocument document, Revocation revocation) throws IOException {
        COSDictionary dss = new COSDictionary();
        dss.setItem(COSName.TYPE, COSName.getPDFName("DSS"));
        dss.setItem(COSName.getPDFName("Certs"), streams(document, revocation.certificates()));
        dss.setItem(COSName.getPDFName("OCSPs"), streams(document, revocation.ocsps()));
        dss.setItem(COSName.getPDFName("CRLs"), streams(document, revocation.crls()));
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.getPDFName("DSS"), dss);
        catalog.setNeedToBeUpdated(true);
    }

    private static COSArray streams(PDDocument document, List<byte[]> items) throws IOException {
        COSArray array = new COSArray();
        for (byte[] item : items) {
            PDStream stream = new PDStream(document, new ByteArrayInputStream(item), COSName.FLATE_DECODE);
            array.add(stream.getCOSObject());
        }
        return array;
    }
}
