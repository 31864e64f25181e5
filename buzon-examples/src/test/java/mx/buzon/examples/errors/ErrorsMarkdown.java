package mx.buzon.examples.errors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * docs/ERRORS.md read as data: one {@link Row} per table row that starts with a code, with the {@code ## }
 * heading it sits under.
 *
 * <p>Row format: {@code | `CODIGO` | tipo | `mensaje` | causa | qué hacer |}. A {@code |} inside a cell is
 * written {@code \|} (GitHub tables need it even inside code spans), so cells are split at unescaped pipes and
 * the message's {@code \|} read back as {@code |}.
 */
final class ErrorsMarkdown {

    /** The document, relative to the project root. */
    static final String RELATIVE_PATH = "docs/ERRORS.md";

    private static final Pattern CODE_ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\|");
    private static final Pattern CELL_SEPARATOR = Pattern.compile("(?<!\\\\)\\|");

    /**
     * One table row of the document.
     *
     * @param line 1-based line number
     * @param heading the {@code ## } heading above it, or empty
     * @param code the code in the first cell
     * @param cells every cell, trimmed, the first being the code in backticks
     */
    record Row(int line, String heading, String code, List<String> cells) {

        /** @return the message cell as text, backticks removed and {@code \|} read as {@code |}; empty if absent */
        String message() {
            if (cells.size() < 3) {
                return "";
            }
            String cell = cells.get(2);
            if (cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`")) {
                cell = cell.substring(1, cell.length() - 1);
            }
            return cell.replace("\\|", "|");
        }

        /**
         * @param index 0-based cell index
         * @return the cell, or empty when the row is short
         */
        String cell(int index) {
            return index < cells.size() ? cells.get(index) : "";
        }
    }

    private ErrorsMarkdown() {
    }

    /**
     * The message cell for a template: a code span, pipes escaped for the table.
     *
     * @param template e.g. {@code "La cadena no tiene el formato ||Clave:Valor||: %s"}
     * @return e.g. {@code `La cadena no tiene el formato \|\|Clave:Valor\|\|: %s`}
     */
    static String messageCell(String template) {
        return "`" + template.replace("|", "\\|") + "`";
    }

    /**
     * The project root: the nearest directory, from the working directory up, with a {@code docs} folder and a
     * {@code README.md} (Maven runs a module's tests in the module's directory, one level below).
     *
     * @return the root
     * @throws IllegalStateException when there is none
     */
    static Path projectRoot() {
        Path start = Path.of("").toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("README.md"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (a folder with docs/ and README.md) above " + start);
    }

    /**
     * @param document the Markdown file
     * @return its code rows in document order
     */
    static List<Row> rows(Path document) {
        List<String> lines;
        try {
            lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        String heading = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                heading = line;
                continue;
            }
            Matcher m = CODE_ROW.matcher(line);
            if (m.find()) {
                rows.add(new Row(i + 1, heading, m.group(1), cells(line)));
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") && !inner.endsWith("\\|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : CELL_SEPARATOR.split(inner, -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }
}
