package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;

/**
 * The shared problem vocabulary ({@code mx.buzon.problem}). No java.time type is registered: a host's own
 * {@code Instant} or {@code LocalDate} keeps the format the host gave it; the SDK's types write theirs themselves.
 */
public final class CoreJson {

    private CoreJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
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
