package mx.buzon.core.json;

import static mx.buzon.core.json.EveryPublicTypeJsonTest.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import mx.buzon.core.workflow.Outcome;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: the states a host persists carry a schema version ({@code "formato"}) that the reader checks, and every
 * SDK reader refuses a repeated key, both with a {@link JsonErrorCode}, on the ready mapper and on a plain one.
 */
class StoredStateJsonTest {

    /** The persisted states and the format each writes. */
    static final Map<Class<?>, String> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put(EstadoBuzon.class, "mx.buzon.estado-buzon/1");
        FORMATS.put(Promocion.class, "mx.buzon.promocion/1");
        FORMATS.put(Notificacion.class, "mx.buzon.notificacion/1");
        FORMATS.put(TercerosAutorizados.class, "mx.buzon.terceros-autorizados/1");
        FORMATS.put(AutorizacionOpinionPublica.class, "mx.buzon.opinion-publica/1");
    }

    static final List<ObjectMapper> MAPPERS = List.of(BuzonJson.mapper(),
            new ObjectMapper().registerModule(new BuzonModule()));

    @BeforeAll
    static void samples() {
        EveryPublicTypeJsonTest.samples();
    }

    static void refused(ThrowingCallable read, JsonErrorCode code, String... messageParts) {
        assertThatThrownBy(read).isInstanceOfSatisfying(BuzonJsonException.class, e -> {
            assertThat(e.errorCode()).isEqualTo(code);
            assertThat(e.code()).isEqualTo(code.name());
            assertThat(e.getOriginalMessage()).contains(messageParts);
        });
    }

    @Test
    void everyPersistedState_writesItsFormatFirst() throws Exception {
        for (Map.Entry<Class<?>, String> f : FORMATS.entrySet()) {
            for (Object state : SAMPLES.get(f.getKey())) {
                for (ObjectMapper mapper : MAPPERS) {
                    assertThat(mapper.writeValueAsString(state)).as(f.getKey().getSimpleName())
                            .startsWith("{\"formato\":\"" + f.getValue() + "\",");
                }
            }
        }
    }

    @Test
    void formato_missingUnknownOrLater_refusedWithItsCode() throws Exception {
        for (Map.Entry<Class<?>, String> f : FORMATS.entrySet()) {
            Class<?> type = f.getKey();
            String name = type.getSimpleName();
            String later = f.getValue().replace("/1", "/2");
            for (ObjectMapper mapper : MAPPERS) {
                ObjectNode stored = mapper.valueToTree(SAMPLES.get(type).get(0));
                assertThat(mapper.treeToValue(stored, type)).isEqualTo(SAMPLES.get(type).get(0));

                ObjectNode without = stored.deepCopy();
                without.remove("formato");
                refused(() -> mapper.treeToValue(without, type), JsonErrorCode.JSON_FORMATO_AUSENTE, name,
                        f.getValue());
                ObjectNode nulled = stored.deepCopy().put("formato", (String) null);
                refused(() -> mapper.treeToValue(nulled, type), JsonErrorCode.JSON_FORMATO_AUSENTE, name);

                refused(() -> mapper.treeToValue(stored.deepCopy().put("formato", later), type),
                        JsonErrorCode.JSON_FORMATO_POSTERIOR, name, later, f.getValue());
                refused(() -> mapper.treeToValue(stored.deepCopy().put("formato", f.getValue().replace("/1",
                        "/999999999")), type), JsonErrorCode.JSON_FORMATO_POSTERIOR, "/999999999");

                List<String> unknown = new ArrayList<>(List.of(f.getValue().replace("/1", "/0"),
                        f.getValue().replace("/1", "/01"), f.getValue().replace("/1", "/1.0"),
                        f.getValue().replace("/1", "/9999999999"), f.getValue().toUpperCase(java.util.Locale.ROOT),
                        f.getValue() + " ", "", "x".repeat(10_000)));
                FORMATS.values().stream().filter(other -> !other.equals(f.getValue())).forEach(unknown::add);
                for (String u : unknown) {
                    refused(() -> mapper.treeToValue(stored.deepCopy().put("formato", u), type),
                            JsonErrorCode.JSON_FORMATO_DESCONOCIDO, name, f.getValue());
                }
                refused(() -> mapper.treeToValue(stored.deepCopy().put("formato", 1), type),
                        JsonErrorCode.JSON_FORMATO_DESCONOCIDO, "«1»");
                // A hostile value is quoted shortly, never whole.
                assertThatThrownBy(() -> mapper.treeToValue(stored.deepCopy().put("formato", "x".repeat(10_000)),
                        type)).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
            }
        }
    }

    @Test
    void formato_ofTheStateInsideAnOutcome_isCheckedToo() throws Exception {
        @SuppressWarnings("unchecked")
        Outcome<Promocion> accepted = (Outcome<Promocion>) SAMPLES.get(Outcome.class).get(0);
        for (ObjectMapper mapper : MAPPERS) {
            ObjectNode json = mapper.valueToTree(accepted);
            ((ObjectNode) json.get("state")).put("formato", "mx.buzon.promocion/2");
            refused(() -> mapper.treeToValue(json, BuzonModule.outcomeType(Promocion.class)),
                    JsonErrorCode.JSON_FORMATO_POSTERIOR, "Promocion");
            ((ObjectNode) json.get("state")).remove("formato");
            refused(() -> mapper.readValue(json.toString(), BuzonModule.outcomeType(Promocion.class)),
                    JsonErrorCode.JSON_FORMATO_AUSENTE, "Promocion");
        }
    }

    @Test
    void duplicateKey_atAnyDepthOfAnySdkValue_refusedWithItsCode() throws Exception {
        String estado = BuzonJson.mapper().writeValueAsString(SAMPLES.get(EstadoBuzon.class).get(0));
        String[][] cases = {
            // top level, in a nested object, in an object inside an array, and the format itself
            {"\"particular\":{", "\"particular\":{\"rfc\":\"GODE561231GR8\"},\"particular\":{", "«particular»", "/"},
            {"\"particular\":{\"rfc\":\"GODE561231GR8\"", "\"particular\":{\"rfc\":\"GODE561231GR8\","
                    + "\"rfc\":\"EKU9003173C9\"", "«rfc»", "/particular"},
            {"\"medios\":[{", "\"medios\":[{\"valor\":\"otro@example.com\",", "«valor»", "/medios/0"},
            {"{\"formato\":", "{\"formato\":\"mx.buzon.estado-buzon/2\",\"formato\":", "«formato»", "/"},
        };
        for (ObjectMapper mapper : MAPPERS) {
            assertThat(mapper.readValue(estado, EstadoBuzon.class)).isEqualTo(SAMPLES.get(EstadoBuzon.class).get(0));
            for (String[] c : cases) {
                String twice = estado.replaceFirst(java.util.regex.Pattern.quote(c[0]),
                        java.util.regex.Matcher.quoteReplacement(c[1]));
                assertThat(twice).as(c[1]).isNotEqualTo(estado);
                refused(() -> mapper.readValue(twice, EstadoBuzon.class), JsonErrorCode.JSON_CLAVE_DUPLICADA, c[2],
                        c[3]);
            }
            // Acuse campos, a Finding, an identifier-free value: every SDK reader, not only the states.
            refused(() -> mapper.readValue("{\"codigo\":\"X\",\"codigo\":\"Y\",\"severidad\":\"ERROR\","
                    + "\"mensaje\":\"m\"}", mx.buzon.problem.Finding.class), JsonErrorCode.JSON_CLAVE_DUPLICADA,
                    "«codigo»");
            refused(() -> mapper.readValue("{\"tipo\":\"Rejected\",\"tipo\":\"Accepted\"}",
                    BuzonModule.outcomeType(Promocion.class)), JsonErrorCode.JSON_CLAVE_DUPLICADA, "«tipo»");
        }
    }

    @Test
    void readyMapper_refusesDuplicateKeysInTreesAndTrailingTokens() throws Exception {
        JsonMapper mapper = BuzonJson.mapper();
        refused(() -> mapper.readTree("{\"a\":1,\"b\":{\"c\":1,\"c\":2}}"), JsonErrorCode.JSON_CLAVE_DUPLICADA,
                "«c»", "/b");
        JsonNode fine = mapper.readTree("{\"a\":1,\"b\":{\"c\":1,\"d\":[{\"c\":2},{\"c\":3}]}}");
        assertThat(fine.get("b").get("d").get(1).get("c").intValue()).isEqualTo(3);
        String estado = mapper.writeValueAsString(SAMPLES.get(EstadoBuzon.class).get(0));
        assertThatThrownBy(() -> mapper.readValue(estado + estado, EstadoBuzon.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Trailing token");
        assertThat(BuzonJson.mapper()).as("a new mapper per call").isNotSameAs(mapper);
    }

    @Test
    void deeplyNestedJson_isRefusedByJacksonsDepthLimit_notAStackOverflow() {
        String deep = "{\"formato\":\"mx.buzon.estado-buzon/1\",\"particular\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}";
        for (ObjectMapper mapper : MAPPERS) {
            assertThatThrownBy(() -> mapper.readValue(deep, EstadoBuzon.class))
                    .isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
        }
    }
}
