package mx.buzon.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Reads the CSV fixtures of src/test/resources/mx/buzon/calendar (see the README.md there). */
public final class TestData {

    private TestData() {
    }

    /**
     * The rows of dias-inhabiles-2023-2026.csv (the verbatim copy of the reference list) followed by those of
     * dias-inhabiles-ley-2027.csv (the law's days of 2027, same columns), header names as keys.
     */
    public static List<Map<String, String>> diasInhabiles() {
        List<Map<String, String>> rows = new ArrayList<>(csv("dias-inhabiles-2023-2026.csv", false));
        rows.addAll(csv("dias-inhabiles-ley-2027.csv", false));
        return rows;
    }

    /** The rows of cp-huso.csv.gz, header names as keys. */
    public static List<Map<String, String>> cpHuso() {
        return csv("cp-huso.csv.gz", true);
    }

    private static List<Map<String, String>> csv(String name, boolean gzip) {
        try (InputStream raw = TestData.class.getResourceAsStream(name)) {
            if (raw == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            InputStream in = gzip ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = split(reader.readLine());
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                List<String> cells = split(line);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 fields of one line (quotes, doubled quotes). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
