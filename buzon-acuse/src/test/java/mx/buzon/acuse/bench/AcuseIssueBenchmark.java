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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Issuing complete acuses (issues 6 and 12): firma del particular (RSA-2048), sello of the test institution
 * (RSA-2048), JSON, PDF/A-3b with QR, and the PAdES seal of the whole file (a third RSA-2048 signature), on
 * one and on two threads sharing one immutable issuer, each against PDFBox writing a
 * minimal one-page PDF with the same fonts ({@link AcuseBenchmark#minimalPdf()}) on the same number of threads in
 * the same run. Throughput is the sum
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
