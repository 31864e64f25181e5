package mx.buzon.calendar;

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
 * <p>Example line: {@code "2025-04-17\tDECLARED\tJueves Santo\tSAT regla 2.1.6 RMF 2025"}. Use it with
 * {@code ReferenceCalendars.imss().toBuilder().declareAll(InhabilDaysTsv.parse(text)).build()}.
 * {@link #parse(CharSequence)} is the exact inverse of {@link #format(List)}.
 *
 * <p>Version 2 of the format ({@link #read(CharSequence)}, {@link #write(DeclaredDays)}) adds header lines that
 * older readers skip as comments: {@code #@formato\t2}, {@code #@calendario\tIMSS}, {@code #@al\t2026-12-03}
 * (the "as of" date) and one {@code #@confirmado\t2026\tsource} per year whose declared days are complete.
 * Adding a year or a declared day is an edit of such a file, not of code. Stateless and thread-safe.
 */
public final class InhabilDaysTsv {

    private InhabilDaysTsv() {
    }

    /**
     * Reads the days of a text.
     *
     * @param text the lines, e.g. read from a UTF-8 file
     * @return the days, in the order of the lines
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} naming the line, if a line does not
     *     have four fields, a valid ISO date, a kind {@code DECLARED} or {@code VACATION}, a reason and a source
     */
    public static List<DiaInhabil> parse(CharSequence text) {
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
                throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, "de días inhábiles (línea "
                        + (n + 1) + ")", e.getMessage());
            }
        }
        return List.copyOf(days);
    }

    /**
     * Reads a versioned data file (format 2): its header and its days.
     *
     * @param text the lines, e.g. the shipped {@code imss-dias-declarados.tsv}
     * @return the data
     * @throws CalendarException with {@link CalendarErrorCode#DATOS_ILEGIBLES} naming the line, if the header lacks
     *     {@code #@formato 2}, {@code #@calendario} or {@code #@al}, repeats a year, or a day line is malformed
     */
    public static DeclaredDays read(CharSequence text) {
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
                throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, "de días inhábiles (línea "
                        + (n + 1) + ")", e.getMessage());
            }
        }
        if (version == null || calendar == null || asOf == null) {
            throw new CalendarException(CalendarErrorCode.DATOS_ILEGIBLES, "de días inhábiles",
                    "faltan los encabezados #@formato, #@calendario o #@al");
        }
        try {
            return new DeclaredDays(version, calendar, asOf, confirmed, parse(text));
        } catch (IllegalArgumentException e) {
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, "de días inhábiles", e.getMessage());
        }
    }

    private static String value(String[] fields, int expected) {
        if (fields.length != expected || fields[1].isBlank()) {
            throw new IllegalArgumentException("#@" + fields[0] + " lleva un valor");
        }
        return fields[1];
    }

    /**
     * Writes a versioned data file (format 2); {@link #read(CharSequence)} is its exact inverse.
     *
     * @param data the data
     * @return the text: the header lines, then one line per day
     * @throws IllegalArgumentException if a name or source holds a tab or a line break
     */
    public static String write(DeclaredDays data) {
        StringBuilder text = new StringBuilder();
        requirePlain(data.calendar());
        text.append("#@formato\t").append(data.formatVersion()).append('\n')
                .append("#@calendario\t").append(data.calendar()).append('\n')
                .append("#@al\t").append(data.asOf()).append('\n');
        for (Map.Entry<Integer, String> year : data.confirmedYears().entrySet()) {
            requirePlain(year.getValue());
            text.append("#@confirmado\t").append(year.getKey()).append('\t').append(year.getValue()).append('\n');
        }
        return text.append(format(data.days())).toString();
    }

    private static void requirePlain(String value) {
        if (value.matches("(?s).*[\t\r\n].*")) {
            throw new IllegalArgumentException("A tab or a line break cannot be written in this format: " + value);
        }
    }

    /**
     * Writes days in this format, one line each, {@code \n} after every line.
     *
     * @param days days of kind {@link InhabilKind#DECLARED} or {@link InhabilKind#VACATION}
     * @return the text
     * @throws IllegalArgumentException if a day has another kind, or a tab or line break in its reason or source
     */
    public static String format(List<DiaInhabil> days) {
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
