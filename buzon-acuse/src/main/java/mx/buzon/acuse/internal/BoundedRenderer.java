package mx.buzon.acuse.internal;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/** A {@link PDFRenderer} whose pages are drawn by a {@link BoundedPageDrawer} charging one {@link WorkBudget}. */
final class BoundedRenderer extends PDFRenderer {

    private final WorkBudget work;

    BoundedRenderer(PDDocument document, WorkBudget work) {
        super(document);
        // Images are read at the resolution they are drawn at: a 40-million-pixel scan drawn on a 2-million-pixel
        // page is not decoded whole (that took 4 s and 160 MiB of heap). Both renderers do it, so that a region
        // still has the pixels of the whole page.
        setSubsamplingAllowed(true);
        this.work = work;
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
        return new BoundedPageDrawer(parameters, work);
    }
}
