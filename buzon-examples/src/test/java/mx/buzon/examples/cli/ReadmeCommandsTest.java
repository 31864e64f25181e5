package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README promises that its second quick-start command is exactly what CI runs. This keeps that promise
 * true: change one and the other must follow.
 */
class ReadmeCommandsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static List<String> quickStartCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```sh", readme.indexOf("## Quick start"));
        int end = readme.indexOf("```", start + 5);
        return readme.substring(start + 5, end).lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList());
    }

    @Test
    void readme_hasExactlyTwoQuickStartCommands_demoThenTests() throws IOException {
        List<String> commands = quickStartCommands();
        assertThat(commands).hasSize(2);
        assertThat(commands.get(0)).contains("buzon.jar demo");
    }

    @Test
    void ciRun_runsTheReadmeTestCommand() throws IOException {
        String testCommand = quickStartCommands().get(1);
        List<String> ciLines = Files.readAllLines(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toList());
        assertThat(ciLines).contains(testCommand);
    }
}
