package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/readme-cli.md shows real transcripts of the jar. This replays every {@code console} block in-process, in a
 * folder holding the bundled test e.firmas, and checks that each command still prints exactly what the README
 * shows and ends with the exit code it shows ({@code $ echo $?}). Supported lines: {@code java -jar buzon.jar
 * ARGS [> FILE]}, {@code java -cp buzon.jar SAMPLE}, {@code printf 'TEXT' > FILE}, {@code echo $?}.
 */
class ReadmeCliTest {

    private static final Path README = Path.of("..", "docs", "readme-cli.md");
    private static final Pattern BLOCK = Pattern.compile("```console\n(.*?)```", Pattern.DOTALL);
    private static final Pattern PRINTF = Pattern.compile("printf '(.*)' > (\\S+)");
    private static final Pattern REDIRECT = Pattern.compile("(.*) > (\\S+)");
    private static final Pattern FILE_ARG = Pattern.compile("[\\w./-]+\\.(cer|key|txt|pfx)");

    @TempDir
    Path dir;

    @Test
    void everyTranscript_isWhatTheCommandPrintsNow() throws Exception {
        for (Fixtures.Fixture f : List.of(Fixtures.EKU_FIEL, Fixtures.CACX_FIEL)) {
            Path folder = Files.createDirectories(dir.resolve(f.folder()));
            Files.copy(f.cer(), folder.resolve("certificate.cer"));
            Files.copy(f.key(), folder.resolve("private_key.key"));
            Files.copy(f.password(), folder.resolve("password.txt"));
        }
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher block = BLOCK.matcher(readme);
        int commands = 0;
        while (block.find()) {
            commands += replay(block.group(1));
        }
        assertThat(commands).as("commands replayed from %s", README).isGreaterThanOrEqualTo(20);
    }

    private int replay(String transcript) throws Exception {
        List<String> lines = transcript.lines().toList();
        int commands = 0;
        int lastExit = 0;
        int i = 0;
        while (i < lines.size()) {
            String command = lines.get(i).substring(2);
            assertThat(lines.get(i)).startsWith("$ ");
            int next = i + 1;
            while (next < lines.size() && !lines.get(next).startsWith("$ ")) {
                next++;
            }
            String shown = String.join("\n", lines.subList(i + 1, next));
            i = next;
            Matcher printf = PRINTF.matcher(command);
            if (command.equals("echo $?")) {
                assertThat(shown).as("exit code of the command before 'echo $?'").isEqualTo(String.valueOf(lastExit));
                continue;
            }
            if (printf.matches()) {
                Files.writeString(dir.resolve(printf.group(2)), printf.group(1), StandardCharsets.UTF_8);
                continue;
            }
            commands++;
            if (command.startsWith("java -cp buzon.jar ")) {
                String sample = command.substring("java -cp buzon.jar ".length());
                Object printed = Class.forName(sample).getMethod("run").invoke(null);
                assertThat(shown).as(command).isEqualTo(printed);
                continue;
            }
            String redirect = null;
            Matcher redirected = REDIRECT.matcher(command);
            if (redirected.matches()) {
                command = redirected.group(1);
                redirect = redirected.group(2);
            }
            assertThat(command).startsWith("java -jar buzon.jar ");
            List<String> args = new ArrayList<>();
            for (String arg : command.substring("java -jar buzon.jar ".length()).split(" ")) {
                args.add(FILE_ARG.matcher(arg).matches() ? dir.resolve(arg).toString() : arg);
            }
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            lastExit = BuzonCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err),
                    Clock.fixed(BuzonCliTest.NOW_2026_11_22, ZoneOffset.UTC));
            String printed;
            if (redirect != null) {
                Files.writeString(dir.resolve(redirect), out.toString(), StandardCharsets.UTF_8);
                printed = err.toString();
            } else {
                printed = out.toString() + err;
            }
            assertThat(printed.stripTrailing()).as(command).isEqualTo(shown);
        }
        return commands;
    }

    @Test
    void readmeNamesEveryCliErrorCode() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (CliErrorCode code : CliErrorCode.values()) {
            assertThat(readme).contains("| `" + code.code() + "` | " + code.exitCode() + " |");
        }
    }
}
