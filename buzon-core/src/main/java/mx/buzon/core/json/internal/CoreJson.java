package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;

/** {@code mx.buzon.core} and the java.time values the domain uses. */
public final class CoreJson {

    private CoreJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerText(m, Instant.class, Instant::toString, Json::instant);
        Json.registerText(m, LocalDate.class, LocalDate::toString, Json::date);
        Json.registerText(m, YearMonth.class, YearMonth::toString, YearMonth::parse);
        Json.register(m, ZoneId.class, (v, g, p) -> g.writeString(v.getId()), (n, r) -> {
            if (!n.isTextual()) {
                throw new IllegalArgumentException("expected a time-zone id string");
            }
            return ZoneId.of(n.textValue());
        });
        Json.registerEnum(m, Severity.class);
        Json.register(m, Finding.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("codigo", v.code());
            g.writeStringField("severidad", v.severity().name());
            g.writeStringField("mensaje", v.message());
            Json.optString(g, "valor", v.offendingValue());
            g.writeEndObject();
        }, (n, r) -> Finding.of(r.text(n, "codigo"), Severity.valueOf(r.text(n, "severidad")), r.text(n, "mensaje"),
                r.optText(n, "valor").orElse(null)));
    }
}
