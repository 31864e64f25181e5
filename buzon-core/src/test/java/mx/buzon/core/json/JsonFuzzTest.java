package mx.buzon.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harness (Jazzer) for reading JSON with {@link BuzonModule}: hosts read acuses, workflow states and commands
 * back from their databases and from other systems.
 *
 * <p>Input: the first byte picks the type (every type of {@link EveryPublicTypeJsonTest}'s samples, sorted by
 * name), the rest is the JSON. Contract: reading returns a value or throws Jackson's
 * {@link JsonProcessingException} (as {@link BuzonModule} documents; {@link BuzonJsonException} is one), or, for bytes that are no valid UTF-8/16/32,
 * Jackson's {@link CharConversionException}; a value read is written again, and that JSON
 * reads and writes back to itself. Anything else, a hang (10 s) or running out of memory is a finding.
 */
class JsonFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BuzonModule());
    static final List<Class<?>> TYPES = types();

    private static List<Class<?>> types() {
        EveryPublicTypeJsonTest.samples();
        // JsonErrorCode (issue 15) is left out so that each corpus file's first byte still picks the type it was
        // found with; it is an enum, read by the same code as every other.
        return EveryPublicTypeJsonTest.SAMPLES.keySet().stream().filter(c -> c != JsonErrorCode.class)
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    static JavaType readAs(Class<?> type) {
        return EveryPublicTypeJsonTest.READ_AS.getOrDefault(type, MAPPER.constructType(type));
    }

    @Timeout(10)
    @FuzzTest
    void read(byte[] input) throws Exception {
        if (input.length == 0) {
            return;
        }
        Class<?> type = TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size());
        JavaType readAs = readAs(type);
        byte[] json = Arrays.copyOfRange(input, 1, input.length);
        Object value;
        try {
            value = MAPPER.readValue(json, readAs);
        } catch (JsonProcessingException expected) {
            return;
        } catch (CharConversionException invalidEncoding) {
            // Jackson's byte-level decoding (UTF-8/16/32 detection) runs before BuzonModule: bytes that are not
            // text in any of those encodings are this IOException, as ObjectMapper.readValue(byte[]) declares.
            return;
        }
        if (value == null) {
            return;   // JSON null
        }
        assertThat(type.isInstance(value)).as("%s read as %s", value.getClass(), type).isTrue();
        String written = MAPPER.writeValueAsString(value);
        Object again = MAPPER.readValue(written, readAs);
        assertThat(MAPPER.writeValueAsString(again)).as("%s: %s", type.getName(), written).isEqualTo(written);
    }
}
