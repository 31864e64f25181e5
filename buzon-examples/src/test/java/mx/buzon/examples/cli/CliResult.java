package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What one run of the command line left: exit code, stdout, stderr; {@link #json()} insists that stdout is
 * exactly one JSON object and nothing else.
 */
record CliResult(int exit, String out, String err) {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    JsonNode json() {
        try {
            JsonNode node = STRICT.readTree(out);
            assertThat(node).as("stdout must be one JSON object: %s", out).isNotNull();
            assertThat(node.isObject()).as("stdout must be one JSON object: %s", out).isTrue();
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("stdout is not exactly one JSON object:\n" + out + "\nstderr:\n" + err, e);
        }
    }

    /** @return the {"error":{...}} object, after checking its shape and that nothing went to stderr */
    JsonNode error() {
        JsonNode root = json();
        assertThat(root.size()).as("only the error field: %s", out).isEqualTo(1);
        JsonNode error = root.get("error");
        assertThat(error.size()).as(out).isEqualTo(2);
        assertThat(error.get("codigo").isTextual()).as(out).isTrue();
        assertThat(error.get("mensaje").isTextual()).as(out).isTrue();
        assertThat(err).as("with --json nothing goes to stderr").isEmpty();
        return error;
    }

    @Override
    public String toString() {
        return "exit=" + exit + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
