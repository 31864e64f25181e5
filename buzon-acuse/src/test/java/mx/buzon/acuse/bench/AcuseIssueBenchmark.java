package mx.buzon.acuse.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.Efirma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issuing complete acuses (issues 6 and 12): firma del particular (RSA-2048), sello of the test institution
 * (RSA-2048), JSON, PDF/A-3b with QR, and the PAdES seal of the whole file (a third RSA-2048 signature), on
 * one and on two threads sharing one immutable issuer, each against PDFBox writing a
 * minimal one-page PDF with the same fonts ({@link AcuseBenchmark#minimalPdf()}) on the same number of threads in
 * the same run. Throughput is the sum
 * over the threads, so the two-thread ratio shows whether issuing scales like PDFBox itself does.
 *
 * <p>Warm-up is long on purpose: 8 iterations of 3 s. Issuing runs through far more code than the baseline page
 * (PDFBox's font subsetting, Bouncy Castle's CMS, ZXing, Jackson), and on a 2-core machine the two-thread run
 * shares both cores with the JIT compiler threads, so it reaches its steady state only after about 20 s, while
 * the one-thread run leaves the compiler a free core and is steady after a few seconds. With the short warm-up
 * used elsewhere (3 × 2 s) the two-thread figure measures compilation as much as issuing (docs/BENCHMARKS.md,
 * "Two threads"). A command-line {@code -wi}/{@code -w} overrides these annotations; use at least these values
 * when comparing with the published ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 3)
@Measurement(iterations = 6, time = 3)
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

    @Benchmark
    @Threads(1)
    public byte[] baselineMinimalPdfBox_1thread() throws IOException {
        return AcuseBenchmark.minimalPdf();
    }

    @Benchmark
    @Threads(2)
    public byte[] baselineMinimalPdfBox_2threads() throws IOException {
        return AcuseBenchmark.minimalPdf();
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
