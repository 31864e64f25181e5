package mx.buzon.acuse.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import mx.buzon.acuse.AcuseLayout;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Writes one acuse: lays the rows out on pages, draws header, body and footer, adds the PDF/A parts and
 * saves. The pages are drawn twice: once to learn which glyphs of each font the document uses, and once into
 * the content streams with the codes of those subsets ({@link FontSubset}). Each call builds and closes its own
 * {@link PDDocument}; the only thing shared between calls is the immutable {@link FontProgram}s, so any number
 * of threads may write at once.
 */
public final class AcusePdfWriter {

    private AcusePdfWriter() {
    }

    /**
     * @param layout the acuse
     * @param out where the PDF goes (not closed)
     * @throws IOException if writing to {@code out} fails
     * @throws IllegalArgumentException if the fonts cannot draw a character of the layout
     */
    public static void write(AcuseLayout layout, OutputStream out) throws IOException {
        write(layout, Optional.empty(), out);
    }

    /**
     * Writes one acuse sealed as it is written: the signature dictionary goes into the document before its one
     * save (without object streams, so that it stays in plain text), and the byte range and CMS are then
     * written into the saved bytes ({@link PdfSeal#prepare}, {@link PdfSeal#fill}); the rendered file is not
     * parsed again.
     *
     * @param layout the acuse
     * @param sealer the seal
     * @return the sealed PDF
     * @throws IOException if PDFBox cannot write the document
     * @throws IllegalArgumentException if the fonts cannot draw a character of the layout
     */
    public static byte[] writeSealed(AcuseLayout layout, PdfSeal.Sealer sealer) throws IOException {
        ByteSink out = new ByteSink(64 * 1024);
        write(layout, Optional.of(sealer), out);
        return PdfSeal.fill(out.toByteArray(), sealer);
    }

    private static void write(AcuseLayout layout, Optional<PdfSeal.Sealer> sealer, OutputStream out)
            throws IOException {
        Glyphs.requireDrawable(layout);
        List<Row> rows = ContentBuilder.rows(layout);
        List<List<Paginator.Placed>> pages = Paginator.paginate(rows, Page.BODY_TOP, Page.BODY_BOTTOM);
        FontSubset regular = new FontSubset(FontProgram.REGULAR);
        FontSubset bold = new FontSubset(FontProgram.BOLD);
        Canvas collecting = Canvas.collecting(regular, bold);
        for (int i = 0; i < pages.size(); i++) {
            draw(collecting, layout, pages, i);
        }
        regular.close();
        bold.close();
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            COSDictionary fonts = new COSDictionary();
            if (regular.isUsed()) {
                fonts.setItem(COSName.getPDFName(Canvas.REGULAR_NAME), regular.type0(document));
            }
            if (bold.isUsed()) {
                fonts.setItem(COSName.getPDFName(Canvas.BOLD_NAME), bold.type0(document));
            }
            for (int i = 0; i < pages.size(); i++) {
                PDPage page = new PDPage(Page.SIZE);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(resources);
                document.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.OVERWRITE, true)) {
                    draw(new Canvas(stream, regular, bold), layout, pages, i);
                }
            }
            PdfA.finish(document, layout);
            if (sealer.isPresent()) {
                PdfSeal.prepare(document, sealer.get());
                document.save(out, CompressParameters.NO_COMPRESSION);
            } else {
                document.save(out);
            }
        }
    }

    private static void draw(Canvas canvas, AcuseLayout layout, List<List<Paginator.Placed>> pages, int i)
            throws IOException {
        header(canvas, layout, i);
        for (Paginator.Placed placed : pages.get(i)) {
            placed.row().draw(canvas, placed.top());
        }
        footer(canvas, layout, i + 1, pages.size());
    }

    private static void header(Canvas canvas, AcuseLayout layout, int pageIndex) throws IOException {
        float baseline = Page.HEADER_BASELINE;
        List<String> lines = layout.institution();
        for (int i = 0; i < lines.size(); i++) {
            Style style = i == 0 ? Style.HEADER_BOLD : Style.HEADER;
            canvas.text(style, Page.LEFT, baseline, lines.get(i));
            baseline -= style.leading();
        }
        String brand = "Buzón IMSS";
        canvas.text(Style.HEADER_BOLD, Page.RIGHT - Style.HEADER_BOLD.width(brand), Page.HEADER_BASELINE, brand);
        if (pageIndex > 0) {
            String continued = "Folio " + layout.folio() + " (continuación)";
            canvas.text(Style.HEADER, Page.RIGHT - Style.HEADER.width(continued),
                    Page.HEADER_BASELINE - Style.HEADER_BOLD.leading(), continued);
        }
        canvas.rule(Style.GUINDA, 1.4f, Page.LEFT, Page.HEADER_RULE, Page.RIGHT);
        canvas.rule(Style.DORADO, 0.6f, Page.LEFT, Page.HEADER_RULE - 2.6f, Page.RIGHT);
    }

    private static void footer(Canvas canvas, AcuseLayout layout, int page, int pages) throws IOException {
        canvas.rule(Style.DORADO, 0.6f, Page.LEFT, Page.FOOTER_RULE, Page.RIGHT);
        String number = "Página " + page + " de " + pages;
        float numberWidth = Style.SMALL.width(number);
        float baseline = Page.FOOTER_RULE - 12f;
        canvas.text(Style.SMALL, Page.RIGHT - numberWidth, baseline, number);
        float room = Page.WIDTH - numberWidth - 16f;
        for (String contact : layout.contacto()) {
            for (String line : Wrap.words(contact, Style.FOOTER, room)) {
                canvas.text(Style.FOOTER, Page.LEFT, baseline, line);
                baseline -= Style.FOOTER.leading();
            }
        }
    }
}
