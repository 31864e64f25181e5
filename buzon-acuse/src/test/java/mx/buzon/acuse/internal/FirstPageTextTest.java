package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The verifier's lean first-page text reads what PDFBox's own text extraction reads, up to whitespace (which
 * {@link VisibleFields} ignores), for every tipo of acuse: the labelled folio, RFC and fecha are where the page
 * shows them.
 */
class FirstPageTextTest {

    private static IssuedAcuse issue(AcuseTipo tipo) {
        Acuse acuse = DomainAcuses.of(tipo);
        return tipo.firmaParticular() ? DomainAcuses.issuer().issue(acuse, DomainAcuses.ERIKA.efirma())
                : DomainAcuses.issuer().issue(acuse);
    }

    /** The characters without any whitespace (PDFTextStripper joins "Página 1 de 1" and the footer's next line). */
    private static String withoutWhitespace(String text) {
        return text.replaceAll("\\s+", "");
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void of_issuedAcuse_sameCharactersAsPdfTextStripper_andTheLabelledFields(AcuseTipo tipo) throws IOException {
        IssuedAcuse issued = issue(tipo);
        String lean;
        String stripper;
        try (PDDocument document = Loader.loadPDF(issued.pdf())) {
            lean = FirstPageText.of(document);
            PDFTextStripper reference = new PDFTextStripper();
            reference.setStartPage(1);
            reference.setEndPage(1);
            stripper = reference.getText(document);
        }

        assertThat(withoutWhitespace(lean)).isEqualTo(withoutWhitespace(stripper));
        Acuse acuse = issued.acuse();
        assertThat(VisibleFields.showsFolio(lean, acuse.folio().toString())).isTrue();
        assertThat(VisibleFields.showsRfc(lean, acuse.particular().rfc().toString())).isTrue();
        assertThat(VisibleFields.showsFecha(lean, acuse.fechaHoraCentro())).isTrue();
    }
}
