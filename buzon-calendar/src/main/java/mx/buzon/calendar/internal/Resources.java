package mx.buzon.calendar.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;

/**
 * Reads the data files shipped in this package (UTF-8, {@code #} comments).
 *
 * <p>Not API. Stateless and thread-safe.
 */
public final class Resources {

    private Resources() {
    }

    /**
     * The non-comment, non-blank lines of a resource of this package, split on tabs.
     *
     * @param name the file name, e.g. {@code "cp-zonas.tsv"}
     * @return the rows
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if it is missing or unreadable
     */
    public static List<String[]> tsv(String name) {
        try (InputStream in = open(name);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException | UncheckedIOException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, name, e.getMessage());
        }
    }

    /**
     * The whole text of a resource of this package (UTF-8), comments included.
     *
     * @param name the file name, e.g. {@code "imss-dias-declarados.tsv"}
     * @return the text
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if it is missing or unreadable
     */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /**
     * All bytes of a resource of this package.
     *
     * @param name the file name
     * @return the bytes
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} if it is missing or unreadable
     */
    public static byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, name, e.getMessage());
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = Resources.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("recurso no encontrado en mx/buzon/calendar/internal");
        }
        return in;
    }
}
