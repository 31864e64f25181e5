package mx.buzon.core.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import mx.buzon.core.json.internal.AcuseJson;
import mx.buzon.core.json.internal.CadenaJson;
import mx.buzon.core.json.internal.CatalogJson;
import mx.buzon.core.json.internal.CoreJson;
import mx.buzon.core.json.internal.EvidenceJson;
import mx.buzon.core.json.internal.IdJson;
import mx.buzon.core.json.internal.MediosJson;
import mx.buzon.core.json.internal.MoneyJson;
import mx.buzon.core.json.internal.WorkflowJson;
import mx.buzon.core.workflow.Outcome;

/**
 * The Jackson module under which every domain type of buzon-core round-trips:
 * {@code new ObjectMapper().registerModule(new BuzonModule())}, or the ready {@link BuzonJson#mapper()}.
 *
 * <p><b>It touches the SDK's types only.</b> It registers no serializer for {@code java.time} types,
 * {@code Optional}, {@code MonetaryAmount} or any other type the host may use itself: a host's own
 * {@code LocalDate} or {@code Instant} fields keep their {@code @JsonFormat} and the host's JavaTimeModule, byte
 * for byte, whether or not this module is registered (Spring Boot registers every {@code Module} bean on the
 * application's one mapper). The SDK's types write their dates themselves, as below. It changes no setting of the
 * mapper either.
 *
 * <p>Shapes (complete list in the README section of buzon-core):
 * <ul>
 * <li>Identifiers ({@code Rfc}, {@code Curp}, {@code Nss}, {@code RegistroPatronal}, {@code Folio},
 *     {@code NumeroCertificado}),
 *     {@code Sha256}, {@code Ambito}: their canonical string, e.g. {@code "GODE561231GR8"}. Identifiers are read
 *     with a lenient check digit (a value parsed leniently round-trips) but must be canonical.</li>
 * <li>{@code CadenaOriginal}: its exact text, re-parsed strictly.</li>
 * <li>Enums: the constant's name. Instants inside SDK types: ISO-8601 ({@code "2025-02-03T16:07:17Z"}; any
 *     offset is read); dates ISO ({@code "2026-03-09"}); time zones their IANA id.</li>
 * <li>Amounts inside SDK types ({@code Accesorios}, {@code Uma}): {@code {"monto":"123.45","moneda":"MXN"}}, the
 *     number a plain decimal string with its scale; {@code FactorActualizacion} and rates: decimal strings.</li>
 * <li>{@code Finding}: {@code {"codigo","severidad","mensaje","valor"?}}.</li>
 * <li>{@code Acuse}: {@code {"tipo","folio","emitidoEn","fechaHoraCentro","zonaDomicilio","fechaHoraDomicilio",
 *     "particular":{...},"campos":{...},"cadenaOriginal","firmaParticular"?,"selloDigital"?}}; reading rebuilds
 *     the acuse and refuses a cadena or date that does not match its fields.</li>
 * <li>Records: an object whose fields are the record's components; absent {@code Optional}s are omitted. The
 *     workflows' states and commands ({@code Promocion}, {@code Notificacion}, {@code TercerosAutorizados}, ...)
 *     follow this rule; a workflow {@code Rejection}'s {@code codigo} is its code string.</li>
 * <li>The states a host persists ({@code EstadoBuzon}, {@code Promocion}, {@code Notificacion},
 *     {@code TercerosAutorizados}, {@code AutorizacionOpinionPublica}) start with their schema version,
 *     {@code "formato":"mx.buzon.estado-buzon/1"}; the reader checks it before anything else and refuses a missing,
 *     unknown or later one with a {@link JsonErrorCode}.</li>
 * <li>{@code Outcome} (of every workflow, medios de contacto included): the record's object with a first field
 *     {@code "tipo"}, the record's simple name ({@code {"tipo":"Rejected","state":{...},"reason":{...}}}). It does
 *     not write its state's type: read it with {@link #outcomeType(Class)}.</li>
 * <li>{@code VerificacionUrl}: its template {@code "https://verifica.example.mx/acuse?folio&rfc&sello"}.
 *     {@code IdentifierValidation}: written as {@code {"valido","valor"?,"hallazgos"}}, never read back (validate
 *     the text again).</li>
 * </ul>
 * Serializers are explicit (no reflection), so the SDK's packages need not be opened to Jackson. A repeated key
 * in an SDK value, and a persisted state's missing, unknown or later {@code "formato"}, raise a
 * {@link BuzonJsonException} with a {@link JsonErrorCode}, on any mapper. Other malformed or invalid input raises
 * a {@link com.fasterxml.jackson.databind.JsonMappingException} naming the type and the rule (a
 * {@link com.fasterxml.jackson.core.JsonParseException} when it is not JSON at all). Reading raw bytes
 * adds one case that happens in Jackson before this module: bytes that are not text in UTF-8, UTF-16 or UTF-32
 * raise a {@link java.io.CharConversionException}; read JSON from a {@code String} or catch
 * {@link java.io.IOException} (fuzzing found no other exception type). Not serializable on purpose (writing or
 * reading fails naming the secret): {@code CodigoValidacion}, {@code InMemoryCodigoSender.Envio} and
 * {@code Registro} (they hold the 5-digit code; write {@code registro.outcome()}).
 *
 * <p>Thread-safe once registered.
 */
public final class BuzonModule extends SimpleModule {

    /**
     * Reader attribute for reading an {@link mx.buzon.core.acuse.Acuse} whose stored text may have been altered:
     * with it set to {@code Boolean.TRUE}, the acuse is rebuilt from its fields and the stored
     * {@code cadenaOriginal}, {@code fechaHoraCentro}, {@code fechaHoraDomicilio} and the normal form of
     * {@code campos} are NOT compared with the rebuilt ones; the caller compares them and reports a mismatch as
     * a finding (an acuse verifier does). Without it, any mismatch fails the read. Example:
     * {@code mapper.readerFor(Acuse.class).withAttribute(BuzonModule.ACUSE_SIN_COMPROBAR_TEXTOS, true)}.
     */
    public static final String ACUSE_SIN_COMPROBAR_TEXTOS = "mx.buzon.core.json.acuseSinComprobarTextos";

    private static final long serialVersionUID = 1L;

    /** The module with every package's serializers. */
    public BuzonModule() {
        super("BuzonModule");
        // One registration per package; a new package adds one line here.
        CoreJson.register(this);
        IdJson.register(this);
        CadenaJson.register(this);
        MoneyJson.register(this);
        EvidenceJson.register(this);
        CatalogJson.register(this);
        AcuseJson.register(this);
        MediosJson.register(this);
        WorkflowJson.register(this);
    }

    /**
     * The type to read an {@link Outcome} with, since its JSON does not name the state's type: e.g.
     * {@code mapper.readValue(json, BuzonModule.outcomeType(Promocion.class))}. A
     * {@code new TypeReference<Outcome<Promocion>>() {}} works too; the raw {@code Outcome.class} reads only a
     * rejected outcome and refuses an accepted one, naming this method.
     *
     * @param stateType the state's class, e.g. {@code Promocion.class}
     * @return the Jackson type {@code Outcome<S>}; thread-safe and immutable
     */
    public static JavaType outcomeType(Class<?> stateType) {
        return TypeFactory.defaultInstance().constructParametricType(Outcome.class, stateType);
    }
}
