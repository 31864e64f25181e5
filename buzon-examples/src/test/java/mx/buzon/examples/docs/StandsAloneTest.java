package mx.buzon.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the repository stands alone. No file in it (docs, Javadoc, comments, test resources) may send a reader
 * to a page that is not in it: the project's working notes (RULES, DESIGN and STYLE, Markdown files kept outside),
 * or the primary sources as they sat next to the repository (the shared folder beside it, its numbered seed
 * files). The legal rules are in docs/LEGAL.md and the design in docs/ARCHITECTURE.md; cite those, or the article
 * itself. The samples below are built by concatenation so that this file does not cite them itself.
 */
class StandsAloneTest {

    /** What points outside. "seed" alone is fine: property tests and fuzzers have random seeds. */
    static final Pattern OUTSIDE = Pattern.compile("(?i)\\b(RULES|DESIGN|STYLE)\\.md\\b|\\.\\./shared\\b"
            + "|\\bshared/seeds\\b|\\bseeds?[ /]0\\d\\d\\b|\\bthe seeds\\b|\\bseeds'");

    /** Folders that are not the repository's text: build output, Git's own files, fuzzing corpora (binary). */
    static final Set<String> SKIPPED_DIRS = Set.of("target", ".git", ".idea");

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))
                    && Files.isDirectory(dir.resolve("buzon-core"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }

    /** The text of a file, or {@code null} when it is not UTF-8 text (a PDF, a fuzzing input). */
    static String text(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException binary) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file of the repository outside {@link #SKIPPED_DIRS}, in path order. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                for (Path part : root.relativize(f)) {
                    if (SKIPPED_DIRS.contains(part.toString())) {
                        return false;
                    }
                }
                return true;
            }).sorted().toList();
        }
    }

    static List<String> mentions(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path f : files(root)) {
            String text = text(f);
            if (text == null) {
                continue;
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher m = OUTSIDE.matcher(lines[i]);
                if (m.find()) {
                    found.add(root.relativize(f) + ":" + (i + 1) + ": \"" + m.group() + "\" in: " + lines[i].strip());
                }
            }
        }
        return found;
    }

    @Test
    void noFile_citesAPageOutsideTheRepository() throws IOException {
        Path root = root();
        assertThat(mentions(root)).withFailMessage("These lines cite pages that are not in the repository; point"
                + " them to docs/LEGAL.md §N, docs/ARCHITECTURE.md or the article of law itself:%n%s",
                String.join(System.lineSeparator(), mentions(root))).isEmpty();
    }

    @Test
    void thePagesCitedInstead_exist() {
        Path root = root();
        assertThat(root.resolve("docs/LEGAL.md")).isRegularFile();
        assertThat(root.resolve("docs/ARCHITECTURE.md")).isRegularFile();
    }

    /** A citation of a numbered section of LEGAL.md, in any file. */
    static final Pattern LEGAL_SECTION = Pattern.compile("LEGAL\\.md (§\\d+(?:, §\\d+)*)");

    @Test
    void everyLegalSectionCited_existsInLegalMd() throws IOException {
        Path root = root();
        String legal = Files.readString(root.resolve("docs/LEGAL.md"));
        List<String> missing = new ArrayList<>();
        for (Path f : files(root)) {
            String text = text(f);
            if (text == null) {
                continue;
            }
            Matcher m = LEGAL_SECTION.matcher(text);
            while (m.find()) {
                for (String section : m.group(1).split(", ")) {
                    if (!legal.contains("\n## " + section + " ")) {
                        missing.add(root.relativize(f) + ": " + section);
                    }
                }
            }
        }
        assertThat(missing).as("citations of docs/LEGAL.md sections that do not exist").isEmpty();
    }

    @Test
    void thePattern_catchesEachKindOfOutsideReference_andNotRandomSeeds() {
        String md = ".md";
        String seeds = "seeds";
        for (String outside : List.of("see RULES" + md + " §3", "DESIGN" + md + ", \"The buzon command line\"",
                "(STYLE" + md + " §5)", ".." + "/shared/" + seeds + "/002_371b38eb783882de.txt",
                "copied from shared/" + seeds + "/", "seed " + "003, V.7",
                "Seeds " + "000 and 004", "(" + seeds + "/001, \"número de folio\")", "Not from the " + seeds + ":",
                "the " + seeds + "' acuses")) {
            assertThat(OUTSIDE.matcher(outside).find()).as(outside).isTrue();
        }
        for (String fine : List.of("new SplittableRandom(SEED)", "with printed seeds", "add seeds under"
                + " <Class>Inputs/", "generated from fixed seeds", "seed-002-lineamientos.txt",
                "docs/LEGAL.md §3", "TestEfirmas.seeded(SEED)")) {
            assertThat(OUTSIDE.matcher(fine).find()).as(fine).isFalse();
        }
    }
}
