package mx.buzon.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.FactorActualizacion;
import mx.buzon.core.money.MoneyErrorCode;
import mx.buzon.core.money.Uma;
import mx.buzon.core.money.internal.DecimalAmount;

/**
 * {@code mx.buzon.core.money}: amounts inside the SDK's types as {@code {"monto":"123.45","moneda":"MXN"}} with
 * the number as a plain decimal string (scale kept), factors and rates as decimal strings. {@code MonetaryAmount}
 * itself is JSR 354's type, not the SDK's, so it is not registered: a host's own amounts keep the host's format.
 */
public final class MoneyJson {

    private MoneyJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerEnum(m, MoneyErrorCode.class);
        Json.registerText(m, FactorActualizacion.class, f -> f.value().toPlainString(),
                s -> new FactorActualizacion(Json.decimal(s)));
        Json.register(m, Accesorios.class, (v, g, p) -> {
            g.writeStartObject();
            amount(g, "historico", v.historico());
            Json.object(g, p, "factor", v.factor());
            amount(g, "actualizacion", v.actualizacion());
            g.writeNumberField("meses", v.meses());
            g.writeStringField("tasaRecargos", v.tasaRecargos().toPlainString());
            amount(g, "recargos", v.recargos());
            g.writeEndObject();
        }, (n, r) -> new Accesorios(amount(n, r, "historico"),
                r.value(n, "factor", FactorActualizacion.class), amount(n, r, "actualizacion"),
                r.intValue(n, "meses"), Json.decimal(r.text(n, "tasaRecargos")),
                amount(n, r, "recargos")));
        Json.register(m, Uma.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeNumberField("year", v.year());
            amount(g, "valorDiario", v.valorDiario());
            g.writeStringField("vigenteDesde", v.vigenteDesde().toString());
            g.writeStringField("vigenteHasta", v.vigenteHasta().toString());
            g.writeStringField("fuente", v.fuente());
            g.writeEndObject();
        }, (n, r) -> new Uma(r.intValue(n, "year"), amount(n, r, "valorDiario"),
                r.date(n, "vigenteDesde"), r.date(n, "vigenteHasta"), r.text(n, "fuente")));
    }

    private static void amount(JsonGenerator g, String name, MonetaryAmount v) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeStringField("monto", v.getNumber().numberValueExact(BigDecimal.class).toPlainString());
        g.writeStringField("moneda", v.getCurrency().getCurrencyCode());
        g.writeEndObject();
    }

    private static MonetaryAmount amount(JsonNode node, Json.Fields r, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isObject()) {
            throw new IllegalArgumentException("field \"" + name + "\" must be an object {\"monto\",\"moneda\"}");
        }
        try {
            return DecimalAmount.of(Json.decimal(r.text(v, "monto")), r.text(v, "moneda"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field \"" + name + "\": " + e.getMessage(), e);
        }
    }
}
