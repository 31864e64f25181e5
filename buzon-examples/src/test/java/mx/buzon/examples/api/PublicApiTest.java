package mx.buzon.examples.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public surface of every module is a file under review (docs/api/&lt;artifact&gt;.txt): this test lists the
 * exported packages of each module from its compiled classes ({@link ApiListing}, JDK only) and fails when the
 * listing differs from the checked-in file, printing the difference and how to regenerate. So a change to the API
 * is a reviewed diff of that file, never an accident.
 *
 * <p>Regenerate after a deliberate change (rewrites every file):
 * {@value #REGENERATE}
 */
class PublicApiTest {

    static final String REGENERATE = "mvn -B -ntp -pl buzon-examples -am verify -Dtest=PublicApiTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dapi.update=true";
    static final Path DIR = Path.of("..", "docs", "api");
    static final boolean UPDATE = Boolean.getBoolean("api.update");

    static Stream<Arguments> modules() {
        return Stream.of(
                Arguments.of("buzon-calendar", mx.buzon.calendar.CalendarException.class),
                Arguments.of("buzon-core", mx.buzon.core.workflow.Outcome.class),
                Arguments.of("buzon-crypto", mx.buzon.crypto.EfirmaErrorCode.class),
                Arguments.of("buzon-acuse", mx.buzon.acuse.AcuseErrorCode.class),
                Arguments.of("buzon-examples", mx.buzon.examples.cli.CliErrorCode.class));
    }

    static String listing(String artifact, Class<?> anyClass) {
        ApiListing l = ApiListing.of(anyClass);
        return l.text(List.of(
                "Public API of " + artifact + " (JPMS module " + l.moduleName() + "): the public and protected types",
                "and members of its exported packages, listed from the compiled classes by PublicApiTest",
                "(buzon-examples). Do not edit by hand: a change of the API shows as a diff of this file.",
                "Regenerate after a deliberate change: " + REGENERATE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void publicApi_isTheCheckedInListing(String artifact, Class<?> anyClass) throws IOException {
        String actual = listing(artifact, anyClass);
        Path file = DIR.resolve(artifact + ".txt");
        if (UPDATE) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.out.println("[PublicApiTest] wrote " + file.toAbsolutePath().normalize());
            return;
        }
        String expected = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        if (!expected.equals(actual)) {
            throw new AssertionError("The public API of " + artifact + " differs from " + file.normalize()
                    + " (lines starting with - are in the file but no longer in the code; + are new):\n"
                    + diff(expected, actual) + "\nIf the change is deliberate, regenerate every listing with\n  "
                    + REGENERATE + "\nand commit docs/api/ with the change, so the review sees the new surface.");
        }
    }

    /** The listing is not vacuous: it finds types and members, and hides what is not API. */
    @Test
    void listing_showsSignaturesAndHidesInternals() {
        String core = listing("buzon-core", mx.buzon.core.workflow.Outcome.class);
        assertThat(core).contains("package mx.buzon.core.workflow (")
                .contains("public sealed interface mx.buzon.core.workflow.Outcome<S> permits ")
                .contains("method public static <S> mx.buzon.core.workflow.Outcome<S> rejected(S,"
                        + "mx.buzon.core.workflow.Rejection)")
                .contains("public record mx.buzon.core.workflow.Rejection(mx.buzon.problem.ErrorCode errorCode, ")
                .doesNotContain("mx.buzon.core.workflow.internal").doesNotContain("mx.buzon.core.json.internal")
                .doesNotContain("private ");
        assertThat(ApiListing.of(mx.buzon.core.workflow.Outcome.class).publicTypesPerPackage())
                .containsKey("mx.buzon.core.medios").doesNotContainKey("mx.buzon.core.workflow.internal");
    }

    @Test
    void diff_namesRemovedAndAddedLines() {
        assertThat(diff("a\nb\nc\n", "a\nc\nd\n")).contains("- b").contains("+ d").doesNotContain("- a");
        String before = "public final class p.A\n    method public static void run()\n";
        String after = before + "public final class p.B\n    method public static void run()\n";
        assertThat(diff(before, after)).contains("+ public final class p.B")
                .contains("+ p.B :: method public static void run()").doesNotContain("p.A ::");
    }

    /**
     * Lines only in {@code expected} (-) and only in {@code actual} (+), in order; at most 200 of each. A member
     * line is keyed by its type ({@code "Type :: member"}), so the same member of two types is not confused.
     */
    static String diff(String expected, String actual) {
        Set<String> before = keyed(expected);
        Set<String> after = keyed(actual);
        List<String> out = new ArrayList<>();
        before.stream().filter(l -> !after.contains(l)).limit(200).forEach(l -> out.add("- " + l));
        after.stream().filter(l -> !before.contains(l)).limit(200).forEach(l -> out.add("+ " + l));
        return String.join("\n", out);
    }

    private static Set<String> keyed(String listing) {
        Set<String> out = new LinkedHashSet<>();
        String type = "";
        for (String line : listing.lines().toList()) {
            if (line.startsWith("    ")) {
                out.add(type + " :: " + line.strip());
            } else {
                if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("package ")) {
                    type = line.contains("(") ? line.substring(0, line.indexOf('(')) : line;
                    type = type.substring(type.lastIndexOf(' ') + 1);
                }
                out.add(line);
            }
        }
        return out;
    }
}
