package mx.buzon.acuse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hostile PDFs of the bounded-intake tests, built at test time with {@link RawPdf} (none is stored): each is
 * small (at most a few MB) and would make an unbounded PDF reader spend gigabytes of heap, overflow its stack or
 * run for minutes. {@link #all()} names them in the order the tests run them.
 */
final class HostileFiles {

    private static final String FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    private HostileFiles() {
    }

    /** Every hostile file, by name; a supplier builds it. */
    static Map<String, Supplier<byte[]>> all() {
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("attachmentBomb", HostileFiles::attachmentBomb);
        files.put("objectStreamBomb", HostileFiles::objectStreamBomb);
        files.put("xrefStreamBomb", HostileFiles::xrefStreamBomb);
        files.put("twentyMillionGlyphs", HostileFiles::twentyMillionGlyphs);
        files.put("tenMillionNestedQ", HostileFiles::tenMillionNestedQ);
        files.put("formsFiveDeep", HostileFiles::formsFiveDeep);
        files.put("formCallsItself", HostileFiles::formCallsItself);
        files.put("type3GlyphDrawsItself", HostileFiles::type3GlyphDrawsItself);
        files.put("patternPaintsItself", HostileFiles::patternPaintsItself);
        files.put("softMaskMasksItself", HostileFiles::softMaskMasksItself);
        files.put("thirtyMiBString", HostileFiles::thirtyMiBString);
        files.put("hundredThousandPageFills", HostileFiles::hundredThousandPageFills);
        files.put("pageSizedGlyphs", HostileFiles::pageSizedGlyphs);
        files.put("bilevelImage40MPixels", HostileFiles::bilevelImage40MPixels);
        files.put("pageTree5000Deep", HostileFiles::pageTree5000Deep);
        files.put("nestedArrays", () -> nestedObject("[", "]", 200_000));
        files.put("nestedDictionaries", () -> nestedObject("<< /A ", " >>", 200_000));
        files.put("nestedArraysInContent", HostileFiles::nestedArraysInContent);
        files.put("hugeXrefStreamIndex", () -> xrefStream("/Index [0 2000000000] /Size 2000000000", "/W [1 4 2]"));
        files.put("enormousXrefW", () -> xrefStream("/Size 20", "/W [1 2147483647 1]"));
        files.put("manyObjects", HostileFiles::manyObjects);
        files.put("manyXrefEntries", HostileFiles::manyXrefEntries);
        files.put("xrefStreamOfManyEntries", HostileFiles::xrefStreamOfManyEntries);
        files.put("lengthLie", HostileFiles::lengthLie);
        files.put("fiveThousandPages", () -> HostilePdfTest.pages(5_000, "[0 0 612 792]"));
        files.put("footballFieldPage", () -> HostilePdfTest.pages(1, "[0 0 14400 14400]"));
        files.put("contentBomb", HostileFiles::contentBomb);
        files.put("billionPixelImage", HostileFiles::billionPixelImage);
        return files;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A one-page PDF whose page draws {@code content} (already encoded, with its filter entries). */
    static byte[] onePage(String contentEntries, byte[] content, String resources) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int stream = pdf.stream(contentEntries, content);
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + stream
                + " 0 R /Resources " + resources + " >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** The acuse's associated JSON file inflates to 2 GiB (a 2 MB file). */
    static byte[] attachmentBomb() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int content = pdf.stream("", ascii("BT /F1 12 Tf 72 720 Td (Acuse) Tj ET"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /F1 " + FONT + " >> >> >>");
        int file = pdf.stream("/Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode",
                RawPdf.deflatedRepeat(ascii("{\"folio\":\""), new byte[] {' '}, 2L << 30, ascii("\"}")));
        int spec = pdf.add("<< /Type /Filespec /F (acuse.json) /UF (acuse.json) /AFRelationship /Data /EF << /F "
                + file + " 0 R /UF " + file + " 0 R >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R /AF [" + spec + " 0 R] /Names << /EmbeddedFiles"
                + " << /Names [(acuse.json) " + spec + " 0 R] >> >> >>");
        return pdf.bytes(catalog);
    }

    /**
     * A file with a cross-reference stream whose catalog, page tree and page live in an object stream that
     * inflates to 2 GiB (the three objects, then spaces).
     */
    static byte[] objectStreamBomb() {
        String[] objects = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << >> >>"};
        StringBuilder header = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < objects.length; i++) {
            header.append(i + 1).append(' ').append(body.length()).append(' ');
            body.append(objects[i]).append('\n');
        }
        byte[] data = RawPdf.deflatedRepeat(ascii(header + body.toString()), new byte[] {' '}, 2L << 30,
                new byte[0]);
        return withObjectStream("/Type /ObjStm /N 3 /First " + header.length() + " /Filter /FlateDecode", data, 3);
    }

    /** A cross-reference stream that inflates to 2 GiB. */
    static byte[] xrefStreamBomb() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n"));
        int catalog = out.size();
        out.writeBytes(ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
        int pages = out.size();
        out.writeBytes(ascii("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"));
        int xref = out.size();
        byte[] entries = new byte[] {0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0,
            0, 0};
        entries[8] = (byte) (catalog >> 16);
        entries[9] = (byte) (catalog >> 8);
        entries[10] = (byte) catalog;
        entries[15] = (byte) (pages >> 16);
        entries[16] = (byte) (pages >> 8);
        entries[17] = (byte) pages;
        byte[] data = RawPdf.deflatedRepeat(entries, new byte[] {0}, 2L << 30, new byte[0]);
        out.writeBytes(ascii("3 0 obj\n<< /Type /XRef /Size 4 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length "
                + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /**
     * Objects 1 to {@code inStream} live in object stream {@code inStream + 1}; the file ends with a cross-reference
     * stream (object {@code inStream + 2}) whose root is object 1.
     */
    private static byte[] withObjectStream(String entries, byte[] data, int inStream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n"));
        int objStm = inStream + 1;
        int objStmOffset = out.size();
        out.writeBytes(ascii(objStm + " 0 obj\n<< " + entries + " /Length " + data.length + " >>\nstream\n"));
        out.writeBytes(data);
        out.writeBytes(ascii("\nendstream\nendobj\n"));
        int xref = out.size();
        int size = inStream + 3;
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.writeBytes(new byte[] {0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff});
        for (int i = 0; i < inStream; i++) {
            table.writeBytes(new byte[] {2, 0, 0, 0, (byte) objStm, 0, (byte) i});
        }
        table.writeBytes(new byte[] {1, (byte) (objStmOffset >> 24), (byte) (objStmOffset >> 16),
            (byte) (objStmOffset >> 8), (byte) objStmOffset, 0, 0});
        table.writeBytes(new byte[] {1, (byte) (xref >> 24), (byte) (xref >> 16), (byte) (xref >> 8), (byte) xref,
            0, 0});
        byte[] rows = table.toByteArray();
        out.writeBytes(ascii((inStream + 2) + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root 1 0 R"
                + " /Length " + rows.length + " >>\nstream\n"));
        out.writeBytes(rows);
        out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** A cross-reference stream with the given extra entries (for absurd /Index, /Size and /W). */
    static byte[] xrefStream(String sizeEntries, String widths) {
        byte[] rows = new byte[4096];
        return xrefStream(sizeEntries, widths, rows);
    }

    private static byte[] xrefStream(String sizeEntries, String widths, byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii("%PDF-1.7\n"));
        int catalog = out.size();
        out.writeBytes(ascii("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"));
        int pages = out.size();
        out.writeBytes(ascii("2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"));
        int xref = out.size();
        byte[] rows = data.clone();
        if (rows.length == 4096) {   // the plain rows of xrefStream(String, String): entries 1 and 2
            rows[7] = 1;
            rows[10] = (byte) catalog;
            rows[14] = 1;
            rows[17] = (byte) pages;
        }
        out.writeBytes(ascii("3 0 obj\n<< /Type /XRef " + sizeEntries + " " + widths + " /Root 1 0 R /Length "
                + rows.length + " >>\nstream\n"));
        out.writeBytes(rows);
        out.writeBytes(ascii("\nendstream\nendobj\nstartxref\n" + xref + "\n%%EOF\n"));
        return out.toByteArray();
    }

    /** 20 million glyphs in one text-showing operator: a 20 KB content stream. */
    static byte[] twentyMillionGlyphs() {
        byte[] content = RawPdf.deflatedRepeat(ascii("BT /F1 1 Tf 0 0 Td ("), new byte[] {'A'}, 20_000_000,
                ascii(") Tj ET"));
        return onePage("/Filter /FlateDecode", content, "<< /Font << /F1 " + FONT + " >> >>");
    }

    /** 10 million nested {@code q} (save graphics state). */
    static byte[] tenMillionNestedQ() {
        byte[] content = RawPdf.deflatedRepeat(new byte[0], ascii("q "), 10_000_000, new byte[0]);
        return onePage("/Filter /FlateDecode", content, "<< >>");
    }

    /** Forms calling forms five levels deep, each form drawing the next 1,000 times: 10^15 invocations. */
    static byte[] formsFiveDeep() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int next = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /Font << /F1 " + FONT
                + " >> >>", ascii("BT /F1 1 Tf (x) Tj ET 0 0 1 1 re f"));
        for (int level = 0; level < 5; level++) {
            byte[] calls = ascii("/X Do ".repeat(1000));
            next = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X " + next
                    + " 0 R >> >>", calls);
        }
        int content = pdf.stream("", ascii("/X Do"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /X " + next + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A form that draws itself twice. */
    static byte[] formCallsItself() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int form = pdf.reserve();
        byte[] calls = ascii("/X Do /X Do");
        pdf.set(form, "<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X " + form
                + " 0 R >> >> /Length " + calls.length + " >>\nstream\n/X Do /X Do\nendstream");
        int content = pdf.stream("", ascii("/X Do"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /X " + form + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A Type 3 font whose glyph shows itself in the same font. */
    static byte[] type3GlyphDrawsItself() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int font = pdf.reserve();
        byte[] glyph = ascii("0 0 d0 BT /T3 1 Tf (a) Tj ET");
        int procedure = pdf.add("<< /Length " + glyph.length + " >>\nstream\n" + new String(glyph,
                StandardCharsets.ISO_8859_1) + "\nendstream");
        pdf.set(font, "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1 1] /FontMatrix [0.001 0 0 0.001 0 0]"
                + " /CharProcs << /a " + procedure + " 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >>"
                + " /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /Font << /T3 " + font + " 0 R >> >> >>");
        int content = pdf.stream("", ascii("BT /T3 12 Tf 72 720 Td (a) Tj ET"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Font << /T3 " + font + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A tiling pattern whose cell is filled with the pattern itself. */
    static byte[] patternPaintsItself() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int pattern = pdf.reserve();
        byte[] cell = ascii("/Pattern cs /P scn 0 0 10 10 re f");
        pdf.set(pattern, "<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 10 10] /XStep 10"
                + " /YStep 10 /Resources << /Pattern << /P " + pattern + " 0 R >> >> /Length " + cell.length
                + " >>\nstream\n" + new String(cell, StandardCharsets.ISO_8859_1) + "\nendstream");
        int content = pdf.stream("", ascii("/Pattern cs /P scn 0 0 612 792 re f"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /Pattern << /P " + pattern + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A soft mask whose group sets the same soft mask. */
    static byte[] softMaskMasksItself() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int state = pdf.reserve();
        int group = pdf.reserve();
        byte[] masked = ascii("/G gs 0 0 10 10 re f");
        pdf.set(group, "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Group << /S /Transparency /CS"
                + " /DeviceGray >> /Resources << /ExtGState << /G " + state + " 0 R >> >> /Length " + masked.length
                + " >>\nstream\n" + new String(masked, StandardCharsets.ISO_8859_1) + "\nendstream");
        pdf.set(state, "<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G " + group + " 0 R >> >>");
        int content = pdf.stream("", ascii("/G gs 0 0 612 792 re f"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /ExtGState << /G " + state + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** One text string of 30 MiB, just under the 32 MiB the pages may decode to. */
    static byte[] thirtyMiBString() {
        byte[] content = RawPdf.deflatedRepeat(ascii("BT /F1 1 Tf 0 0 Td ("), new byte[] {'A'}, 30L << 20,
                ascii(") Tj ET"));
        return onePage("/Filter /FlateDecode", content, "<< /Font << /F1 " + FONT + " >> >>");
    }

    /** 100,000 fills of the whole page (a 2 MB content stream, compressed to a few KB). */
    static byte[] hundredThousandPageFills() {
        byte[] content = RawPdf.deflatedRepeat(new byte[0], ascii("0 0 612 792 re f\n"), 100_000, new byte[0]);
        return onePage("/Filter /FlateDecode", content, "<< >>");
    }

    /** 150,000 glyphs of a 5,000-point font: each covers the page. */
    static byte[] pageSizedGlyphs() {
        byte[] content = RawPdf.deflatedRepeat(ascii("BT /F1 5000 Tf -100 -100 Td"), ascii(" (W) Tj -1 0 Td"),
                150_000, ascii(" ET"));
        return onePage("/Filter /FlateDecode", content, "<< /Font << /F1 " + FONT + " >> >>");
    }

    /** A one-bit image of 39.6 million pixels (under the 40 million image bound) covering the page. */
    static byte[] bilevelImage40MPixels() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int image = pdf.stream("/Type /XObject /Subtype /Image /Width 6000 /Height 6600 /ColorSpace /DeviceGray"
                + " /BitsPerComponent 1 /Filter /FlateDecode", RawPdf.deflatedZeros(6000 / 8 * 6600));
        int content = pdf.stream("", ascii("q 612 0 0 792 0 0 cm /Im0 Do Q"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /Im0 " + image + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A page tree 5,000 levels deep with one page at the bottom. */
    static byte[] pageTree5000Deep() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int depth = 5_000;
        int first = pdf.reserve();
        int parent = first;
        int node = first;
        for (int level = 1; level < depth; level++) {
            int child = pdf.reserve();
            pdf.set(node, "<< /Type /Pages /Kids [" + child + " 0 R] /Count 1"
                    + (node == first ? "" : " /Parent " + parent + " 0 R") + " >>");
            parent = node;
            node = child;
        }
        int content = pdf.stream("", ascii("0 0 1 1 re f"));
        int page = pdf.add("<< /Type /Page /Parent " + node + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << >> >>");
        pdf.set(node, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 /Parent " + parent + " 0 R >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + first + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** An object nested {@code depth} levels deep (arrays or dictionaries) as an entry of the page. */
    static byte[] nestedObject(String open, String close, int depth) {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int deep = pdf.add(open.repeat(depth) + "0" + close.repeat(depth));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Resources << >>"
                + " /PieceInfo " + deep + " 0 R >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R /Extra " + deep + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** An operand array nested 200,000 levels deep in a content stream. */
    static byte[] nestedArraysInContent() {
        byte[] content = RawPdf.deflatedRepeat(new byte[0], ascii("["), 200_000, ascii(" 0 d"));
        return onePage("/Filter /FlateDecode", content, "<< >>");
    }

    /** 150,000 indirect objects (an 8 MB file of empty dictionaries). */
    static byte[] manyObjects() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 150_000; i++) {
            list.append(pdf.add("<<>>")).append(" 0 R ");
        }
        int all = pdf.add("[" + list + "]");
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Resources << >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R /Extra " + all + " 0 R >>");
        return pdf.bytes(catalog);
    }

    /** A cross-reference table of 400,000 entries (8 MB), all pointing at the catalog. */
    static byte[] manyXrefEntries() {
        byte[] pdf = HostilePdfTest.pages(1, "[0 0 612 792]");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int xref = text.lastIndexOf("xref\n");
        StringBuilder table = new StringBuilder("xref\n0 400001\n0000000000 65535 f \n");
        String entry = String.format(java.util.Locale.ROOT, "%010d 00000 n \n", text.indexOf("1 0 obj"));
        table.append(entry.repeat(400_000));
        table.append("trailer\n<< /Size 400001 /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return ascii(text.substring(0, xref) + table);
    }

    /** A cross-reference stream of 2 MB of three-byte entries (700,000 objects), uncompressed. */
    static byte[] xrefStreamOfManyEntries() {
        return xrefStream("/Size 700000", "/W [1 1 1] /Filter /FlateDecode", RawPdf.deflatedZeros(2 << 20));
    }

    /** A content stream whose /Length claims 2 GB. */
    static byte[] lengthLie() {
        byte[] content = ascii("BT /F1 12 Tf 72 720 Td (Acuse) Tj ET");
        byte[] pdf = onePage("", content, "<< /Font << /F1 " + FONT + " >> >>");
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        return ascii(text.replace("/Length " + content.length + " ", "/Length 2147483000 "));
    }

    /** A content stream that inflates to a quarter gigabyte (HostilePdfTest's). */
    static byte[] contentBomb() {
        return onePage("/Filter /FlateDecode", RawPdf.deflatedRepeat(new byte[0], new byte[] {0}, 256L << 20,
                new byte[0]), "<< >>");
    }

    /** An image that claims 1.2 billion pixels (HostilePdfTest's). */
    static byte[] billionPixelImage() {
        RawPdf pdf = new RawPdf();
        int catalog = pdf.reserve();
        int tree = pdf.reserve();
        int image = pdf.stream("/Type /XObject /Subtype /Image /Width 40000 /Height 30000 /ColorSpace /DeviceRGB"
                + " /BitsPerComponent 8 /Filter /FlateDecode", RawPdf.deflatedZeros(1 << 20));
        int content = pdf.stream("", ascii("q 612 0 0 792 0 0 cm /Im0 Do Q"));
        int page = pdf.add("<< /Type /Page /Parent " + tree + " 0 R /MediaBox [0 0 612 792] /Contents " + content
                + " 0 R /Resources << /XObject << /Im0 " + image + " 0 R >> >> >>");
        pdf.set(tree, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
        pdf.set(catalog, "<< /Type /Catalog /Pages " + tree + " 0 R >>");
        return pdf.bytes(catalog);
    }
}
