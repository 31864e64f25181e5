package mx.buzon.examples.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mx.buzon.acuse.AcuseErrorCode;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.core.id.IdentifierErrorCode;
import mx.buzon.crypto.EfirmaErrorCode;
import mx.buzon.examples.cli.CliErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/ERRORS.md is the catalogue of every error code (issue 8): this test keeps it equal to the code.
 *
 * <p>The codes come from scanning the compiled classes of every module on the class path ({@link ErrorCodeScan}),
 * so a new enum or constant anywhere is caught. Each code must have exactly one row, in its enum's section, with
 * exactly its message template, and a tipo, causa and qué hacer a person wrote; the document must name no code
 * the code base lacks. A failure prints the rows to paste.
 */
class ErrorCatalogueTest {

    /** Cells a person has not written yet (what {@link CatalogedCode#rowToPaste()} leaves). */
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)|todo\\b.*|tbd|fixme.*|xxx+|\\.\\.\\.|…|-+|—|\\?+|n/?a|pendiente|por escribir");
    private static final String TABLE_HEADER =
            "| código | tipo | mensaje | causa | qué hacer |\n|---|---|---|---|---|";

    private static Path document;
    private static List<CatalogedCode> codes;
    private static List<ErrorsMarkdown.Row> rows;

    @BeforeAll
    static void read() {
        document = ErrorsMarkdown.projectRoot().resolve(ErrorsMarkdown.RELATIVE_PATH);
        assertThat(document).as("the error catalogue %s (linked from the README)", ErrorsMarkdown.RELATIVE_PATH)
                .isRegularFile();
        codes = ErrorCodeScan.codes();
        rows = ErrorsMarkdown.rows(document);
    }

    @Test
    void scan_ofTheTestClassPath_findsTheErrorCodeEnumOfEveryModule() {
        assertThat(ErrorCodeScan.errorCodeEnums()).as("error-code enums found by scanning the class path")
                .contains(IdentifierErrorCode.class, CalendarErrorCode.class, EfirmaErrorCode.class, AcuseErrorCode.class,
                        CliErrorCode.class);
    }

    @Test
    void errorCodes_acrossAllEnums_areUniqueAndFitInOneTableRow() {
        Map<String, List<String>> owners = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CatalogedCode c : codes) {
            owners.computeIfAbsent(c.code(), k -> new ArrayList<>()).add(c.enumClass().getName());
            if (c.template().contains("`") || c.template().contains("\n")) {
                problems.add(c.code() + ": a template cannot hold a backtick or a line break (one Markdown row each)");
            }
        }
        owners.forEach((code, enums) -> {
            if (enums.size() > 1) {
                problems.add(code + " is declared " + enums.size() + " times: " + enums);
            }
        });
        assertThat(problems).withFailMessage("Error codes must be unique across the SDK:%n%s", lines(problems))
                .isEmpty();
    }

    @Test
    void errorsMd_everyCode_appearsOnceInItsSectionWithItsExactTemplate() {
        Map<String, List<ErrorsMarkdown.Row>> byCode = rows.stream()
                .collect(Collectors.groupingBy(ErrorsMarkdown.Row::code, LinkedHashMap::new, Collectors.toList()));
        List<String> problems = new ArrayList<>();
        Map<Class<?>, List<CatalogedCode>> missing = new LinkedHashMap<>();
        for (CatalogedCode c : codes) {
            List<ErrorsMarkdown.Row> found = byCode.getOrDefault(c.code(), List.of());
            if (found.isEmpty()) {
                missing.computeIfAbsent(c.enumClass(), k -> new ArrayList<>()).add(c);
                continue;
            }
            if (found.size() > 1) {
                problems.add(c.code() + " has " + found.size() + " rows (lines "
                        + found.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", "))
                        + "); keep one.");
            }
            ErrorsMarkdown.Row row = found.get(0);
            if (!row.message().equals(c.template())) {
                problems.add(String.format(Locale.ROOT, "line %d: the message of %s is not the template in %s;"
                        + " the message cell must be exactly:%n    %s", row.line(), c.code(),
                        c.enumClass().getName(), ErrorsMarkdown.messageCell(c.template())));
            }
            if (!row.heading().contains(c.sectionMarker())) {
                problems.add(String.format(Locale.ROOT, "line %d: %s sits under \"%s\"; move it to the section"
                        + " whose heading names %s.", row.line(), c.code(), row.heading(), c.sectionMarker()));
            }
        }
        missing.forEach((type, list) -> problems.add(pasteInstructions(type, list)));
        assertThat(problems).withFailMessage("%s is not equal to the code:%n%s", ErrorsMarkdown.RELATIVE_PATH,
                lines(problems)).isEmpty();
    }

    @Test
    void errorsMd_everyRow_namesACodeOfTheCodeBase() {
        Set<String> known = codes.stream().map(CatalogedCode::code).collect(Collectors.toSet());
        List<String> problems = rows.stream().filter(r -> !known.contains(r.code()))
                .map(r -> "line " + r.line() + ": " + r.code() + " is not a constant of any error-code enum;"
                        + " remove the row, or restore the code if it was removed by mistake (codes are stable).")
                .toList();
        assertThat(problems).withFailMessage("%s names codes the code base lacks:%n%s", ErrorsMarkdown.RELATIVE_PATH,
                lines(problems)).isEmpty();
    }

    @Test
    void errorsMd_everyRow_hasTipoCausaAndQueHacer() {
        List<String> problems = new ArrayList<>();
        for (ErrorsMarkdown.Row row : rows) {
            String where = "line " + row.line() + " (" + row.code() + "): ";
            if (row.cells().size() != 5) {
                problems.add(where + "has " + row.cells().size() + " cells, not 5 (código | tipo | mensaje | causa"
                        + " | qué hacer); a | inside a cell is written \\|.");
                continue;
            }
            String tipo = row.cell(1);
            if (!tipo.startsWith("excepción") && !tipo.startsWith("hallazgo") && !tipo.startsWith("rechazo")) {
                problems.add(where + "tipo \"" + tipo + "\" must start with excepción, hallazgo or rechazo.");
            } else if (tipo.startsWith("hallazgo") && !tipo.contains("ERROR") && !tipo.contains("WARNING")) {
                problems.add(where + "a hallazgo must say its severity (ERROR or WARNING): \"" + tipo + "\".");
            }
            if (isPlaceholder(row.cell(3))) {
                problems.add(where + "write the causa: what makes this code appear, read from the code that emits it.");
            }
            if (isPlaceholder(row.cell(4))) {
                problems.add(where + "write qué hacer: something a support desk or the particular can do.");
            }
        }
        assertThat(problems).withFailMessage("Rows of %s to complete:%n%s", ErrorsMarkdown.RELATIVE_PATH,
                lines(problems)).isEmpty();
    }

    private static boolean isPlaceholder(String cell) {
        return PLACEHOLDER.matcher(cell.strip()).matches();
    }

    private static String pasteInstructions(Class<?> type, List<CatalogedCode> list) {
        String pasteRows = list.stream().map(CatalogedCode::rowToPaste).collect(Collectors.joining("\n"));
        String marker = list.get(0).sectionMarker();
        String heading = rows.stream().map(ErrorsMarkdown.Row::heading).filter(h -> h.contains(marker)).findFirst()
                .orElse(null);
        String then = "Then replace each TODO with the tipo (excepción, hallazgo ERROR/WARNING or rechazo), the"
                + " causa and qué hacer, in Spanish.";
        if (heading != null) {
            return String.format(Locale.ROOT,
                    "%d code(s) of %s have no row. Paste into the table under \"%s\":%n%s%n%s", list.size(),
                    type.getName(), heading, pasteRows, then);
        }
        return String.format(Locale.ROOT, "%s has no section. Add this section (say in English what the codes are"
                + " and where they appear, under the heading):%n## %s: <topic> (<module>, `%s`)%n%n%s%n%s%n%s",
                type.getName(), marker, type.getPackageName(), TABLE_HEADER, pasteRows, then);
    }

    private static String lines(List<String> problems) {
        return problems.stream().map(p -> "- " + p).collect(Collectors.joining("\n"));
    }
}
