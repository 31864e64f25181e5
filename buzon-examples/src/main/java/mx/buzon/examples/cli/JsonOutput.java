package mx.buzon.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.problem.Finding;

/**
 * The JSON of {@code --json}: exactly one object per command on stdout, built with Jackson's tree model.
 *
 * <p>Conventions (docs/readme-cli.md): instants are ISO-8601 with offset ({@code 2026-03-06T09:30:00-06:00}), dates are
 * ISO-8601 ({@code 2026-03-09}), enums are their constant names ({@code MORAL}, {@code CUARTO_DIA}), findings are
 * {@code {"codigo","mensaje","severidad"}}. The output is indented with two spaces and {@code \n} line breaks
 * on every platform. Stateless and thread-safe.
 */
final class JsonOutput {

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectWriter WRITER;

    static {
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
                Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
        WRITER = MAPPER.writer(pretty);
    }

    private JsonOutput() {
    }

    /** @return a new empty object to fill */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return a new empty array to fill */
    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * @param instant e.g. {@code 2026-03-06T15:30:00Z}
     * @param zone the zone whose offset is shown, e.g. {@code America/Mexico_City}
     * @return e.g. {@code 2026-03-06T09:30:00-06:00} (seconds always shown)
     */
    static String instant(Instant instant, ZoneId zone) {
        OffsetDateTime local = instant.atZone(zone).toOffsetDateTime();
        return (instant.getNano() == 0 ? SECONDS : DateTimeFormatter.ISO_OFFSET_DATE_TIME).format(local);
    }

    /**
     * @param instant e.g. {@code 2027-05-17T04:37:14Z}
     * @return the instant in UTC, e.g. {@code 2027-05-17T04:37:14Z}
     */
    static String instant(Instant instant) {
        return instant(instant, ZoneOffset.UTC);
    }

    /**
     * @param date e.g. 9 March 2026
     * @return {@code 2026-03-09}
     */
    static String date(LocalDate date) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    /**
     * @param dates the dates, in order
     * @return an array of ISO-8601 dates
     */
    static ArrayNode dates(Collection<LocalDate> dates) {
        ArrayNode array = array();
        dates.forEach(d -> array.add(date(d)));
        return array;
    }

    /**
     * @param findings findings of an SDK module
     * @return {@code [{"codigo":...,"mensaje":...,"severidad":"ERROR"|"WARNING"}]}
     */
    static ArrayNode findings(Collection<Finding> findings) {
        ArrayNode array = array();
        for (Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("codigo", finding.code());
            node.put("mensaje", finding.message());
            node.put("severidad", finding.severity().name());
        }
        return array;
    }

    /**
     * @param caveats caveats of a calendar answer (declared days of unconfirmed years)
     * @return {@code [{"codigo":"CALENDARIO_DIAS_NO_CONFIRMADOS","mensaje":"..."}]}, distinct, in order
     */
    static ArrayNode caveats(Collection<CalendarCaveat> caveats) {
        ArrayNode array = array();
        for (CalendarCaveat caveat : new java.util.LinkedHashSet<>(caveats)) {
            ObjectNode node = array.addObject();
            node.put("codigo", caveat.code());
            node.put("mensaje", caveat.message());
        }
        return array;
    }

    /**
     * @param days inhábil days of a calendar
     * @return {@code [{"fecha":"2026-03-16","tipo":"LAW","motivo":"..."}]}
     */
    static ArrayNode inhabiles(Collection<DiaInhabil> days) {
        ArrayNode array = array();
        for (DiaInhabil day : days) {
            ObjectNode node = array.addObject();
            node.put("fecha", date(day.fecha()));
            node.put("tipo", day.kind().name());
            node.put("motivo", day.motivo());
        }
        return array;
    }

    /**
     * @param codigo e.g. {@code EFIRMA_CONTRASENA_INCORRECTA}
     * @param mensaje the Spanish message
     * @return {@code {"error":{"codigo":...,"mensaje":...}}}
     */
    static ObjectNode error(String codigo, String mensaje) {
        ObjectNode root = object();
        ObjectNode error = root.putObject("error");
        error.put("codigo", codigo);
        error.put("mensaje", mensaje);
        return root;
    }

    /**
     * @param node the one object the command prints
     * @return its indented text, without a final line break
     */
    static String toText(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Prints the object and a final line break, and flushes.
     *
     * @param out stdout of the command
     * @param node the one object the command prints
     */
    static void print(PrintWriter out, JsonNode node) {
        out.print(toText(node));
        out.print('\n');
        out.flush();
    }
}
