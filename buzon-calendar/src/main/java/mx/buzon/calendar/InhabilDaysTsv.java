package mx.buzon.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text format for the declared and vacation days a host supplies as data (the format of the SAT data the
 * library ships): one day per line, four tab-separated fields {@code fecha kind motivo fuente}; lines starting
 * with {@code #} and blank lines are ignored.
 *
 * <p>Example line: {@code "2025-04-17\tDECLARED\tJueves Santo\tSAT regla 2.1.6 RMF 2025"}. Use it with
 * {@code ReferenceCalendars.imss().toBuilder().declareAll(InhabilDaysTsv.parse(text)).build()}.
 * {@link #parse(CharSequence)} is the exact inverse of {@link #format(List)}. Stateless and thread-safe.
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
