package mx.buzon.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.buzon.core.cadena.CadenaErrorCode;
import mx.buzon.core.evidence.ArchivoErrorCode;
import mx.buzon.core.evidence.EvidenciaErrorCode;
import mx.buzon.core.money.MoneyErrorCode;
import mx.buzon.problem.ErrorCode;
import org.junit.jupiter.api.Test;

/** The codes of the cadena, money and evidence packages: enumerable, stable-looking, unique, and formattable. */
class CorekitErrorCodesTest {

    static List<ErrorCode> all() {
        List<ErrorCode> codes = new ArrayList<>();
        codes.addAll(List.of(CadenaErrorCode.values()));
        codes.addAll(List.of(MoneyErrorCode.values()));
        codes.addAll(List.of(EvidenciaErrorCode.values()));
        codes.addAll(List.of(ArchivoErrorCode.values()));
        return codes;
    }

    @Test
    void codes_areUpperSnakeEqualToConstantNameAndUnique() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode code : all()) {
            assertThat(code.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
            assertThat(code.code()).isEqualTo(((Enum<?>) code).name());
            assertThat(seen.add(code.code())).as("unique " + code.code()).isTrue();
        }
    }

    @Test
    void templates_useOnlyStringPlaceholdersAndFormatWithTheirArguments() {
        Pattern placeholder = Pattern.compile("%(.)");
        for (ErrorCode code : all()) {
            Matcher m = placeholder.matcher(code.messageTemplate());
            int count = 0;
            while (m.find()) {
                assertThat(m.group(1)).as(code.code()).isEqualTo("s");
                count++;
            }
            Object[] args = new Object[count];
            for (int i = 0; i < count; i++) {
                args[i] = "<" + i + ">";
            }
            String message = code.message(args);
            for (int i = 0; i < count; i++) {
                assertThat(message).as(code.code()).contains("<" + i + ">");
            }
            assertThat(message).as(code.code()).endsWith(".");
        }
    }
}
