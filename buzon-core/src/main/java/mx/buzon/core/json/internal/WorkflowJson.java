package mx.buzon.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.contacto.CorreoElectronico;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonJsonException;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.EstadoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionErrorCode;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.EstatusPromocion;
import mx.buzon.core.promocion.Evidencia;
import mx.buzon.core.promocion.FiltroTablero;
import mx.buzon.core.promocion.Movimiento;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionErrorCode;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.AutorizacionTercero;
import mx.buzon.core.servicios32d.OpinionCumplimiento;
import mx.buzon.core.servicios32d.SentidoOpinion;
import mx.buzon.core.servicios32d.Servicios32DErrorCode;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.core.workflow.internal.Steps;
import mx.buzon.problem.Finding;

/**
 * {@code mx.buzon.core.promocion}, {@code notificacion}, {@code servicios32d} and {@code workflow}: the workflows'
 * states, commands and rejections (so a host can persist them as JSON). Records are objects named by their
 * components; absent optionals are omitted; {@link Rejection#error()} is written as its code string and read back
 * from the workflows' code enums ({@link Steps#REJECTION_CODES}). An {@link Outcome} of any workflow, medios de
 * contacto included, is {@code {"tipo":"Accepted","state":{...},"acuse"?:{...}}} or
 * {@code {"tipo":"Rejected","state"?:{...},"reason":{...}}}; the state's type is not written, so an outcome with a
 * state is read with its type argument ({@code BuzonModule.outcomeType(EstadoBuzon.class)} or a
 * {@code TypeReference}).
 */
public final class WorkflowJson {

    /** Format of a stored {@link Promocion}. */
    static final Json.Formato PROMOCION = new Json.Formato("mx.buzon.promocion", 1);
    /** Format of a stored {@link Notificacion}. */
    static final Json.Formato NOTIFICACION = new Json.Formato("mx.buzon.notificacion", 1);
    /** Format of a stored {@link TercerosAutorizados}. */
    static final Json.Formato TERCEROS_AUTORIZADOS = new Json.Formato("mx.buzon.terceros-autorizados", 1);
    /** Format of a stored {@link AutorizacionOpinionPublica}. */
    static final Json.Formato OPINION_PUBLICA = new Json.Formato("mx.buzon.opinion-publica", 1);

    private WorkflowJson() {
    }

