package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;

/**
 * {@code mx.buzon.core.acuse}. An acuse is read back by rebuilding it from its parts; the stored
 * {@code cadenaOriginal} and the two date-time texts must equal the rebuilt ones exactly, so a changed field
 * (or a changed cadena) is refused rather than silently accepted. A {@code VerificacionUrl} is its template
 * {@code "https://host/path?folio&rfc&sello"} (the three parameter names in order).
 */
public final class AcuseJson {

    private AcuseJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerEnum(m, AcuseTipo.class);
        Json.register(m, DatosParticular.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("rfc", v.rfc().toString());
            g.writeStringField("nombre", v.nombre());
            Json.optString(g, "curp", v.curp());
            Json.optString(g, "registroPatronal", v.registroPatronal());
            g.writeEndObject();
        }, (n, r) -> new DatosParticular(r.value(n, "rfc", Rfc.class), r.text(n, "nombre"),
                r.optValue(n, "curp", Curp.class), r.optValue(n, "registroPatronal", RegistroPatronal.class)));
        Json.register(m, Particular.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("rfc", v.rfc().toString());
            g.writeStringField("nombre", v.nombre());
            Json.optString(g, "curp", v.curp());
            Json.array(g, p, "registrosPatronales", v.registrosPatronales());
            g.writeStringField("codigoPostal", v.codigoPostal());
            g.writeEndObject();
        }, (n, r) -> new Particular(r.value(n, "rfc", Rfc.class), r.text(n, "nombre"),
                r.optValue(n, "curp", Curp.class), r.list(n, "registrosPatronales", RegistroPatronal.class),
                r.text(n, "codigoPostal")));
        Json.registerText(m, VerificacionUrl.class, AcuseJson::template, AcuseJson::verificacionUrl);
        Json.register(m, Acuse.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("tipo", v.tipo().name());
            g.writeStringField("folio", v.folio().toString());
            g.writeStringField("emitidoEn", v.emitidoEn().toString());
            g.writeStringField("fechaHoraCentro", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.fechaHoraCentro()));
            g.writeStringField("zonaDomicilio", v.zonaDomicilio().getId());
            g.writeStringField("fechaHoraDomicilio",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(v.fechaHoraDomicilio()));
            Json.object(g, p, "particular", v.particular());
            g.writeObjectFieldStart("campos");
            for (Map.Entry<String, String> e : v.campos().entrySet()) {
                g.writeStringField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeStringField("cadenaOriginal", v.cadenaOriginal().toString());
            Json.optString(g, "firmaParticular", v.firmaParticular());
            Json.optString(g, "selloDigital", v.selloDigital());
            g.writeEndObject();
        }, AcuseJson::readAcuse);
    }

    private static Acuse readAcuse(JsonNode n, Json.Fields r) throws java.io.IOException {
        AcuseTipo tipo = r.value(n, "tipo", AcuseTipo.class);
        Folio folio = r.value(n, "folio", Folio.class);
        Instant emitidoEn = Json.instant(r.text(n, "emitidoEn"));
        ZoneId zona = ZoneId.of(r.text(n, "zonaDomicilio"));
        DatosParticular particular = r.value(n, "particular", DatosParticular.class);
        JsonNode camposNode = n.get("campos");
        if (camposNode == null || !camposNode.isObject()) {
            throw new IllegalArgumentException("field \"campos\" must be an object");
        }
        Map<String, String> campos = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : camposNode.properties()) {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException("campo \"" + e.getKey() + "\" must be a string");
            }
            campos.put(e.getKey(), e.getValue().textValue());
        }
        Acuse acuse = Acuse.of(tipo, folio, emitidoEn, zona, particular, campos);
        if (!r.attribute(mx.buzon.core.json.BuzonModule.ACUSE_SIN_COMPROBAR_TEXTOS)) {
            checkStoredTexts(n, r, acuse, campos);
        }
        Optional<String> firma = r.optText(n, "firmaParticular");
        Optional<String> sello = r.optText(n, "selloDigital");
        if (firma.isPresent()) {
            acuse = acuse.withFirma(firma.get());
        }
        if (sello.isPresent()) {
            acuse = acuse.withSello(sello.get());
        }
        return acuse;
    }

    /** The stored derived texts must equal the rebuilt ones: a mismatch means the data was altered. */
    private static void checkStoredTexts(JsonNode n, Json.Fields r, Acuse acuse, Map<String, String> campos) {
        // The rebuilt cadena is canonical, so comparing texts is enough (no need to parse the stored one).
        String stored = r.text(n, "cadenaOriginal");
        if (!stored.equals(acuse.cadenaOriginal().toString())) {
            throw new IllegalArgumentException("cadenaOriginal does not match the acuse's fields: stored "
                    + stored + ", rebuilt " + acuse.cadenaOriginal());
        }
        if (!campos.equals(acuse.campos())) {
            throw new IllegalArgumentException("campos are not in normalised form: " + campos);
        }
        check(r.text(n, "fechaHoraCentro"), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(acuse.fechaHoraCentro()),
                "fechaHoraCentro");
        check(r.text(n, "fechaHoraDomicilio"),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(acuse.fechaHoraDomicilio()), "fechaHoraDomicilio");
    }

    /** {@code VerificacionUrl[https://h/p?a&b&c]} (its documented toString) without the brackets. */
    private static String template(VerificacionUrl v) {
        String s = v.toString();
        return s.substring("VerificacionUrl[".length(), s.length() - 1);
    }

    private static VerificacionUrl verificacionUrl(String text) {
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("https://([^/?]+)([^?]*)\\?([^&]+)&([^&]+)&([^&]+)")
                .matcher(text);
        if (!t.matches()) {
            throw new IllegalArgumentException("a VerificacionUrl is \"https://host/path?folio&rfc&sello\", got \""
                    + text + "\"");
        }
        VerificacionUrl v = VerificacionUrl.of(t.group(1), t.group(2)).withParameterNames(t.group(3), t.group(4),
                t.group(5));
        if (!template(v).equals(text)) {
            throw new IllegalArgumentException("not in canonical form: \"" + text + "\"");
        }
        return v;
    }

    private static void check(String stored, String rebuilt, String name) {
        if (!stored.equals(rebuilt)) {
            throw new IllegalArgumentException(name + " is " + stored + " but the instant gives " + rebuilt);
        }
    }
}
