package mx.buzon.core.evidence.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipInspector;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Inspection of an evidence ZIP against two baselines on the same bytes: the SHA-256 alone (which the
 * inspection includes) and java.util.zip.ZipInputStream listing the entries (which inflates every entry).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ZipInspectorBench {

    /** Number of 64 KiB pseudo-random entries: 1 (~64 KiB file) or 100 (~6.4 MiB file, near the 10 MB limit). */
    @Param({"1", "100"})
    public int entries;

    private byte[] zip;

    @Setup
    public void setUp() throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries; i++) {
                out.putNextEntry(new ZipEntry("evidencia/archivo-" + i + ".pdf"));
                byte[] data = new byte[64 * 1024];
                random.nextBytes(data);
                out.write(data);
                out.closeEntry();
            }
        }
        zip = bytes.toByteArray();
    }

    @Benchmark
    public Sha256 baselineSha256() {
        return Sha256.digest(zip);
    }

    @Benchmark
    public int baselineZipInputStreamListing() {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return n;
    }

    @Benchmark
    public ZipInspection inspect() {
        return ZipInspector.inspect(zip);
    }
}
