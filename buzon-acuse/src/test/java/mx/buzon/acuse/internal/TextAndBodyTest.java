package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mx.buzon.acuse.AcuseRenderer;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.SampleAcuses;
import mx.buzon.core.acuse.AcuseTipo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** One pass gives exactly what two strippers (whole text; body characters only) gave. */
class TextAndBodyTest {

    /** The body stripper the reader used before the single pass: filters characters before collecting them. */
    private static final class TwoPassBodyStripper extends PDFTextStripper {
        @Override
        protected void processTextPosition(TextPosition text) {
            float fromTop = text.getYDirAdj();
            float height = text.getPageHeight();
            if (fromTop > height - Page.HEADER_RULE && fromTop < height - Page.FOOTER_RULE) {
                super.processTextPosition(text);
            }
        }
    }

    @Test
    void of_everyTipoAndAMultiPageAcuse_sameAsTwoSeparatePasses() throws Exception {
        List<byte[]> pdfs = new ArrayList<>();
        for (AcuseTipo tipo : AcuseTipo.values()) {
            pdfs.add(tipo.firmaParticular()
                    ? DomainAcuses.issuer().issue(DomainAcuses.of(tipo), DomainAcuses.ERIKA.efirma()).pdf()
                    : DomainAcuses.issuer().issue(DomainAcuses.of(tipo)).pdf());
        }
        pdfs.add(AcuseRenderer.standard().render(SampleAcuses.multiPage().build()));
        pdfs.add(AcuseRenderer.standard().render(SampleAcuses.autorizacion().build()));

        for (byte[] pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                TextAndBody onePass = TextAndBody.of(document);

                assertThat(onePass.text()).isEqualTo(new PDFTextStripper().getText(document));
                assertThat(onePass.body()).isEqualTo(new TwoPassBodyStripper().getText(document))
                        .isNotEqualTo(onePass.text());
            }
        }
    }
}
