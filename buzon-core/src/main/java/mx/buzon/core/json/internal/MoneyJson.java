package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import javax.money.MonetaryAmount;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.FactorActualizacion;
import mx.buzon.core.money.MoneyErrorCode;
import mx.buzon.core.money.Uma;
import mx.buzon.core.money.internal.DecimalAmount;

/**
 * {@code mx.buzon.core.money}: amounts as {@code {"monto":"123.45","moneda":"MXN"}} with the number as a plain
 * decimal string (scale kept), factors and rates as decimal strings.
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
        Json.register(m, MonetaryAmount.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("monto", v.getNumber().numberValueExact(java.math.BigDecimal.class).toPlainString());
            g.writeStringField("moneda", v.getCurrency().getCurrencyCode());
            g.writeEndObject();
        }, (n, r) -> DecimalAmount.of(Json.decimal(r.text(n, "monto")), r.text(n, "moneda")));
        Json.registerEnum(m, MoneyErrorCode.class);
        Json.registerText(m, FactorActualizacion.class, f -> f.value().toPlainString(),
                s -> new FactorActualizacion(Json.decimal(s)));
        Json.register(m, Accesorios.class, (v, g, p) -> {
            g.writeStartObject();
            Json.object(g, p, "historico", v.historico());
            Json.object(g, p, "factor", v.factor());
            Json.object(g, p, "actualizacion", v.actualizacion());
            g.writeNumberField("meses", v.meses());
            g.writeStringField("tasaRecargos", v.tasaRecargos().toPlainString());
            Json.object(g, p, "recargos", v.recargos());
            g.writeEndObject();
        }, (n, r) -> new Accesorios(r.value(n, "historico", MonetaryAmount.class),
                r.value(n, "factor", FactorActualizacion.class), r.value(n, "actualizacion", MonetaryAmount.class),
                r.intValue(n, "meses"), Json.decimal(r.text(n, "tasaRecargos")),
                r.value(n, "recargos", MonetaryAmount.class)));
        Json.register(m, Uma.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeNumberField("year", v.year());
            Json.object(g, p, "valorDiario", v.valorDiario());
            g.writeStringField("vigenteDesde", v.vigenteDesde().toString());
            g.writeStringField("vigenteHasta", v.vigenteHasta().toString());
            g.writeStringField("fuente", v.fuente());
            g.writeEndObject();
        }, (n, r) -> new Uma(r.intValue(n, "year"), r.value(n, "valorDiario", MonetaryAmount.class),
                Json.date(r.text(n, "vigenteDesde")), Json.date(r.text(n, "vigenteHasta")), r.text(n, "fuente")));
    }
}
