package mx.buzon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Runs a batch of labelled tasks once on the calling thread, then on {@link #THREADS} threads at once, and fails
 * unless every thread got exactly the sequential result of every task. Each thread runs the whole batch (or, for
 * slow tasks, its share of it) in its own seeded-shuffled order; a barrier releases all of them together so that
 * they really overlap. A thrown exception
 * is a result too (its type and message), so refused inputs are compared like accepted ones. Byte arrays are
 * compared by content.
 *
 * <p>Shared by every module's {@code ConcurrencyTest} through buzon-calendar's test jar (test scope only).
 */
public final class SameUnderLoad {

    /** How many threads run the batch at once. */
    public static final int THREADS = 8;
    private static final long TIMEOUT_SECONDS = 120;

    /**
     * One operation whose result must not depend on what other threads do.
     *
     * @param label says what it computes, for the failure message
     * @param work the operation; its result is compared with {@link Objects#deepEquals} (return an
     *     {@code Object[]}, not a {@code List}, to compare several byte arrays by content)
     */
    public record Task(String label, Callable<?> work) {
    }

    /** The outcome of a task that threw. */
    private record Thrown(String type, String message) {
    }

    private static final int ATTEMPTS = 5;

    private SameUnderLoad() {
    }

    /**
     * Every thread runs every task.
     *
     * @param seed shuffles each thread's order (thread {@code t} uses {@code seed + t})
     * @param tasks the batch
     */
    public static void assertSameUnderLoad(long seed, List<Task> tasks) throws Exception {
        assertSameUnderLoad(seed, tasks, THREADS);
    }

    /**
     * Each task runs on {@code copies} of the threads (task {@code i} on threads {@code i, i+1, ...} modulo
     * {@link #THREADS}), for batches too slow to run {@link #THREADS} times.
     *
     * @param seed shuffles each thread's order (thread {@code t} uses {@code seed + t})
     * @param tasks the batch
     * @param copies on how many threads each task runs, 1 to {@link #THREADS}
     */
    public static void assertSameUnderLoad(long seed, List<Task> tasks, int copies) throws Exception {
        List<Object> expected = new ArrayList<>(tasks.size());
        for (Task task : tasks) {
            expected.add(outcome(task));
        }
        System.out.printf("seed %d: %d tasks, %d of them throw (compared as type and message)%n", seed, tasks.size(),
                expected.stream().filter(Thrown.class::isInstance).count());
        // The overlap check makes sure the run was concurrent at all. A batch of fast tasks can, on a busy machine,
        // happen to run one thread at a time; then the batch runs again (every run must agree with the sequential
        // one), up to ATTEMPTS times, instead of failing on the scheduler's luck.
        int mostAtOnce = 0;
        for (int attempt = 0; attempt < ATTEMPTS && mostAtOnce < 2; attempt++) {
            mostAtOnce = runConcurrently(seed + attempt * THREADS, tasks, copies, expected);
        }
        assertThat(mostAtOnce).as("seed %d: tasks running at the same moment, in %d runs", seed, ATTEMPTS)
                .isGreaterThan(1);
    }

    private static int runConcurrently(long seed, List<Task> tasks, int copies, List<Object> expected)
            throws Exception {
        Object[][] actual = new Object[THREADS][tasks.size()];
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Object[] results = actual[t];
                int thread = t;
                int[] order = Arrays.stream(shuffledIndexes(tasks.size(), new SplittableRandom(seed + t)))
                        .filter(i -> Math.floorMod(thread - i, THREADS) < copies).toArray();
                threads.add(pool.submit(() -> {
                    start.await();
                    for (int i : order) {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        results[i] = outcome(tasks.get(i));
                        running.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get(TIMEOUT_SECONDS, TimeUnit.SECONDS); // a deadlock fails here instead of hanging the build
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int t = 0; t < THREADS; t++) {
            for (int i = 0; i < tasks.size(); i++) {
                if (Math.floorMod(t - i, THREADS) >= copies) {
                    continue;
                }
                compared++;
                if (!Objects.deepEquals(expected.get(i), actual[t][i])) {
                    differences.add("thread " + t + ", " + tasks.get(i).label() + ": sequential "
                            + describe(expected.get(i)) + ", concurrent " + describe(actual[t][i]));
                }
            }
        }
        assertThat(differences).as("seed %d: %d tasks, %d concurrent results on %d threads; results that differ from"
                + " the sequential run", seed, tasks.size(), compared, THREADS).isEmpty();
        return mostAtOnce.get();
    }

    private static Object outcome(Task task) {
        try {
            return task.work().call();
        } catch (Exception | AssertionError e) {
            return new Thrown(e.getClass().getName(), String.valueOf(e.getMessage()));
        }
    }

    private static int[] shuffledIndexes(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static String describe(Object result) {
        if (result instanceof byte[] bytes) {
            return "byte[" + bytes.length + "] sha256 " + sha256(bytes).substring(0, 16);
        }
        if (result instanceof Object[] parts) {
            return Arrays.stream(parts).map(SameUnderLoad::describe).collect(Collectors.joining(", ", "[", "]"));
        }
        String text = String.valueOf(result);
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
