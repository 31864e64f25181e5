package mx.buzon.acuse.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.acuse.AcuseException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jspecify.annotations.Nullable;

/**
 * Bounds what a PDF's pages can make a reader decompress and allocate, before its text is extracted or a page is
 * rendered. PDFBox decodes a whole stream into memory before using it, so a compression bomb in a content stream
 * (10 MiB of file can inflate to 10 GiB) would otherwise cost minutes of parsing or all the heap, and an image
 * that claims a billion pixels would be allocated at render time.
 *
 * <p>Walks every stream rendering can reach from the pages (content streams, form and image XObjects, embedded
 * font files, Type 3 glyph procedures, patterns, shadings, annotation appearances), decoding each once with its own
 * filters into a counting sink that stops at the remaining budget. Streams that fail to decode for another reason
 * are left for PDFBox to report as before.
 */
public final class DecodeBudget {

    /** The most bytes all reachable streams may decode to together: an SDK acuse needs about 100 KB. */
    public static final long MAX_DECODED_BYTES = 32L * 1024 * 1024;
    /** The most pixels an image may declare (a letter page scanned at 600 dpi has about 34 million). */
    public static final long MAX_IMAGE_PIXELS = 40_000_000L;

    private static final int MAX_DEPTH = 16;
    private static final COSName CHAR_PROCS = COSName.getPDFName("CharProcs");
    private static final List<COSName> FONT_FILES = List.of(COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3);

    private long remaining = MAX_DECODED_BYTES;
    private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private DecodeBudget() {
    }

    /**
     * @param document an open document (at most {@code AcuseReader.MAX_PAGES} pages)
     * @throws AcuseException {@link AcuseErrorCode#ACUSE_CONTENIDO_EXCESIVO} when the budget is exceeded
     */
    public static void check(PDDocument document) {
        DecodeBudget budget = new DecodeBudget();
        for (PDPage page : document.getPages()) {
            COSDictionary dictionary = page.getCOSObject();
            budget.contents(dictionary.getDictionaryObject(COSName.CONTENTS));
            if (page.getResources() != null) {
                budget.resources(page.getResources().getCOSObject(), 0);
            }
            COSArray annotations = dictionary.getCOSArray(COSName.ANNOTS);
            if (annotations != null) {
                for (int i = 0; i < annotations.size(); i++) {
                    if (annotations.getObject(i) instanceof COSDictionary annotation
                            && annotation.getDictionaryObject(COSName.AP) instanceof COSDictionary appearance) {
                        budget.appearance(appearance.getDictionaryObject(COSName.N));
                    }
                }
            }
        }
    }

    private void contents(@Nullable COSBase contents) {
        if (contents instanceof COSStream stream) {
            decode(stream);
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                contents(array.getObject(i));
            }
        }
    }

    private void appearance(@Nullable COSBase normal) {
        if (normal instanceof COSStream stream) {
            form(stream, 0);
        } else if (normal instanceof COSDictionary states) {
            for (COSName state : states.keySet()) {
                if (states.getDictionaryObject(state) instanceof COSStream stream) {
                    form(stream, 0);
                }
            }
        }
    }

    private void resources(@Nullable COSDictionary resources, int depth) {
        if (resources == null || depth > MAX_DEPTH || !seen.add(resources)) {
            return;
        }
        for (COSBase value : values(resources.getCOSDictionary(COSName.XOBJECT))) {
            if (value instanceof COSStream stream) {
                if (COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
                    image(stream);
                } else {
                    form(stream, depth + 1);
                }
            }
        }
        for (COSBase value : values(resources.getCOSDictionary(COSName.FONT))) {
            if (value instanceof COSDictionary font) {
                font(font, depth + 1);
            }
        }
        for (COSBase value : values(resources.getCOSDictionary(COSName.PATTERN))) {
            if (value instanceof COSStream tiling) {
                form(tiling, depth + 1);
            }
        }
        for (COSBase value : values(resources.getCOSDictionary(COSName.SHADING))) {
            if (value instanceof COSStream shading) {
                decode(shading);
            }
        }
    }

    private void form(COSStream stream, int depth) {
        decode(stream);
        resources(stream.getCOSDictionary(COSName.RESOURCES), depth + 1);
    }

    private void font(COSDictionary font, int depth) {
        if (depth > MAX_DEPTH || !seen.add(font)) {
            return;
        }
        if (font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
            for (COSName key : FONT_FILES) {
                if (descriptor.getDictionaryObject(key) instanceof COSStream file) {
                    decode(file);
                }
            }
        }
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants) {
            for (int i = 0; i < descendants.size(); i++) {
                if (descendants.getObject(i) instanceof COSDictionary descendant) {
                    font(descendant, depth + 1);
                }
            }
        }
        for (COSBase glyph : values(font.getCOSDictionary(CHAR_PROCS))) {
            if (glyph instanceof COSStream procedure) {
                decode(procedure);
            }
        }
        resources(font.getCOSDictionary(COSName.RESOURCES), depth + 1);
    }

    private void image(COSStream image) {
        long width = image.getLong(COSName.WIDTH);
        long height = image.getLong(COSName.HEIGHT);
        if (width > 0 && height > 0 && width * height > MAX_IMAGE_PIXELS) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO, null,
                    "tiene una imagen de " + width + " × " + height + " píxeles (el máximo es " + MAX_IMAGE_PIXELS
                            + ")");
        }
        decode(image);
    }

    private static List<COSBase> values(@Nullable COSDictionary dictionary) {
        List<COSBase> values = new ArrayList<>();
        if (dictionary != null) {
            for (COSName key : dictionary.keySet()) {
                COSBase value = dictionary.getDictionaryObject(key);
                values.add(value instanceof COSObject o ? o.getObject() : value);
            }
        }
        return values;
    }

    /** Decodes a stream through its filters into a sink that stops at the remaining budget. */
    private void decode(COSStream stream) {
        if (!seen.add(stream)) {
            return;
        }
        List<COSName> filters = filters(stream.getFilters());
        Counting sink = null;
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) {
                sink = new Counting(remaining, true);
                raw.transferTo(sink);
            }
            InputStream input = raw;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                sink = new Counting(remaining, i == filters.size() - 1);
                filter.decode(input, sink, stream, i);
                input = new ByteArrayInputStream(sink.bytes());
            }
        } catch (IOException | RuntimeException e) {
            // Unless the budget ran out (whatever a filter wrapped it in), this is an unknown filter or damaged
            // data, which PDFBox reports when it reads the stream.
        }
        if (sink != null && sink.exceeded) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_CONTENIDO_EXCESIVO, null,
                    "se descomprime a más de " + MAX_DECODED_BYTES + " bytes");
        }
        if (sink != null) {
            remaining -= sink.count;
        }
    }

    private static List<COSName> filters(@Nullable COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.getObject(i) instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Thrown by the sink when the budget runs out; an IOException so that it stops any filter. */
    private static final class Exceeded extends IOException {
        private static final long serialVersionUID = 1L;

        Exceeded() {
            super("decode budget exceeded");
        }
    }

    /** Counts (and, between filters, keeps) the decoded bytes, failing once they pass the limit. */
    private static final class Counting extends OutputStream {
        private final long limit;
        private final @Nullable ByteArrayOutputStream kept;
        private long count;
        private boolean exceeded;

        Counting(long limit, boolean last) {
            this.limit = limit;
            this.kept = last ? null : new ByteArrayOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            count += len;
            if (count > limit) {
                exceeded = true;
                throw new Exceeded();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept == null ? new byte[0] : kept.toByteArray();
        }
    }
}