    /**
     * Registers the types.
     *
     * @param m the module
     */
    public static void register(SimpleModule m) {
        promociones(m);
        notificaciones(m);
        servicios32d(m);
        outcomes(m);
        contacto(m);
        Json.register(m, Rejection.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("codigo", v.code());
            g.writeStringField("mensaje", v.message());
            Json.optString(g, "valor", v.offendingValue());
            Json.array(g, p, "hallazgos", v.findings());
            g.writeEndObject();
        }, (n, r) -> new Rejection(Steps.rejectionCode(r.text(n, "codigo")), r.text(n, "mensaje"),
                r.optText(n, "valor"), r.list(n, "hallazgos", Finding.class)));
    }

    private static void contacto(SimpleModule m) {
        Json.registerEnum(m, ContactoErrorCode.class);
        Json.registerText(m, Telefono.class, Telefono::toString, t -> {
            Telefono v = Telefono.parse(t);
            if (!v.toString().equals(t)) {
                throw new IllegalArgumentException("a Telefono is written as its 10 digits, got \"" + t + "\"");
            }
            return v;
        });
        Json.registerText(m, CorreoElectronico.class, CorreoElectronico::toString, t -> {
            CorreoElectronico v = CorreoElectronico.parse(t);
            if (!v.toString().equals(t)) {
                throw new IllegalArgumentException("a CorreoElectronico is written in its normal form, got \""
                        + t + "\"");
            }
            return v;
        });
    }

    private static void promociones(SimpleModule m) {
        Json.registerEnum(m, EstatusPromocion.class);
        Json.registerEnum(m, PromocionErrorCode.class);
        Json.register(m, Evidencia.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("nombreArchivo", v.nombreArchivo());
            g.writeNumberField("tamanoBytes", v.tamanoBytes());
            g.writeStringField("sha256", v.sha256().toString());
            g.writeEndObject();
        }, (n, r) -> new Evidencia(r.text(n, "nombreArchivo"), r.longValue(n, "tamanoBytes"),
                r.value(n, "sha256", Sha256.class)));
        Json.register(m, ArchivoEvidencia.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("nombreArchivo", v.nombreArchivo());
            Json.object(g, p, "inspeccion", v.inspeccion());
            g.writeEndObject();
        }, (n, r) -> new ArchivoEvidencia(r.text(n, "nombreArchivo"), r.value(n, "inspeccion", ZipInspection.class)));
        Json.register(m, Movimiento.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("estatus", v.estatus().name());
            g.writeStringField("el", v.el().toString());
            g.writeStringField("folioAcuse", v.folioAcuse().toString());
            Json.optString(g, "asunto", v.asunto().map(Enum::name));
            Json.optString(g, "nuevaFechaRespuesta", v.nuevaFechaRespuesta());
            Json.optString(g, "respuestaSha256", v.respuestaSha256());
            g.writeEndObject();
        }, (n, r) -> new Movimiento(r.value(n, "estatus", EstatusPromocion.class), r.instant(n, "el"),
                r.value(n, "folioAcuse", Folio.class), r.optValue(n, "asunto", AsuntoPromocion.class),
                r.optDate(n, "nuevaFechaRespuesta"),
                r.optValue(n, "respuestaSha256", Sha256.class)));
        Json.register(m, Promocion.class, (v, g, p) -> {
            g.writeStartObject();
            PROMOCION.write(g);
            g.writeStringField("folio", v.folio().toString());
            Json.object(g, p, "particular", v.particular());
            g.writeStringField("tipo", v.tipo().name());
            g.writeStringField("asunto", v.asunto().name());
            g.writeStringField("descripcion", v.descripcion());
            Json.optString(g, "telefono", v.telefono());
            Json.optObject(g, p, "evidencia", v.evidencia());
            g.writeStringField("zonaDomicilio", v.zonaDomicilio().getId());
            g.writeStringField("presentadaEl", v.presentadaEl().toString());
            g.writeStringField("recibidaEl", v.recibidaEl().toString());
            g.writeStringField("fechaRecepcion", v.fechaRecepcion().toString());
            Json.array(g, p, "historial", v.historial());
            g.writeEndObject();
        }, (n, r) -> {
            PROMOCION.check(n, r, Promocion.class);
            return new Promocion(r.value(n, "folio", Folio.class), r.value(n, "particular", Particular.class),
                r.value(n, "tipo", TipoPromocion.class), r.value(n, "asunto", AsuntoPromocion.class),
                r.text(n, "descripcion"), r.optValue(n, "telefono", Telefono.class),
                r.optValue(n, "evidencia", Evidencia.class), r.zone(n, "zonaDomicilio"),
                r.instant(n, "presentadaEl"), r.instant(n, "recibidaEl"),
                r.date(n, "fechaRecepcion"), r.list(n, "historial", Movimiento.class));
        });
        Json.register(m, SolicitudPromocion.class, (v, g, p) -> {
            g.writeStartObject();
            Json.object(g, p, "particular", v.particular());
            g.writeStringField("tipo", v.tipo().name());
            g.writeStringField("asunto", v.asunto().name());
            g.writeStringField("descripcion", v.descripcion());
            Json.optString(g, "telefono", v.telefono());
            Json.optObject(g, p, "evidencia", v.evidencia());
            g.writeEndObject();
        }, (n, r) -> new SolicitudPromocion(r.value(n, "particular", Particular.class),
                r.value(n, "tipo", TipoPromocion.class), r.value(n, "asunto", AsuntoPromocion.class),
                r.text(n, "descripcion"), r.optText(n, "telefono"),
                r.optValue(n, "evidencia", ArchivoEvidencia.class)));
        Json.register(m, FiltroTablero.class, (v, g, p) -> {
            g.writeStartObject();
            Json.optString(g, "asunto", v.asunto().map(Enum::name));
            Json.optString(g, "estatus", v.estatus().map(Enum::name));
            Json.optString(g, "recibidaDesde", v.recibidaDesde());
            Json.optString(g, "recibidaHasta", v.recibidaHasta());
            g.writeEndObject();
        }, (n, r) -> new FiltroTablero(r.optValue(n, "asunto", AsuntoPromocion.class),
                r.optValue(n, "estatus", EstatusPromocion.class), r.optDate(n, "recibidaDesde"),
                r.optDate(n, "recibidaHasta")));
    }

    private static void notificaciones(SimpleModule m) {
        Json.registerEnum(m, EstadoNotificacion.class);
        Json.registerEnum(m, NotificacionErrorCode.class);
        Json.register(m, AvisoNotificacion.class, (v, g, p) -> {
            g.writeStartObject();
            Json.object(g, p, "particular", v.particular());
            g.writeStringField("acto", v.acto().name());
            g.writeStringField("documentoSha256", v.documentoSha256().toString());
            Json.optString(g, "referencia", v.referencia());
            g.writeEndObject();
        }, (n, r) -> new AvisoNotificacion(r.value(n, "particular", Particular.class),
                r.value(n, "acto", ActoNotificable.class), r.value(n, "documentoSha256", Sha256.class),
                r.optText(n, "referencia")));
        Json.register(m, Notificacion.class, (v, g, p) -> {
            g.writeStartObject();
            NOTIFICACION.write(g);
            g.writeStringField("folio", v.folio().toString());
            Json.object(g, p, "particular", v.particular());
            g.writeStringField("acto", v.acto().name());
            g.writeStringField("documentoSha256", v.documentoSha256().toString());
            Json.optString(g, "referencia", v.referencia());
            g.writeStringField("zonaDomicilio", v.zonaDomicilio().getId());
            g.writeStringField("avisoEl", v.avisoEl().toString());
            g.writeStringField("estado", v.estado().name());
            Json.optString(g, "aperturaEl", v.aperturaEl());
            Json.optString(g, "notificadaEl", v.notificadaEl());
            Json.optString(g, "surteEfectos", v.surteEfectos());
            Json.optString(g, "folioAcuse", v.folioAcuse());
            g.writeEndObject();
        }, (n, r) -> {
            NOTIFICACION.check(n, r, Notificacion.class);
            return new Notificacion(r.value(n, "folio", Folio.class), r.value(n, "particular", Particular.class),
                r.value(n, "acto", ActoNotificable.class), r.value(n, "documentoSha256", Sha256.class),
                r.optText(n, "referencia"), r.zone(n, "zonaDomicilio"),
                r.instant(n, "avisoEl"), r.value(n, "estado", EstadoNotificacion.class),
                r.optInstant(n, "aperturaEl"), r.optInstant(n, "notificadaEl"),
                r.optDate(n, "surteEfectos"), r.optValue(n, "folioAcuse", Folio.class));
        });
    }

    private static void servicios32d(SimpleModule m) {
        Json.registerEnum(m, SentidoOpinion.class);
        Json.registerEnum(m, Servicios32DErrorCode.class);
        Json.register(m, AutorizacionTercero.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("tercero", v.tercero().toString());
            g.writeStringField("autorizadaEl", v.autorizadaEl().toString());
            g.writeStringField("folioAcuse", v.folioAcuse().toString());
            g.writeEndObject();
        }, (n, r) -> new AutorizacionTercero(r.value(n, "tercero", Rfc.class),
                r.instant(n, "autorizadaEl"), r.value(n, "folioAcuse", Folio.class)));
        Json.register(m, TercerosAutorizados.class, (v, g, p) -> {
            g.writeStartObject();
            TERCEROS_AUTORIZADOS.write(g);
            Json.object(g, p, "particular", v.particular());
            Json.array(g, p, "vigentes", v.vigentes());
            Json.optString(g, "ultimoMovimientoEl", v.ultimoMovimientoEl());
            g.writeEndObject();
        }, (n, r) -> {
            TERCEROS_AUTORIZADOS.check(n, r, TercerosAutorizados.class);
            return new TercerosAutorizados(r.value(n, "particular", Particular.class),
                r.list(n, "vigentes", AutorizacionTercero.class),
                r.optInstant(n, "ultimoMovimientoEl"));
        });
        Json.register(m, AutorizacionOpinionPublica.class, (v, g, p) -> {
            g.writeStartObject();
            OPINION_PUBLICA.write(g);
            Json.object(g, p, "particular", v.particular());
            Json.optString(g, "autorizadaEl", v.autorizadaEl());
            Json.optString(g, "folioAcuse", v.folioAcuse());
            Json.optString(g, "ultimoMovimientoEl", v.ultimoMovimientoEl());
            g.writeEndObject();
        }, (n, r) -> {
            OPINION_PUBLICA.check(n, r, AutorizacionOpinionPublica.class);
            return new AutorizacionOpinionPublica(r.value(n, "particular", Particular.class),
                r.optInstant(n, "autorizadaEl"), r.optValue(n, "folioAcuse", Folio.class),
                r.optInstant(n, "ultimoMovimientoEl"));
        });
        Json.register(m, OpinionCumplimiento.class, (v, g, p) -> {
            g.writeStartObject();
            g.writeStringField("folio", v.folio().toString());
            g.writeStringField("rfc", v.rfc().toString());
            g.writeStringField("sentido", v.sentido().name());
            g.writeStringField("generadaEl", v.generadaEl().toString());
            g.writeEndObject();
        }, (n, r) -> new OpinionCumplimiento(r.value(n, "folio", Folio.class), r.value(n, "rfc", Rfc.class),
                r.value(n, "sentido", SentidoOpinion.class), r.instant(n, "generadaEl")));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void outcomes(SimpleModule m) {
        m.addSerializer(Outcome.class, Json.serializer((Outcome v, com.fasterxml.jackson.core.JsonGenerator g,
                com.fasterxml.jackson.databind.SerializerProvider p) -> {
            g.writeStartObject();
            if (v instanceof Outcome.Accepted<?> a) {
                Json.tipo(g, Outcome.Accepted.class);
                Json.object(g, p, "state", a.state());
                Json.optObject(g, p, "acuse", a.acuse());
            } else {
                Outcome.Rejected<?> rejected = (Outcome.Rejected<?>) v;
                Json.tipo(g, Outcome.Rejected.class);
                Json.optObject(g, p, "state", rejected.stateToStore());
                Json.object(g, p, "reason", rejected.reason());
            }
            g.writeEndObject();
        }));
        // Generic: the reader needs the state's type from the requested JavaType, so it is contextual.
        m.addDeserializer(Outcome.class, (JsonDeserializer) new OutcomeReader(Outcome.class, null));
        m.addDeserializer(Outcome.Accepted.class, (JsonDeserializer) new OutcomeReader(Outcome.Accepted.class, null));
        m.addDeserializer(Outcome.Rejected.class, (JsonDeserializer) new OutcomeReader(Outcome.Rejected.class, null));
    }

    /** Reads an {@link Outcome}, {@link Outcome.Accepted} or {@link Outcome.Rejected} with its state's type. */
    private static final class OutcomeReader extends JsonDeserializer<Outcome<?>> implements ContextualDeserializer {
        private final Class<?> requested;
        private final JavaType state;

        OutcomeReader(Class<?> requested, JavaType state) {
            this.requested = requested;
            this.state = state;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType s = type == null ? null : type.containedType(0);
            return new OutcomeReader(requested, s == null || s.getRawClass() == Object.class ? null : s);
        }

        private Object state(DeserializationContext ctxt, JsonNode s) throws IOException {
            if (state == null) {
                throw new IllegalArgumentException("the state's type is unknown: read it with"
                        + " BuzonModule.outcomeType(Promocion.class) (or the state's class) or a"
                        + " TypeReference<Outcome<Promocion>>, not the raw class");
            }
            if (s.isNull()) {
                throw new IllegalArgumentException("field \"state\" must not be null");
            }
            try {
                return ctxt.readTreeAsValue(s, state);
            } catch (BuzonJsonException e) {
                throw e;   // coded: passed on as it is
            } catch (JsonMappingException e) {
                throw new IllegalArgumentException("field \"state\": " + e.getOriginalMessage(), e);
            }
        }

        @Override
        public Outcome<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = Json.readTree(p, ctxt);
            Json.Fields r = new Json.Fields(ctxt, p);
            try {
                String tipo = r.text(n, "tipo");
                Outcome<?> outcome;
                if (tipo.equals("Rejected")) {
                    JsonNode s = n.get("state");
                    Optional<Object> value = s == null ? Optional.empty() : Optional.of(state(ctxt, s));
                    outcome = new Outcome.Rejected<>(value, r.value(n, "reason", Rejection.class));
                } else if (tipo.equals("Accepted")) {
                    JsonNode s = n.get("state");
                    if (s == null) {
                        throw new IllegalArgumentException("field \"state\" is required");
                    }
                    Object value = state(ctxt, s);
                    Optional<Acuse> acuse = r.optValue(n, "acuse", Acuse.class);
                    outcome = new Outcome.Accepted<>(value, acuse);
                } else {
                    throw new IllegalArgumentException("field \"tipo\" must be \"Accepted\" or \"Rejected\", got \""
                            + tipo + "\"");
                }
                if (!requested.isInstance(outcome)) {
                    throw new IllegalArgumentException("field \"tipo\" is \"" + tipo + "\" but "
                            + requested.getSimpleName() + " was requested");
                }
                return outcome;
            } catch (IllegalArgumentException | NullPointerException | IllegalStateException
                    | java.time.DateTimeException | ArithmeticException | mx.buzon.problem.BuzonException
                    | javax.money.MonetaryException e) {
                throw JsonMappingException.from(p, "Cannot read Outcome: " + e.getMessage(), e);
            }
        }
    }
}
