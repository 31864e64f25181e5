package mx.buzon.acuse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.Efirma;

/**
 * Soak (issue 8, "rendering and verifying 100,000 acuses in one JVM with {@code -Xmx256m}"): issue N complete
 * acuses (firma, sello, PDF/A-3b), cycling through every {@link AcuseTipo}, and verify each one at once with
 * {@link AcusePdfVerifier} (QR, text, signatures, byte-for-byte re-render), on T threads sharing one issuer and
 * one verifier. Every verification must be valid: the first that is not stops the run with its findings and
 * exit status 1. Prints the heap in use after a full GC every N/10, so a leak shows as a rising line, and the
 * total time and rate. Not part of the test suite (it takes minutes); run it on a heap as small as
 * production's, e.g.
 * {@code java -Xmx256m -cp <test classpath> mx.buzon.acuse.bench.AcuseVerifySoak 100000 2}.
 */
public final class AcuseVerifySoak {

    private AcuseVerifySoak() {
    }

    /**
     * @param args total acuses (default 100,000) and threads (default 2)
     * @throws Exception if issuing or verifying throws
     */
    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 100_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long step = Math.max(1, total / 10);
        AcuseIssuer issuer = DomainAcuses.issuer();
        AcusePdfVerifier verifier = AcusePdfVerifier.withInstitution(DomainAcuses.institutionCertificate());
        Efirma particular = DomainAcuses.ERIKA.efirma();
        List<Acuse> acuses = List.of(AcuseTipo.values()).stream().map(DomainAcuses::of).toList();
        Runtime runtime = Runtime.getRuntime();
        AtomicLong next = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        System.out.printf("verify soak: %d acuses (issue + verify, %d tipos in turn), %d threads, max heap %d MiB%n",
                total, acuses.size(), threads, runtime.maxMemory() >> 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    long n;
                    while ((n = next.incrementAndGet()) <= total) {
                        Acuse acuse = acuses.get((int) (n % acuses.size()));
                        IssuedAcuse issued = acuse.tipo().firmaParticular() ? issuer.issue(acuse, particular)
                                : issuer.issue(acuse);
                        AcuseVerification verification = verifier.verify(issued.pdf());
                        if (!verification.isValid() || !verification.findings().isEmpty()) {
                            throw new IllegalStateException("acuse " + n + " (" + acuse.tipo() + ", folio "
                                    + acuse.folio() + ") does not verify: " + verification.findings());
                        }
                        bytes.addAndGet(issued.pdf().length);
                        if (n % step == 0) {
                            System.gc();
                            double seconds = (System.nanoTime() - start) / 1e9;
                            System.out.printf("%,9d acuses  %7.1f s  %6.1f acuses/s  heap used after GC %5.1f MiB%n",
                                    n, seconds, n / seconds,
                                    (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            next.set(total);
            System.err.println("FAILED: " + e.getCause());
            e.getCause().printStackTrace();
            pool.shutdownNow();
            System.exit(1);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("done: %,d acuses issued and verified in %.1f s (%.1f acuses/s, %.1f ms each per thread), "
                + "%.1f KB per PDF on average%n", total, seconds, total / seconds, seconds * 1000 * threads / total,
                bytes.get() / 1024.0 / total);
    }
}
