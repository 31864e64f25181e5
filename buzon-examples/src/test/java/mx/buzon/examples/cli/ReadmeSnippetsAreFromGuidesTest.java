package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The root README shows Java snippets copied from the module guides (docs/readme-*.md). Each guide's snippets
 * are compiled and run by its module's tests; this test makes sure the README's copies are word for word, so
 * the README is as true as the guides.
 */
class ReadmeSnippetsAreFromGuidesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    private static List<String> javaBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = JAVA_BLOCK.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    @Test
    void everyJavaSnippetInReadme_appearsVerbatimInAGuide() throws IOException {
        String guides;
        try (Stream<Path> files = Files.list(ROOT.resolve("docs"))) {
            guides = files.filter(p -> p.getFileName().toString().startsWith("readme-"))
                    .sorted()
                    .map(p -> {
                        try {
                            return Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .collect(Collectors.joining("\n"));
        }
        List<String> snippets = javaBlocks(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8));
        assertThat(snippets).as("README has Java quick-start snippets").isNotEmpty();
        for (String snippet : snippets) {
            assertThat(guides).as("README snippet must be copied from a tested guide:%n%s", snippet).contains(snippet);
        }
    }
}
