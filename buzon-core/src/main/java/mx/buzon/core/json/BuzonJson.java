package mx.buzon.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import mx.buzon.core.json.internal.Json;

/**
 * A ready Jackson mapper for the SDK's JSON: {@code JsonMapper mapper = BuzonJson.mapper();}.
 *
 * <p>It is {@link BuzonModule} plus the strictness a reader of stored or received data needs:
 * <ul>
 * <li>a repeated key anywhere, also in a tree read with {@code mapper.readTree(...)}, is refused with
 *     {@link JsonErrorCode#JSON_CLAVE_DUPLICADA} ({@link BuzonJsonException}), so two readers of the same bytes
 *     cannot see different values;</li>
 * <li>anything after the value ({@code {...}{...}}, {@code {...} x}) is refused
 *     ({@link DeserializationFeature#FAIL_ON_TRAILING_TOKENS}).</li>
 * </ul>
 * Registering {@link BuzonModule} on a host's own mapper (Spring Boot does it for every {@code Module} bean) gives
 * the SDK's types the same JSON and the same coded refusals (the SDK's readers check repeated keys themselves) and
 * leaves the host's types and settings as they were; this mapper is for code that reads and writes SDK values
 * alone, such as a repository storing {@code EstadoBuzon}.
 *
 * <p>Thread-safety: each call builds a new mapper, which the caller owns and may configure further before its first
 * use; once configured it is thread-safe (Jackson's contract), so build it once and share it. Building costs
 * about a millisecond; never build one per request.
 */
public final class BuzonJson {

    private BuzonJson() {
    }

    /**
     * A new mapper with {@link BuzonModule} and strict reading.
     *
     * @return the mapper, e.g. {@code BuzonJson.mapper().writeValueAsString(estado)}
     */
    public static JsonMapper mapper() {
        SimpleModule strictTrees = new SimpleModule("BuzonJson.strictTrees");
        strictTrees.addDeserializer(JsonNode.class, Json.strictTreeDeserializer());
        return JsonMapper.builder()
                .addModule(new BuzonModule())
                .addModule(strictTrees)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }
}
