package mx.buzon.acuse.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.acuse.internal.FontProgram;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.Efirma;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issuing complete acuses (issue 6): firma del particular (RSA-2048), sello of the test institution (RSA-2048),
 * JSON, PDF/A-3b with QR, on one and on two threads sharing one immutable issuer, each against PDFBox writing a
 * minimal one-page PDF with the same fonts on the same number of threads in the same run. Throughput is the sum
 * over the threads, so the two-thread ratio shows whether issuing scales like PDFBox itself does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AcuseIssueBenchmark {

    private AcuseIssuer issuer;
    private Efirma particular;
    private Acuse acuse;

    @Setup
    public void setUp() {
        issuer = DomainAcuses.issuer();
        particular = DomainAcuses.ERIKA.efirma();
        acuse = DomainAcuses.of(AcuseTipo.RECEPCION_PROMOCION);
    }

    private static byte[] minimalPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = FontProgram.REGULAR.loadInto(document);
            PDType0Font bold = FontProgram.BOLD.loadInto(document);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(bold, 12);
                stream.newLineAtOffset(56, 700);
                stream.showText("Acuse de recibo de promoción");
                stream.setFont(regular, 9.5f);
                stream.newLineAtOffset(0, -14);
                stream.showText("Folio: BI-20260302-101500007  RFC: GODE561231GR8  Erika Gómez Díaz");
                stream.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Benchmark
    @Threads(1)
    public byte[] baselineMinimalPdfBox_1thread() throws IOException {
        return minimalPdf();
    }

    @Benchmark
    @Threads(2)
    public byte[] baselineMinimalPdfBox_2threads() throws IOException {
        return minimalPdf();
    }

    @Benchmark
    @Threads(1)
    public IssuedAcuse issueSignedAcuse_1thread() {
        return issuer.issue(acuse, particular);
    }

    @Benchmark
    @Threads(2)
    public IssuedAcuse issueSignedAcuse_2threads() {
        return issuer.issue(acuse, particular);
    }
}
