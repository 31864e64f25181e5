package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import mx.buzon.acuse.AcuseLayout;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a PDF an archivable acuse (ISO 19005-3, PDF/A-3b): document information and XMP metadata that
 * agree, an sRGB output intent, the acuse's data as an associated file, and a file identifier derived from
 * the content. No clock is read: every date is the acuse's instant.
 */
final class PdfA {

    /** The producer recorded in the document information and the XMP metadata. */
    static final String PRODUCER = "Buzón IMSS SDK (mx.buzon.acuse)";

    static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";

    private static final byte[] SRGB = SrgbProfile.bytes();
    /** The profile deflated once per JVM, written raw into each acuse instead of compressed again each time. */
    private static final byte[] SRGB_DEFLATED = deflate(SRGB);

    private PdfA() {
    }

    static void finish(PDDocument document, AcuseLayout layout) throws IOException {
        Calendar when = calendar(layout.fecha());
        String subject = "Folio " + layout.folio() + " (" + layout.tipo() + ")";
        PDDocumentCatalog catalog = document.getDocumentCatalog();

        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(layout.title());
        info.setSubject(subject);
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(when);
        info.setModificationDate(when);

        catalog.setMetadata(metadata(document, layout.title(), subject, when));
        catalog.setLanguage("es-MX");
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setViewerPreferences(preferences);

        PDOutputIntent intent = outputIntent(document);
        intent.setInfo(OUTPUT_CONDITION);
        intent.setOutputCondition(OUTPUT_CONDITION);
        intent.setOutputConditionIdentifier(OUTPUT_CONDITION);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        attachData(document, layout, when);

        byte[] id = DocumentId.of(layout);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /**
     * The sRGB output intent with the exact bytes of {@link SrgbProfile} (PDFBox's own constructor would
     * re-encode the profile through the JDK's colour management, whose output differs between JDK builds).
     */
    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        COSStream profile = document.getDocument().createCOSStream();
        try (OutputStream raw = profile.createRawOutputStream()) {
            raw.write(SRGB_DEFLATED);
        }
        profile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        profile.setInt(COSName.N, 3);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dictionary);
    }

    /** The JSON as an associated file of the document (ISO 19005-3 §6.8): /AF on the catalog, /Data. */
    private static void attachData(PDDocument document, AcuseLayout layout, Calendar when) throws IOException {
        byte[] json = layout.json();
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json), COSName.FLATE_DECODE);
        file.setSubtype("application/json");
        file.setSize(json.length);
        file.setCreationDate(when);
        file.setModDate(when);
        COSDictionary params = file.getCOSObject().getCOSDictionary(COSName.PARAMS);
        if (params != null) {
            params.setItem(COSName.getPDFName("CheckSum"), new COSString(md5(json)));
        }

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(layout.jsonFileName());
        spec.setFileUnicode(layout.jsonFileName());
        spec.setFileDescription("Datos del acuse " + layout.folio() + " (JSON, incluye la cadena original)");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), "Data");

        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(layout.jsonFileName(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        document.getDocumentCatalog().setNames(names);

        COSArray associated = new COSArray();
        associated.add(spec);
        document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), associated);
    }

    /**
     * The XMP packet (pdfaid 3/B, dc:title, dc:description, dc:format, xmp dates and creator tool, pdf:Producer),
     * written from a template: the same packet xmpbox's serializer writes, without building a DOM and an XSLT
     * transformer for every acuse (that was a measurable part of rendering one).
     */
    private static PDMetadata metadata(PDDocument document, String title, String subject, Calendar when)
            throws IOException {
        String date = XMP_DATE.format(when.toInstant().atZone(when.getTimeZone().toZoneId()));
        String xmp = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\""
                + " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\""
                + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <pdfaid:part>3</pdfaid:part>\n"
                + "      <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <dc:title>\n"
                + "        <rdf:Alt>\n"
                + "          <rdf:li xml:lang=\"x-default\">" + xml(title) + "</rdf:li>\n"
                + "        </rdf:Alt>\n"
                + "      </dc:title>\n"
                + "      <dc:description>\n"
                + "        <rdf:Alt>\n"
                + "          <rdf:li xml:lang=\"x-default\">" + xml(subject) + "</rdf:li>\n"
                + "        </rdf:Alt>\n"
                + "      </dc:description>\n"
                + "      <dc:format>application/pdf</dc:format>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n"
                + "      <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "      <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "      <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "      <xmp:CreatorTool>" + xml(PRODUCER) + "</xmp:CreatorTool>\n"
                + "    </rdf:Description>\n"
                + "    <rdf:Description rdf:about=\"\">\n"
                + "      <pdf:Producer>" + xml(PRODUCER) + "</pdf:Producer>\n"
                + "    </rdf:Description>\n"
                + "  </rdf:RDF>\n"
                + "</x:xmpmeta><?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
            Locale.ROOT);

    /** Text as XML character data: {@code & < > "} escaped, and characters XML 1.0 cannot carry refused. */
    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("XMP cannot carry the control character U+"
                                + String.format(Locale.ROOT, "%04X", (int) c));
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** A calendar at the acuse's instant and offset, independent of the JVM's default zone and locale. */
    static Calendar calendar(ZonedDateTime fecha) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(fecha.getZone()), Locale.ROOT);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.setTimeInMillis(fecha.toInstant().toEpochMilli());
        return calendar;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
