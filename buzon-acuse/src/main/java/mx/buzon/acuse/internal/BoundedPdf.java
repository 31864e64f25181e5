package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.acuse.AcuseException;
import mx.buzon.acuse.AcuseReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Opens an uploaded PDF so that no part of it can make PDFBox run out of memory or stack: the raw bytes are
 * scanned first ({@link RawScan}: every stream decodes within a budget), then PDFBox loads the file, then the page
 * tree is walked without recursion and refused when deeper than {@link #MAX_PAGE_TREE_DEPTH} or larger than
 * {@link #MAX_PAGE_TREE_NODES} nodes, before anything (PDFBox's own page iterator recurses once per level) walks
 * it. PDFBox's object parser stops at 500 levels of nested arrays or dictionaries by itself.
 */
public final class BoundedPdf {

    /** The deepest page tree accepted (an acuse's has one level; PDF writers balance theirs). */
    public static final int MAX_PAGE_TREE_DEPTH = 32;
    /** The most nodes (pages and intermediate nodes) a page tree may have. */
    public static final int MAX_PAGE_TREE_NODES = 1_024;

    private BoundedPdf() {
    }

    /**
     * @param pdf the file's bytes
     * @return the open document (the caller closes it)
     * @throws IOException if PDFBox cannot parse it
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} or
     *     {@link AcuseErrorCode#ACUSE_ESTRUCTURA_EXCESIVA} for a file beyond the bounds
     */
    public static PDDocument open(byte[] pdf) throws IOException {
        RawScan.check(pdf);
        PDDocument document = Loader.loadPDF(pdf);
        try {
            checkPageTree(document);
        } catch (RuntimeException e) {
            document.close();
            throw e;
        }
        return document;
    }

    private static void checkPageTree(PDDocument document) {
        if (document.isEncrypted()) {
            return;   // refused by the caller; its objects cannot be read without the key
        }
        COSBase root = document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PAGES);
        if (!(root instanceof COSDictionary)) {
            return;
        }
        int count = document.getNumberOfPages();
        if (count > AcuseReader.MAX_PAGES) {
            // Found by a hostile-input test: 5,000 one-line pages took three minutes to render in search of a QR.
            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADAS_PAGINAS, null, count, AcuseReader.MAX_PAGES);
        }
        int leaves = 0;
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSDictionary> level = new ArrayDeque<>();
        level.add((COSDictionary) root);
        seen.add((COSDictionary) root);
        for (int depth = 1; !level.isEmpty(); depth++) {
            if (depth > MAX_PAGE_TREE_DEPTH) {
                throw structure("anida el árbol de páginas en más de " + MAX_PAGE_TREE_DEPTH + " niveles");
            }
            Deque<COSDictionary> next = new ArrayDeque<>();
            for (COSDictionary node : level) {
                COSArray kids = node.getCOSArray(COSName.KIDS);
                for (int i = 0; kids != null && i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        if (!seen.add(kid)) {
                            throw structure("repite un nodo en su árbol de páginas");
                        }
                        if (seen.size() > MAX_PAGE_TREE_NODES) {
                            throw structure("tiene más de " + MAX_PAGE_TREE_NODES + " nodos en su árbol de páginas");
                        }
                        if (kid.containsKey(COSName.KIDS)) {
                            next.add(kid);
                        } else if (++leaves > AcuseReader.MAX_PAGES) {
                            throw AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADAS_PAGINAS, null,
                                    "más de " + AcuseReader.MAX_PAGES, AcuseReader.MAX_PAGES);
                        }
                    }
                }
            }
            level = next;
        }
    }

    /**
     * Decodes a stream with its filters, keeping at most {@code limit} bytes: PDFBox's own
     * {@code createInputStream} would decode all of it into memory first.
     *
     * @param stream the stream (for example an embedded file)
     * @param limit the most bytes returned
     * @return the first {@code limit} decoded bytes, or all of them when fewer
     * @throws IOException if the data cannot be decoded
     */
    public static byte[] decoded(COSStream stream, int limit) throws IOException {
        return decode(stream, limit, true).bytes();
    }

    /**
     * The decoded length of a stream, counted up to {@code limit + 1} without keeping the last filter's output.
     *
     * @param stream the stream
     * @param limit the count past which decoding stops
     * @return the decoded length, or {@code limit + 1} when longer (damaged data counts what decodes)
     * @throws IOException if the raw data cannot be read
     */
    public static long decodedLength(COSStream stream, long limit) throws IOException {
        return decode(stream, limit + 1, false).count;
    }

    private static Kept decode(COSStream stream, long limit, boolean keep) throws IOException {
        COSBase filters = stream.getFilters();
        COSArray list = filters instanceof COSArray array ? array : new COSArray();
        if (filters instanceof COSName name) {
            list.add(name);
        }
        byte[] data;
        try (InputStream raw = stream.createRawInputStream()) {
            data = raw.readAllBytes();
        }
        Kept result = new Kept(limit, keep);
        result.write(data, 0, (int) Math.min(data.length, limit));
        for (int i = 0; i < list.size(); i++) {
            if (!(list.getObject(i) instanceof COSName name)) {
                throw new IOException("filter " + i + " is not a name");
            }
            Filter filter = FilterFactory.INSTANCE.getFilter(name);
            boolean last = i == list.size() - 1;
            Kept sink = new Kept(last ? limit : RawScan.MAX_INTERMEDIATE_BYTES, keep || !last);
            try {
                filter.decode(new ByteArrayInputStream(data), sink, stream, i);
            } catch (IOException | RuntimeException e) {
                // full (whatever a filter wrapped that in), or damaged data: like PDFBox's lenient Flate decoding,
                // what was decoded is kept
            }
            if (sink.full && !last) {
                throw AcuseException.of(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO, null,
                        "se descomprime a más de " + RawScan.MAX_INTERMEDIATE_BYTES + " bytes");
            }
            data = sink.bytes();
            result = sink;
        }
        return result;
    }

    private static AcuseException structure(String what) {
        return AcuseException.of(AcuseErrorCode.ACUSE_ESTRUCTURA_EXCESIVA, null, what);
    }

    /** Keeps the first {@code limit} bytes written, then stops the writer. */
    private static final class Kept extends OutputStream {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private final long limit;
        private final boolean keep;
        long count;
        boolean full;

        Kept(long limit, boolean keep) {
            this.limit = limit;
            this.keep = keep;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int room = (int) Math.min(len, limit - count);
            count += room;
            if (keep) {
                kept.write(b, off, room);
            }
            if (room < len) {
                full = true;
                throw new IOException("limit reached");
            }
        }

        byte[] bytes() {
            return kept.toByteArray();
        }
    }
}
