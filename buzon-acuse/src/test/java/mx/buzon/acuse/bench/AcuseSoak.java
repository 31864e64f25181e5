package mx.buzon.acuse.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.DomainAcuses;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.Efirma;

/**
 * Soak: issue N complete acuses (firma, sello, PDF/A-3b) on T threads sharing one issuer, and print the heap in
 * use after a full GC every step, so a leak shows as a rising line. Not part of the test suite (it takes minutes);
 * run it on a heap as small as production's, e.g.
 * {@code java -Xmx256m -cp <test classpath> mx.buzon.acuse.bench.AcuseSoak 100000 2}.
 */
public final class AcuseSoak {

    private AcuseSoak() {
    }

    /**
     * @param args total acuses (default 100,000) and threads (default 2)
     * @throws Exception if a render fails
     */
    public static void main(String[] args) throws Exception {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 100_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        long step = Math.max(1, total / 10);
        AcuseIssuer issuer = DomainAcuses.issuer();
        Efirma particular = DomainAcuses.ERIKA.efirma();
        Acuse acuse = DomainAcuses.of(AcuseTipo.RECEPCION_PROMOCION);
        Runtime runtime = Runtime.getRuntime();
        AtomicLong done = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        System.out.printf("soak: %d acuses, %d threads, max heap %d MiB%n", total, threads,
                Runtime.getRuntime().maxMemory() >> 20);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long n;
                while ((n = done.incrementAndGet()) <= total) {
                    bytes.addAndGet(issuer.issue(acuse, particular).pdf().length);
                    if (n % step == 0) {
                        System.gc();
                        double seconds = (System.nanoTime() - start) / 1e9;
                        System.out.printf("%,9d acuses  %7.1f s  %6.1f acuses/s  heap used after GC %5.1f MiB%n", n,
                                seconds, n / seconds, (runtime.totalMemory() - runtime.freeMemory()) / 1048576.0);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("done: %,d acuses in %.1f s (%.1f acuses/s), %.1f KB per PDF on average%n", total, seconds,
                total / seconds, bytes.get() / 1024.0 / total);
    }
}
