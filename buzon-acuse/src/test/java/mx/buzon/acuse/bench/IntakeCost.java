package mx.buzon.acuse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseRenderer;
import mx.buzon.acuse.SampleAcuses;
import mx.buzon.acuse.internal.BoundedPdf;
import mx.buzon.acuse.internal.RawScan;
import org.apache.pdfbox.Loader;

/**
 * What the intake bounds cost on a normal verification (docs/BENCHMARKS.md), timed in one JVM: a full verification
 * of a signed acuse the SDK issued, the raw-byte scan alone ({@link RawScan}), and loading with PDFBox alone against
 * {@link BoundedPdf#open} (scan, load and page-tree walk). The operator, glyph and pixel counters run inside the
 * verification and are part of its time. Run:
 * {@code java -cp <test classpath> mx.buzon.acuse.bench.IntakeCost}; with the arguments {@code verify [times]} only whole
 * verifications are timed (to compare with the classes of the commit before the bounds).
 */
public final class IntakeCost {

    private static volatile Object sink;

    private IntakeCost() {
    }

    public static void main(String[] args) throws IOException {
        byte[] signed;
        try (InputStream in = IntakeCost.class.getResourceAsStream(
                "/mx/buzon/acuse/AcuseFuzzTestInputs/verify/seed-recepcion_promocion.pdf")) {
            signed = in.readAllBytes();
        }
        byte[] multiPage = AcuseRenderer.standard().render(SampleAcuses.multiPage().build());
        AcusePdfVerifier verifier = AcusePdfVerifier.withoutTrustedInstitution();
        if (args.length > 0 && args[0].equals("verify")) {
            // only the verification: run against the classes of another commit to compare whole verifications
            int times = args.length > 1 ? Integer.parseInt(args[1]) : 200;
            for (int round = 0; round < 3; round++) {
                time(round > 0, "verify, signed acuse", times, () -> sink = verifier.verify(signed));
                time(round > 0, "verify, multi-page layout", times, () -> sink = verifier.verify(multiPage));
            }
            return;
        }
        for (int round = 0; round < 2; round++) {
            boolean report = round == 1;
            time(report, "verify, signed acuse (" + signed.length + " B)", 300, () -> sink = verifier.verify(signed));
            time(report, "RawScan.check, signed acuse", 3000, () -> RawScan.check(signed));
            time(report, "Loader.loadPDF + close, signed acuse", 3000, () -> Loader.loadPDF(signed).close());
            time(report, "BoundedPdf.open + close, signed acuse", 3000, () -> BoundedPdf.open(signed).close());
            time(report, "RawScan.check, multi-page layout (" + multiPage.length + " B)", 3000,
                    () -> RawScan.check(multiPage));
            time(report, "Loader.loadPDF + close, multi-page", 3000, () -> Loader.loadPDF(multiPage).close());
            time(report, "BoundedPdf.open + close, multi-page", 3000, () -> BoundedPdf.open(multiPage).close());
        }
    }

    private interface Work {
        void run() throws IOException;
    }

    private static void time(boolean report, String what, int times, Work work) throws IOException {
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            work.run();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / times;
        if (report) {
            System.out.printf(Locale.ROOT, "%-60s %10.1f µs%n", what, micros);
        }
    }
}
