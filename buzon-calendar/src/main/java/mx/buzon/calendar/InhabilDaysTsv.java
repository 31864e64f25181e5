package mx.buzon.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A plain-text format for the declared and vacation days a host supplies as data (the format of the SAT data the
 * library ships): one day per line, four tab-separated fields {@code fecha kind motivo fuente}; lines starting
 * with {@code #} and blank lines are ignored.
 *
 * <p>Example line: {@code "2025-04-17\tDECLARED\tJueves Santo\tSAT regla 2.1.6 RMF 2025"}. Use the bare lines
 * with {@code ReferenceCalendars.imss().toBuilder().declareAll(InhabilDaysTsv.parseDays(text)).build()};
 * {@link #parseDays(CharSequence)} is the exact inverse of {@link #formatDays(List)}.
 *
 * <p>Version 2 of the format, the data file ({@link #parse(CharSequence)}, its exact inverse
 * {@link #format(DeclaredDays)}, and {@link #read(Path)} with its {@code byte[]} and {@code InputStream}
 * overloads) adds header lines that older readers skip as comments: {@code #@formato\t2},
 * {@code #@calendario\tIMSS}, {@code #@al\t2026-12-03} (the "as of" date) and one
 * {@code #@confirmado\t2026\tsource} per year whose declared days are complete. Adding a year or a declared day
 * is an edit of such a file, not of code.
 *
 * <p>Reading bytes: UTF-8 (an optional byte order mark is skipped), at most {@link #MAX_BYTES}; a larger input, a
 * file that cannot be read or bytes that are not UTF-8 are {@link CalendarErrorCode#DATOS_ILEGIBLES}, never an
 * {@link IOException} and never a read without bound. Stateless and thread-safe.
 */
public final class InhabilDaysTsv {

    /**
     * The largest data file {@link #read(byte[])} accepts: 1 MiB, a thousand times the shipped IMSS file, so a
     * wrong or hostile file costs bounded memory.
     */
    public static final int MAX_BYTES = 1 << 20;

    private static final String DATA = "de días inhábiles";

    private InhabilDaysTsv() {
    }

    /**
     * Reads a versioned data file (format 2) from its bytes.
     *
     * @param utf8 the file's content, UTF-8, at most {@link #MAX_BYTES}
     * @return the data, as {@link #parse(CharSequence)} gives it
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} when the content is larger than
     *     {@link #MAX_BYTES}, is not UTF-8 or is malformed (see {@link #parse(CharSequence)})
     */
    public static DeclaredDays read(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        if (utf8.length > MAX_BYTES) {
            throw tooLarge();
        }
        return parse(decode(utf8));
    }

    /**
     * Reads a versioned data file (format 2) from a file, e.g. the host's own {@code imss-dias-declarados.tsv}.
     *
     * @param file the file
     * @return the data
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} when the file cannot be read, or as
     *     {@link #read(byte[])}
     */
    public static DeclaredDays read(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA + " (" + file.getFileName() + ")",
                    e.getClass().getSimpleName());
        }
    }

    /**
     * Reads a versioned data file (format 2) from a stream, reading at most {@link #MAX_BYTES} + 1 bytes. The
     * stream is not closed.
     *
     * @param in the stream
     * @return the data
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} when reading fails, or as
     *     {@link #read(byte[])}
     */
    public static DeclaredDays read(InputStream in) {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA, e.getClass().getSimpleName());
        }
        return read(bytes);
    }

    private static CalendarException tooLarge() {
        return new CalendarException(CalendarErrorCode.DATOS_ILEGIBLES, DATA,
                "el archivo mide más de " + MAX_BYTES + " bytes");
    }

    private static String decode(byte[] utf8) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA, "no es texto UTF-8");
        }
    }

    /**
     * Reads the bare day lines of a text (the header lines of format 2, if any, are skipped as comments).
     *
     * @param text the lines, e.g. read from a UTF-8 file
     * @return the days, in the order of the lines
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} naming the line, if a line does not
     *     have four fields, a valid ISO date, a kind {@code DECLARED} or {@code VACATION}, a reason and a source
     */
    public static List<DiaInhabil> parseDays(CharSequence text) {
        List<DiaInhabil> days = new ArrayList<>();
        String[] lines = text.toString().split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length != 4) {
                    throw new IllegalArgumentException("se esperaban 4 campos separados por tabulador, hay "
                            + fields.length);
                }
                InhabilKind kind = InhabilKind.valueOf(fields[1]);
                if (kind != InhabilKind.DECLARED && kind != InhabilKind.VACATION) {
                    throw new IllegalArgumentException("el tipo debe ser DECLARED o VACATION, no " + kind);
                }
                days.add(new DiaInhabil(LocalDate.parse(fields[0]), kind, fields[2], fields[3]));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA + " (línea "
                        + (n + 1) + ")", e.getMessage());
            }
        }
        return List.copyOf(days);
    }

    /**
     * Reads a versioned data file (format 2) from its text: its header and its days; the exact inverse of
     * {@link #format(DeclaredDays)}.
     *
     * @param text the lines, e.g. the shipped {@code imss-dias-declarados.tsv}
     * @return the data
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} naming the line, if the header lacks
     *     {@code #@formato 2}, {@code #@calendario} or {@code #@al}, repeats a year, or a day line is malformed
     */
    public static DeclaredDays parse(CharSequence text) {
        String[] lines = text.toString().split("\r?\n", -1);
        Integer version = null;
        String calendar = null;
        LocalDate asOf = null;
        SortedMap<Integer, String> confirmed = new TreeMap<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            if (!line.startsWith("#@")) {
                continue;
            }
            String[] fields = line.substring(2).split("\t", -1);
            try {
                switch (fields[0]) {
                    case "formato":
                        version = Integer.valueOf(value(fields, 2));
                        if (version != DeclaredDays.FORMAT_VERSION) {
                            throw new IllegalArgumentException("formato " + version + " no soportado (se lee el "
                                    + DeclaredDays.FORMAT_VERSION + ")");
                        }
                        break;
                    case "calendario":
                        calendar = value(fields, 2);
                        break;
                    case "al":
                        asOf = LocalDate.parse(value(fields, 2));
                        break;
                    case "confirmado":
                        if (fields.length != 3 || fields[2].isBlank()) {
                            throw new IllegalArgumentException("#@confirmado lleva un año y la fuente que lo"
                                    + " confirma");
                        }
                        int year = Integer.parseInt(fields[1]);
                        if (confirmed.put(year, fields[2]) != null) {
                            throw new IllegalArgumentException("el año " + year + " está confirmado dos veces");
                        }
                        break;
                    default:
                        throw new IllegalArgumentException("encabezado desconocido #@" + fields[0]);
                }
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA + " (línea "
                        + (n + 1) + ")", e.getMessage());
            }
        }
        if (version == null || calendar == null || asOf == null) {
            throw new CalendarException(CalendarErrorCode.DATOS_ILEGIBLES, DATA,
                    "faltan los encabezados #@formato, #@calendario o #@al");
        }
        try {
            return new DeclaredDays(version, calendar, asOf, confirmed, parseDays(text));
        } catch (IllegalArgumentException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, DATA, e.getMessage());
        }
    }

    private static String value(String[] fields, int expected) {
        if (fields.length != expected || fields[1].isBlank()) {
            throw new IllegalArgumentException("#@" + fields[0] + " lleva un valor");
        }
        return fields[1];
    }

    /**
     * Writes a versioned data file (format 2); {@link #parse(CharSequence)} is its exact inverse.
     *
     * @param data the data
     * @return the text: the header lines, then one line per day
     * @throws IllegalArgumentException if a name or source holds a tab or a line break
     */
    public static String format(DeclaredDays data) {
        StringBuilder text = new StringBuilder();
        requirePlain(data.calendar());
        text.append("#@formato\t").append(data.formatVersion()).append('\n')
                .append("#@calendario\t").append(data.calendar()).append('\n')
                .append("#@al\t").append(data.asOf()).append('\n');
        for (Map.Entry<Integer, String> year : data.confirmedYears().entrySet()) {
            requirePlain(year.getValue());
            text.append("#@confirmado\t").append(year.getKey()).append('\t').append(year.getValue()).append('\n');
        }
        return text.append(formatDays(data.days())).toString();
    }

    private static void requirePlain(String value) {
        if (value.matches("(?s).*[\t\r\n].*")) {
            throw new IllegalArgumentException("A tab or a line break cannot be written in this format: " + value);
        }
    }

    /**
     * Writes bare day lines, one line each, {@code \n} after every line; {@link #parseDays(CharSequence)} is its
     * exact inverse.
     *
     * @param days days of kind {@link InhabilKind#DECLARED} or {@link InhabilKind#VACATION}
     * @return the text
     * @throws IllegalArgumentException if a day has another kind, or a tab or line break in its reason or source
     */
    public static String formatDays(List<DiaInhabil> days) {
        StringBuilder text = new StringBuilder();
        for (DiaInhabil day : days) {
            Objects.requireNonNull(day, "day");
            if (day.kind() != InhabilKind.DECLARED && day.kind() != InhabilKind.VACATION) {
                throw new IllegalArgumentException("Only DECLARED or VACATION days are data, got " + day);
            }
            if (day.motivo().matches("(?s).*[\t\r\n].*") || day.fuente().matches("(?s).*[\t\r\n].*")
                    || day.motivo().startsWith("#")) {
                throw new IllegalArgumentException("A tab, a line break or a leading # cannot be written in this"
                        + " format: " + day);
            }
            text.append(day.fecha()).append('\t').append(day.kind()).append('\t').append(day.motivo()).append('\t')
                    .append(day.fuente()).append('\n');
        }
        return text.toString();
    }
}
