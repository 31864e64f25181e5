package mx.buzon.core.json.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.CodigoValidacion;
import mx.buzon.core.medios.ComandoMedios;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.EstadoMedio;
import mx.buzon.core.medios.Habilitacion;
import mx.buzon.core.medios.InMemoryCodigoSender;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosCodigo;
import mx.buzon.core.medios.MedioContacto;
import mx.buzon.core.medios.Rechazo;
import mx.buzon.core.medios.Resultado;

/**
 * {@code mx.buzon.core.medios}: the stored state of a Buzón (so a host can persist it as JSON), the commands
 * and their results. The pending code is stored only as its HMAC under the host's key; the code itself has no JSON form on
 * purpose: {@code CodigoValidacion}, {@code InMemoryCodigoSender.Envio}, {@code ComandoMedios.Validar} (the
 * digits the person typed) and a {@code Resultado.Aceptado} that still carries {@code codigoPorEnviar} refuse to
 * be written. Commands and results are written with a {@code "tipo"} field (the record's simple name).
 */
public final class MediosJson {

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
        Json.registerEnum(m, MediosCodigo.class);
        Json.registerText(m, Ambito.class, Ambito::toString, Ambito::parse);
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
                r.value(n, "registradoEn", Instant.class), r.value(n, "estado", EstadoMedio.class),
                r.optValue(n, "codigoDigest", Sha256.class), r.intValue(n, "intentosFallidos"),
                r.optValue(n, "validadoEn", Instant.class), r.optValue(n, "folioValidacion", Folio.class),
                r.optValue(n, "bajaEn", Instant.class)));
        Json.register(m, Habilitacion.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("habilitadoEn", v.habilitadoEn().toString());
            g.writeStringField("origen", v.origen().name());
            Json.optString(g, "folioAcuse", v.folioAcuse());
            Json.optString(g, "noCertificado", v.noCertificado());
            g.writeEndObject();
        }, (n, r) -> new Habilitacion(r.value(n, "habilitadoEn", Instant.class),
                r.value(n, "origen", Habilitacion.Origen.class), r.optValue(n, "folioAcuse", Folio.class),
                r.optText(n, "noCertificado")));
        Json.register(m, EstadoBuzon.class, (v, g, p) -> {
            g.writeStartObject();
            Json.object(g, p, "particular", v.particular());
            Json.array(g, p, "medios", v.medios());
            Json.optObject(g, p, "habilitacion", v.habilitacion());
            g.writeEndObject();
        }, (n, r) -> new EstadoBuzon(r.value(n, "particular", Particular.class),
                r.list(n, "medios", MedioContacto.class), r.optValue(n, "habilitacion", Habilitacion.class)));
        secrets(m);
        comandos(m);
        resultados(m);
        Json.register(m, Rechazo.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("codigo", v.codigo().name());
            g.writeStringField("mensaje", v.mensaje());
            g.writeEndObject();
        }, (n, r) -> new Rechazo(r.value(n, "codigo", MediosCodigo.class), r.text(n, "mensaje")));
    }

    private static void secrets(SimpleModule m) {
        Json.refuse(m, CodigoValidacion.class, "it is the secret sent to the medio de contacto; the state keeps"
                + " only its HMAC under the host's ClaveCodigos (MedioContacto.codigoDigest)");
        Json.refuse(m, ClaveCodigos.class, "it is the host's secret key for stored validation codes; keep it in the"
                + " host's secret store, never in the state");
        Json.refuse(m, InMemoryCodigoSender.Envio.class, "it carries the CodigoValidacion, a secret");
        Json.refuse(m, ComandoMedios.Validar.class, "its codigo is the secret typed by the person; persist the"
                + " folio and ask for the code again instead");
    }

    private static void comandos(SimpleModule m) {
        Json.registerSealed(m, ComandoMedios.class, Map.of(
                "Registrar", ComandoMedios.Registrar.class,
                "Validar", ComandoMedios.Validar.class,
                "Eliminar", ComandoMedios.Eliminar.class,
                "FirmarTerminos", ComandoMedios.FirmarTerminos.class));
        Json.register(m, ComandoMedios.Registrar.class, (v, g, p) -> {
            g.writeStartObject();
            Json.tipo(g, ComandoMedios.Registrar.class);
            g.writeStringField("mecanismo", v.mecanismo().name());
            g.writeStringField("valor", v.valor());
            g.writeStringField("ambito", v.ambito().toString());
            g.writeEndObject();
        }, (n, r) -> {
            r.tipo(n, ComandoMedios.Registrar.class);
            return new ComandoMedios.Registrar(r.value(n, "mecanismo", Mecanismo.class), r.text(n, "valor"),
                    r.value(n, "ambito", Ambito.class));
        });
        Json.register(m, ComandoMedios.Eliminar.class, (v, g, p) -> {
            g.writeStartObject();
            Json.tipo(g, ComandoMedios.Eliminar.class);
            g.writeStringField("folioRegistro", v.folioRegistro().toString());
            g.writeEndObject();
        }, (n, r) -> {
            r.tipo(n, ComandoMedios.Eliminar.class);
            return new ComandoMedios.Eliminar(r.value(n, "folioRegistro", Folio.class));
        });
        Json.register(m, ComandoMedios.FirmarTerminos.class, (v, g, p) -> {
            g.writeStartObject();
            Json.tipo(g, ComandoMedios.FirmarTerminos.class);
            Json.object(g, p, "acuseSinFirma", v.acuseSinFirma());
            g.writeStringField("firmaBase64", v.firmaBase64());
            g.writeStringField("rfcCertificado", v.rfcCertificado().toString());
            g.writeStringField("noCertificado", v.noCertificado());
            g.writeEndObject();
        }, (n, r) -> {
            r.tipo(n, ComandoMedios.FirmarTerminos.class);
            return new ComandoMedios.FirmarTerminos(r.value(n, "acuseSinFirma", Acuse.class),
                    r.text(n, "firmaBase64"), r.value(n, "rfcCertificado", Rfc.class), r.text(n, "noCertificado"));
        });
    }

    private static void resultados(SimpleModule m) {
        Json.registerSealed(m, Resultado.class, Map.of(
                "Aceptado", Resultado.Aceptado.class,
                "Rechazado", Resultado.Rechazado.class));
        Json.register(m, Resultado.Aceptado.class, (v, g, p) -> {
            if (v.codigoPorEnviar().isPresent()) {
                throw com.fasterxml.jackson.databind.JsonMappingException.from(g, "Resultado.Aceptado with a"
                        + " codigoPorEnviar has no JSON form: the CodigoValidacion is a secret; send it, then write"
                        + " new Resultado.Aceptado(estado, acuse, Optional.empty())");
            }
            g.writeStartObject();
            Json.tipo(g, Resultado.Aceptado.class);
            Json.object(g, p, "estado", v.estado());
            Json.object(g, p, "acuse", v.acuse());
            g.writeEndObject();
        }, (n, r) -> {
            r.tipo(n, Resultado.Aceptado.class);
            if (n.has("codigoPorEnviar")) {
                throw new IllegalArgumentException("field \"codigoPorEnviar\" is a secret and is never read");
            }
            return new Resultado.Aceptado(r.value(n, "estado", EstadoBuzon.class), r.value(n, "acuse", Acuse.class),
                    Optional.empty());
        });
        Json.register(m, Resultado.Rechazado.class, (v, g, p) -> {
            g.writeStartObject();
            Json.tipo(g, Resultado.Rechazado.class);
            Json.object(g, p, "rechazo", v.rechazo());
            Json.object(g, p, "estado", v.estado());
            g.writeEndObject();
        }, (n, r) -> {
            r.tipo(n, Resultado.Rechazado.class);
            return new Resultado.Rechazado(r.value(n, "rechazo", Rechazo.class), r.value(n, "estado",
                    EstadoBuzon.class));
        });
    }
}
