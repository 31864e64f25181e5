package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.Arrays;
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
 * <p>Two ways to seal. An acuse the issuer renders is sealed as it is written, with no second parse:
 * {@link #prepare} adds the signature field and dictionary (with a zero-filled {@code /Contents} and a
 * placeholder {@code /ByteRange}) to the document before its one save, and {@link #fill} then writes the byte
 * range and the CMS into those places of the saved bytes. {@link #seal} seals any finished PDF instead,
 * through PDFBox's reload and incremental save (the tests seal forgeries with it).
 *
 * <p>The PDF parsed here is the one this SDK just rendered, never an uploaded file.
 */
public final class PdfSeal {

    /**
     * The most bytes reserved for the CMS of a seal without a time-stamp, and what {@link #seal} reserves: the
     * issuer reserves only what its chain needs ({@link #reservedFor}), which is deterministic for one chain.
     */
    public static final int RESERVED_BYTES = 8192;
    /** What a CMS needs besides the chain's certificates: signer info, signed attributes, one RSA-4096 signature. */
    static final int CMS_OVERHEAD_BYTES = 1536;
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

    /**
     * Everything the seal needs besides the document.
     *
     * @param when the acuse's instant: the signature's {@code /M}
     * @param signerName the {@code /Name} of the signature (the institution)
     * @param chain the institution's certificate first, then its issuers
     * @param rsaSha256 the institution's SHA256withRSA
     * @param timeStamper RFC 3161 tokens, for B-T
     * @param revocation revocation data for the DSS, for B-LT
     */
    public record Sealer(ZonedDateTime when, String signerName, List<X509Certificate> chain,
            UnaryOperator<byte[]> rsaSha256, Optional<UnaryOperator<byte[]>> timeStamper,
            Optional<Revocation> revocation) {
        /** Copies the chain. */
        public Sealer {
            chain = List.copyOf(chain);
        }

        int reservedBytes() {
            return timeStamper.isPresent() ? RESERVED_BYTES_WITH_TIMESTAMP : reservedFor(chain);
        }
    }

    /**
     * The bytes to reserve for a CMS carrying {@code chain} and no time-stamp: the chain's encodings plus
     * {@link #CMS_OVERHEAD_BYTES}, rounded up to 256. A fixed 8 KiB would write about 10 KB of zeros into every
     * acuse (the hole is hexadecimal); the same chain always gives the same reserve, so issuing twice still gives
     * identical bytes.
     *
     * @param chain the institution's certificate first, then its issuers
     * @return the bytes to reserve
     */
    static int reservedFor(List<X509Certificate> chain) {
        int bytes = CMS_OVERHEAD_BYTES;
        for (X509Certificate certificate : chain) {
            try {
                bytes += certificate.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException("a certificate of the institution's chain cannot be encoded", e);
            }
        }
        return (bytes + 255) / 256 * 256;
    }

    /** What PDFBox writes for the byte range before it is known ({@code PDDocument.RESERVE_BYTE_RANGE}). */
    private static final byte[] BYTE_RANGE_PLACEHOLDER = "/ByteRange [0 1000000000 1000000000 1000000000]"
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTENTS_KEY = "/Contents <".getBytes(StandardCharsets.US_ASCII);

    /**
     * Adds the signature field and dictionary (and the DSS) to a document this SDK is writing, before its save.
     * The document must then be saved without object streams, so that the dictionary stays in plain text for
     * {@link #fill}.
     *
     * @param document the acuse being written, not yet saved
     * @param sealer the seal's parameters
     * @throws IOException if PDFBox cannot add the signature
     */
    public static void prepare(PDDocument document, Sealer sealer) throws IOException {
        if (sealer.revocation().isPresent()) {
            addDss(document, sealer.revocation().get());
        }
        PDSignature signature = new PDSignature();
        signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
        signature.setSubFilter(COSName.getPDFName(SUBFILTER));
        signature.setName(sealer.signerName());
        signature.setSignDate(PdfA.calendar(sealer.when()));
        try (SignatureOptions options = new SignatureOptions()) {
            options.setPreferredSignatureSize(sealer.reservedBytes());
            document.addSignature(signature, options);
        }
    }

    /**
     * Seals the saved bytes of a document {@linkplain #prepare prepared} for it, in place: writes the byte
     * range over its placeholder (padded with spaces to the same length), signs every byte outside the
     * {@code /Contents} value and writes the CMS there in hexadecimal (the rest of the reserved space stays
     * zeros).
     *
     * @param saved the saved PDF, modified in place
     * @param sealer the seal's parameters
     * @return {@code saved}, sealed
     * @throws IllegalStateException if the bytes do not hold exactly one prepared signature dictionary, or the
     *     CMS does not fit the reserved space
     */
    public static byte[] fill(byte[] saved, Sealer sealer) {
        int range = SealedBytes.indexOf(saved, BYTE_RANGE_PLACEHOLDER, 0);
        if (range < 0 || SealedBytes.indexOf(saved, BYTE_RANGE_PLACEHOLDER, range + 1) >= 0) {
            throw new IllegalStateException("the written acuse must hold exactly one byte-range placeholder");
        }
        int key = SealedBytes.indexOf(saved, CONTENTS_KEY, 0);
        if (key < 0 || SealedBytes.indexOf(saved, CONTENTS_KEY, key + 1) >= 0) {
            throw new IllegalStateException("the written acuse must hold exactly one /Contents hole");
        }
        int gapStart = key + CONTENTS_KEY.length - 1;
        int hexDigits = 2 * sealer.reservedBytes();
        int gapEnd = gapStart + 1 + hexDigits + 1;
        if (gapEnd > saved.length || saved[gapEnd - 1] != '>') {
            throw new IllegalStateException("the /Contents hole of the written acuse is not the reserved size");
        }
        for (int i = gapStart + 1; i < gapEnd - 1; i++) {
            if (saved[i] != '0') {
                throw new IllegalStateException("the /Contents hole of the written acuse is not zero-filled");
            }
        }
        byte[] written = ("/ByteRange [0 " + gapStart + " " + gapEnd + " " + (saved.length - gapEnd) + "]")
                .getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(saved, range, range + BYTE_RANGE_PLACEHOLDER.length, (byte) ' ');
        System.arraycopy(written, 0, saved, range, written.length);

        byte[] cms = CadesSignature.sign(saved, gapStart, gapEnd, sealer.chain(), sealer.rsaSha256(),
                sealer.timeStamper());
        if (2 * cms.length > hexDigits) {
            throw new IllegalStateException("the seal's CMS (" + cms.length + " bytes) exceeds the reserved "
                    + sealer.reservedBytes() + " bytes");
        }
        byte[] hex = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < cms.length; i++) {
            saved[gapStart + 1 + 2 * i] = hex[(cms[i] >> 4) & 0xf];
            saved[gapStart + 2 + 2 * i] = hex[cms[i] & 0xf];
        }
        return saved;
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
