package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harness (Jazzer) for the five identifier parsers, which read text typed or uploaded by people.
 *
 * <p>Contract checked on every input: {@code validate} never throws; {@code parse} either returns or throws
 * {@link InvalidIdentifierException} with an {@link IdentifierErrorCode} code; both agree on validity; a parsed value
 * is canonical ({@code parse(v.toString())} equals {@code v}). Any other exception, a hang (10 s) or running out
 * of memory is a finding. Without {@code -Pfuzz} this replays the committed corpus in
 * {@code src/test/resources/mx/buzon/core/id/IdentifierFuzzTestInputs} (docs/FUZZING.md).
 */
class IdentifierFuzzTest {

    private static final Set<String> CODES =
            Arrays.stream(IdentifierErrorCode.values()).map(IdentifierErrorCode::code).collect(Collectors.toSet());

    @Timeout(10)
    @FuzzTest
    void parse(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 4);
        CheckDigitMode mode = data.consumeBoolean() ? CheckDigitMode.STRICT : CheckDigitMode.LENIENT;
        String text = data.consumeRemainingAsString();
        switch (kind) {
            case 0 -> check(text, t -> Rfc.parse(t, mode), t -> Rfc.validate(t, mode), Rfc::parse);
            case 1 -> check(text, t -> Curp.parse(t, mode), t -> Curp.validate(t, mode), Curp::parse);
            case 2 -> check(text, t -> Nss.parse(t, mode), t -> Nss.validate(t, mode), Nss::parse);
            case 3 -> check(text, t -> RegistroPatronal.parse(t, mode), t -> RegistroPatronal.validate(t, mode),
                    RegistroPatronal::parse);
            default -> check(text, t -> Folio.parse(t, mode), t -> Folio.validate(t, mode), Folio::parse);
        }
    }

    private static <T> void check(String text, Function<String, T> parse,
            Function<String, IdentifierValidation<T>> validate, Function<String, T> reparseLenient) {
        IdentifierValidation<T> validation = validate.apply(text);
        validation.findings().forEach(f -> assertThat(CODES).as("finding code for %s", text).contains(f.code()));
        T value;
        try {
            value = parse.apply(text);
        } catch (InvalidIdentifierException e) {
            assertThat(CODES).as("exception code for %s", text).contains(e.code());
            assertThat(validation.isValid()).as("validate and parse disagree on %s", text).isFalse();
            return;
        }
        assertThat(validation.isValid()).as("validate and parse disagree on %s", text).isTrue();
        assertThat(validation.value()).as("validate's value for %s", text).contains(value);
        // The canonical text parses back to the same value (in the mode that accepted it).
        assertThat(parse.apply(value.toString())).as("round trip of %s", text).isEqualTo(value);
    }
}
