package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.core.cadena.CadenaErrorCode;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.problem.BuzonException;

/** {@code mx.buzon.core.cadena}: the cadena as its exact text, digests as hex, schemas as objects. */
public final class CadenaJson {

    private CadenaJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerText(m, CadenaOriginal.class, CadenaOriginal::toString, s -> {
            try {
                return CadenaOriginal.parse(s);
            } catch (BuzonException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        });
        Json.registerEnum(m, CadenaErrorCode.class);
        Json.registerText(m, Sha256.class, Sha256::toString, Sha256::parse);
        Json.register(m, CadenaField.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("clave", v.key());
            g.writeBooleanField("requerido", v.required());
            g.writeEndObject();
        }, (n, r) -> new CadenaField(r.text(n, "clave"), r.bool(n, "requerido")));
        Json.register(m, CadenaSchema.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("nombre", v.name());
            Json.array(g, p, "campos", v.fields());
            g.writeEndObject();
        }, (n, r) -> new CadenaSchema(r.text(n, "nombre"), r.list(n, "campos", CadenaField.class)));
    }
}
