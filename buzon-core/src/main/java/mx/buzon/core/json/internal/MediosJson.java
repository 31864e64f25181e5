package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.CodigoValidacion;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.EstadoMedio;
import mx.buzon.core.medios.Habilitacion;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosErrorCode;
import mx.buzon.core.medios.MedioContacto;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.testing.InMemoryCodigoSender;

/**
 * {@code mx.buzon.core.medios}: the stored state of a Buzón (so a host can persist it as JSON). Its outcomes are
 * the workflows' one {@code Outcome} mapping ({@link WorkflowJson}). The pending code is stored only as its HMAC
 * under the host's key; the code itself has no JSON form on purpose: {@code CodigoValidacion},
 * {@code InMemoryCodigoSender.Envio} and a {@code Registro} (it carries the code to send; its {@code outcome()}
 * has a JSON form) refuse to be written or read.
 */
public final class MediosJson {

    /** Format of a stored {@link EstadoBuzon}. */
    static final Json.Formato ESTADO_BUZON = new Json.Formato("mx.buzon.estado-buzon", 1);

    private MediosJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        Json.registerEnum(m, Mecanismo.class);
        Json.registerEnum(m, EstadoMedio.class);
        Json.registerEnum(m, Habilitacion.Origen.class);
        Json.registerEnum(m, MediosErrorCode.class);
        Json.registerText(m, Ambito.class, Ambito::toString, s -> {
            Ambito a = Ambito.parse(s);
            if (!a.toString().equals(s)) { // JSON carries the canonical form only, so reading and writing are inverses
                throw new IllegalArgumentException("An ámbito is written in canonical form: \"" + s + "\"");
            }
            return a;
        });
        Json.register(m, MedioContacto.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("folioRegistro", v.folioRegistro().toString());
            g.writeStringField("mecanismo", v.mecanismo().name());
            g.writeStringField("valor", v.valor());
            g.writeStringField("ambito", v.ambito().toString());
            g.writeStringField("registradoEn", v.registradoEn().toString());
            g.writeStringField("estado", v.estado().name());
            Json.optString(g, "codigoDigest", v.codigoDigest());
            g.writeNumberField("intentosFallidos", v.intentosFallidos());
            Json.optString(g, "validadoEn", v.validadoEn());
            Json.optString(g, "folioValidacion", v.folioValidacion());
            Json.optString(g, "bajaEn", v.bajaEn());
            g.writeEndObject();
        }, (n, r) -> new MedioContacto(r.value(n, "folioRegistro", Folio.class),
                r.value(n, "mecanismo", Mecanismo.class), r.text(n, "valor"), r.value(n, "ambito", Ambito.class),
                r.instant(n, "registradoEn"), r.value(n, "estado", EstadoMedio.class),
                r.optValue(n, "codigoDigest", Sha256.class), r.intValue(n, "intentosFallidos"),
                r.optInstant(n, "validadoEn"), r.optValue(n, "folioValidacion", Folio.class),
                r.optInstant(n, "bajaEn")));
        Json.register(m, Habilitacion.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("habilitadoEn", v.habilitadoEn().toString());
            g.writeStringField("origen", v.origen().name());
            Json.optString(g, "folioAcuse", v.folioAcuse());
            Json.optString(g, "noCertificado", v.noCertificado());
            g.writeEndObject();
        }, (n, r) -> new Habilitacion(r.instant(n, "habilitadoEn"),
                r.value(n, "origen", Habilitacion.Origen.class), r.optValue(n, "folioAcuse", Folio.class),
                r.optValue(n, "noCertificado", NumeroCertificado.class)));
        Json.register(m, EstadoBuzon.class, (v, g, p) -> {
            g.writeStartObject();
            ESTADO_BUZON.write(g);
            Json.object(g, p, "particular", v.particular());
            Json.array(g, p, "medios", v.medios());
            Json.optObject(g, p, "habilitacion", v.habilitacion());
            g.writeEndObject();
        }, (n, r) -> {
            ESTADO_BUZON.check(n, r, EstadoBuzon.class);
            return new EstadoBuzon(r.value(n, "particular", Particular.class),
                r.list(n, "medios", MedioContacto.class), r.optValue(n, "habilitacion", Habilitacion.class));
        });
        Json.refuse(m, CodigoValidacion.class, "it is the secret sent to the medio de contacto; the state keeps"
                + " only its HMAC under the host's ClaveCodigos (MedioContacto.codigoDigest)");
        Json.refuse(m, ClaveCodigos.class, "it is the host's secret key for stored validation codes; keep it in the"
                + " host's secret store, never in the state");
        Json.refuse(m, InMemoryCodigoSender.Envio.class, "it carries the CodigoValidacion, a secret");
        Json.refuse(m, Registro.class, "it carries the CodigoValidacion to send, a secret; send it, then write"
                + " registro.outcome()");
    }
}
