package mx.buzon.crypto.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * SDK/JCA throughput ratios measured in alternating blocks, so that the machine's slow-varying noise (other
 * builds on the same two cores) hits both sides alike; complements the JMH numbers, which run each benchmark
 * in its own stretch of time. Run after JMH's warm-up-free setup:
 * {@code java -cp <test classpath> mx.buzon.crypto.bench.PairedRatio}.
 */
public final class PairedRatio {

    private PairedRatio() {
    }

    /** A benchmark body. */
    @FunctionalInterface
    interface Op {
        Object run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        EfirmaBench bench = new EfirmaBench();
        bench.setUp();
        report("sign: sdk sello vs jca fresh", bench::sdkSello, bench::jcaFreshSign, 20, 101);
        report("sign: sdk sello vs jca reused", bench::sdkSello, bench::jcaReusedSign, 20, 101);
        report("sign: sdk signature vs jca reused", bench::sdkSignature, bench::jcaReusedSign, 20, 101);
        report("sign: sdk sello vs jca reused+base64", bench::sdkSello, bench::jcaReusedSello, 20, 101);
        report("verify: sdk sello vs jca fresh", bench::sdkVerifySello, bench::jcaFreshVerify, 400, 101);
        report("verify: sdk sello vs jca reused", bench::sdkVerifySello, bench::jcaReusedVerify, 400, 101);
        report("verify: sdk sello vs jca reused+base64", bench::sdkVerifySello, bench::jcaReusedVerifySello, 400,
                101);
        report("verify: sdk signature vs jca reused", bench::sdkVerifySignature, bench::jcaReusedVerify, 400, 101);
    }

    private static void report(String name, Op sdk, Op jca, int block, int rounds) throws Exception {
        for (int i = 0; i < 5; i++) { // warm-up
            time(sdk, block);
            time(jca, block);
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long s;
            long j;
            if (i % 2 == 0) {
                s = time(sdk, block);
                j = time(jca, block);
            } else {
                j = time(jca, block);
                s = time(sdk, block);
            }
            ratios[i] = (double) j / s; // throughput ratio sdk/jca = time jca / time sdk
        }
        Arrays.sort(ratios);
        System.out.printf(Locale.ROOT, "%-40s median %.3f  (q1 %.3f, q3 %.3f, %d rounds of %d ops)%n", name,
                ratios[rounds / 2], ratios[rounds / 4], ratios[3 * rounds / 4], rounds, block);
    }

    private static long time(Op op, int n) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            if (op.run() == null) {
                throw new IllegalStateException();
            }
        }
        return System.nanoTime() - start;
    }
}
