package mx.buzon.acuse.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import mx.buzon.acuse.AcuseDocument;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseReader;
import mx.buzon.acuse.AcuseRenderer;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.SampleAcuses;
import mx.buzon.core.acuse.AcuseTipo;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * Acuses per second on one thread, against PDFBox writing a minimal one-page PDF with the same two fonts
 * (subset-embedded by PDFBox from the same files) in the same run: the ratio is what the acuse design, PDF/A
 * parts, QR and associated file cost on top of PDFBox's own floor. (The acuse embeds its fonts with its own lean
 * subsetter since 0.3.0, so the floor is no longer a lower bound of the acuse's cost.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class AcuseBenchmark {

    private static final byte[] REGULAR_TTF = font("LiberationSans-Regular.ttf");
    private static final byte[] BOLD_TTF = font("LiberationSans-Bold.ttf");

    private AcuseLayout onePage;
    private AcuseLayout multiPage;
    private byte[] onePagePdf;
    private byte[] signedPdf;
    private AcusePdfVerifier verifier;

    @Setup
    public void setUp() {
        onePage = SampleAcuses.autorizacion().build();
        multiPage = SampleAcuses.multiPage().build();
        onePagePdf = AcuseRenderer.standard().render(onePage);
        signedPdf = DomainAcuses.issuer().issue(DomainAcuses.of(AcuseTipo.RECEPCION_PROMOCION),
                DomainAcuses.ERIKA.efirma()).pdf();
        verifier = AcusePdfVerifier.withInstitution(DomainAcuses.institutionCertificate());
        AcuseVerification first = verifier.verify(signedPdf);
        if (!first.isValid()) {
            throw new IllegalStateException("the benchmark's acuse does not verify: " + first);
        }
    }

    /** The baseline: one page, one line in each font, saved. */
    @Benchmark
    public byte[] baselineMinimalPdfBox() throws IOException {
        return minimalPdf();
    }

    /**
     * PDFBox's floor for a document with the acuse fonts: one page, one line in each font, subset-embedded, saved.
     * Shared by every acuse benchmark so that all of them compare against the same baseline.
     *
     * @return the PDF bytes
     * @throws IOException never in practice (in-memory)
     */
    static byte[] minimalPdf() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR_TTF), true, false);
            PDType0Font bold = PDType0Font.load(document, new RandomAccessReadBuffer(BOLD_TTF), true, false);
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(bold, 12);
                stream.newLineAtOffset(56, 700);
                stream.showText("Acuse de recibo de promoción");
                stream.setFont(regular, 9.5f);
                stream.newLineAtOffset(0, -14);
                stream.showText("Folio: BI-20260313-100717151  RFC: GODE561231GR8  Ernesto Gómez Díaz");
                stream.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Benchmark
    public byte[] renderOnePageAcuse() {
        return AcuseRenderer.standard().render(onePage);
    }

    @Benchmark
    public byte[] renderMultiPageAcuse() {
        return AcuseRenderer.standard().render(multiPage);
    }

    /** Reading back: parse, extract data and text, render the QR's region at 150 dpi and decode it. */
    @Benchmark
    public AcuseDocument readOnePageAcuse() {
        return AcuseReader.standard().read(onePagePdf);
    }

    /**
     * Verifying an uploaded sealed acuse: the seal from the raw bytes (byte range, CMS over the whole file, trust
     * in its certificate), then parse, the JSON (strict), the cadena, the sello and firma (RSA-2048), the
     * particular's certificate at the instant and the labelled visible fields by text extraction. No QR
     * rendering and no re-render.
     */
    @Benchmark
    public AcuseVerification verifySignedAcuse() {
        return verifier.verify(signedPdf);
    }

    /**
     * The font file with its {@code GSUB} table renamed, as the acuse's fonts were loaded until 0.3.0: PDFBox then
     * skips glyph substitution while encoding, so the baseline does the same work as in earlier runs and its
     * ratios stay comparable across versions.
     */
    private static byte[] font(String file) {
        byte[] bytes;
        try (InputStream in = AcuseBenchmark.class.getResourceAsStream("/mx/buzon/acuse/fonts/" + file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int tables = ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (bytes[entry] == 'G' && bytes[entry + 1] == 'S' && bytes[entry + 2] == 'U' && bytes[entry + 3] == 'B') {
                bytes[entry] = 'g';
                bytes[entry + 1] = 's';
                bytes[entry + 2] = 'u';
                bytes[entry + 3] = 'b';
            }
        }
        return bytes;
    }
}
