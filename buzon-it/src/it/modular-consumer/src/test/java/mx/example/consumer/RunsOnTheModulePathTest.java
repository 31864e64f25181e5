package mx.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts {@link IssueAndVerify} as {@code java --module-path <what Maven resolved> --module
 * mx.example.consumer/...}: the module path is the application's classes and its runtime dependencies, nothing
 * added (no --add-modules, no extra jar). The child's real stderr must stay empty: output that bypasses
 * {@code System.err} (a JVM warning, a logging handler) is caught too.
 *
 * <p>Surefire is the runner (not exec-maven-plugin) because the SDK's own build already needs it, so a warm
 * ~/.m2 runs this offline.
 */
class RunsOnTheModulePathTest {

    @Test
    void issuesAndVerifiesAnAcuse_onTheModulePath_printingNothingOnStderr() throws Exception {
        Path target = Path.of("target");
        List<String> modulePath = new ArrayList<>();
        String testPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : testPath.split(File.pathSeparator)) {
            if (!isTestOnly(Path.of(entry))) {
                modulePath.add(entry);
            }
        }
        List<String> names = new ArrayList<>();
        modulePath.forEach(entry -> names.add(Path.of(entry).getFileName().toString()));
        System.out.println("modular consumer: module path " + names);

        Path out = target.resolve("consumer-stdout.txt");
        Path err = target.resolve("consumer-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--module", "mx.example.consumer/mx.example.consumer.IssueAndVerify", target.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the consumer finished within 120 s");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        System.out.print(stdout);
        assertEquals("", stderr, "stderr of the consumer");
        assertEquals(0, child.exitValue(), stdout);
        assertTrue(stdout.contains(" VALIDO; "), stdout);
    }

    /** The test's own classes and the JUnit/Surefire jars, which are not the application's. */
    private static boolean isTestOnly(Path entry) {
        String name = entry.getFileName().toString();
        return name.equals("test-classes") || name.startsWith("junit-") || name.startsWith("opentest4j-")
                || name.startsWith("apiguardian-") || name.startsWith("surefire-")
                || name.startsWith("common-java5-") || name.startsWith("common-junit");
    }
}
