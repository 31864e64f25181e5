package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import mx.buzon.acuse.AcuseLayout;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * What makes a PDF an archivable acuse (ISO 19005-3, PDF/A-3b): document information and XMP metadata that
 * agree, an sRGB output intent, the acuse's data as an associated file, and a file identifier derived from
 * the content. No clock is read: every date is the acuse's instant.
 */
final class PdfA {

    /** The producer recorded in the document information and the XMP metadata. */
    static final String PRODUCER = "Buzón IMSS SDK (mx.buzon.acuse)";

    static final String OUTPUT_CONDITION = "sRGB IEC61966-2.1";

    private static final byte[] SRGB = readIcc();

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
     * The sRGB output intent with the shipped profile's exact bytes (PDFBox's own constructor would re-encode
     * the profile through the JDK's colour management, whose output differs between JDK builds).
     */
    private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
        PDStream profile = new PDStream(document, new ByteArrayInputStream(SRGB), COSName.FLATE_DECODE);
        profile.getCOSObject().setInt(COSName.N, 3);
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

    private static PDMetadata metadata(PDDocument document, String title, String subject, Calendar when)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(3);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("PDF/A-3B is a valid identification", e);
        }
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.setDescription(subject);
        dc.setFormat("application/pdf");
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        basic.setMetadataDate(when);
        basic.setCreatorTool(PRODUCER);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot serialise the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        return metadata;
    }

    /** A calendar at the acuse's instant and offset, independent of the JVM's default zone and locale. */
    static Calendar calendar(ZonedDateTime fecha) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(fecha.getZone()), Locale.ROOT);
        calendar.setGregorianChange(new Date(Long.MIN_VALUE));
        calendar.setTimeInMillis(fecha.toInstant().toEpochMilli());
        return calendar;
    }

    private static byte[] md5(byte[] data) {
        try {
            return MessageDigest.getInstance("MD5").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }

    private static byte[] readIcc() {
        String path = "/mx/buzon/acuse/icc/sRGB.icc";
        try (InputStream in = PdfA.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("ICC profile missing from the jar: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ICC profile shipped in the jar: " + path, e);
        }
    }

}
