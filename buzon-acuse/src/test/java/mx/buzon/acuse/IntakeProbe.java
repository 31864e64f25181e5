package mx.buzon.acuse;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import mx.buzon.problem.Finding;

/**
 * Verifies each hostile file of {@link HostileFiles} named on the command line (all without arguments) and prints one
 * line per file: {@code name|answer|milliseconds|peak heap MiB|file bytes} (the heap in use sampled every 2 ms), where the answer is the
 * {@link AcuseException}'s code or {@code verdict:} and the findings' codes. {@link BoundedIntakeTest} runs it in a
 * JVM of {@code -Xmx256m}; an {@code OutOfMemoryError} or {@code StackOverflowError} is not caught, so it ends the
 * JVM and fails the test.
 */
public final class IntakeProbe {

    private IntakeProbe() {
    }

    public static void main(String[] args) {
        // The sealed verifier refuses an unsealed file before parsing it, so the hostile files are read the way
        // every verification parses a file once its seal has been checked: AcuseReader (the bounded loader) and
        // the generic cross-check. AcuseSealedIntakeTest drives self-sealed hostile files through AcusePdfVerifier.
        AcuseVerifier verifier = AcuseVerifier.builder(json -> {
            throw new IllegalArgumentException("no claims");
        }).build();
        Map<String, Supplier<byte[]>> files = HostileFiles.all();
        List<String> names = args.length == 0 ? List.copyOf(files.keySet()) : Arrays.asList(args);
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime runtime = Runtime.getRuntime();
            while (true) {
                peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (String name : names) {
            byte[] pdf = files.get(name).get();
            System.gc();
            peak.set(0);
            long start = System.nanoTime();
            String answer;
            try {
                AcuseReader.standard().read(pdf);
                answer = "verdict:" + String.join(",", verifier.verify(pdf).findings().stream().map(Finding::code)
                        .toList());
            } catch (AcuseException e) {
                answer = e.code();
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(name + "|" + answer + "|" + millis + "|" + (peak.get() >> 20) + "|" + pdf.length);
            System.out.flush();
        }
    }
}
