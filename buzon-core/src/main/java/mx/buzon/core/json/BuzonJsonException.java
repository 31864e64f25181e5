package mx.buzon.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Stored JSON refused with a stable {@link JsonErrorCode}: a repeated key, or a persisted state whose
 * {@code "formato"} is missing, unknown or newer than this SDK reads.
 *
 * <p>It is a Jackson {@link JsonMappingException} (not a {@code mx.buzon.problem.BuzonException}) because
 * Jackson's {@code readValue} can only throw {@code IOException}s; it carries the same {@link #code()} and
 * {@link #errorCode()}. It reaches the caller as it is, also when the SDK value is nested in a host's object (then
 * Jackson adds the path to {@link #getMessage()}); {@link #getOriginalMessage()} is the Spanish message alone.
 * Catch it before {@code JsonProcessingException}:
 * <pre>{@code
 * try {
 *     estado = mapper.readValue(json, EstadoBuzon.class);
 * } catch (BuzonJsonException e) {
 *     log(e.code());              // JSON_FORMATO_POSTERIOR: update the SDK first
 * } catch (JsonProcessingException e) {
 *     ...                         // any other bad content, with the field and the rule
 * }
 * }</pre>
 *
 * <p>Not modified after construction (stack trace aside); safe to hand between threads.
 */
public final class BuzonJsonException extends JsonMappingException {

    private static final long serialVersionUID = 1L;

    private final transient JsonErrorCode errorCode;

    /**
     * @param parser the parser that read the refused value, for its location; {@code null} when there is none
     * @param errorCode the code
     * @param args the values of the code's message template, in order
     */
    public BuzonJsonException(@Nullable JsonParser parser, JsonErrorCode errorCode, Object... args) {
        super(parser, Objects.requireNonNull(errorCode, "errorCode").message(args));
        this.errorCode = errorCode;
    }

    /** @return the catalogued code */
    public JsonErrorCode errorCode() {
        return errorCode;
    }

    /** @return the stable code string, e.g. {@code JSON_CLAVE_DUPLICADA} */
    public String code() {
        return errorCode.code();
    }
}
