package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IdentifierErrorCodeTest {

    @Test
    void codes_areStableUpperSnakeSpanishNames_andUnique() {
        Set<String> codes = Arrays.stream(IdentifierErrorCode.values()).map(IdentifierErrorCode::code)
                .collect(Collectors.toSet());
        assertThat(codes).hasSize(IdentifierErrorCode.values().length)
                .allMatch(c -> c.matches("[A-Z]+(_[A-Z]+)+"))
                .contains("RFC_DIGITO_VERIFICADOR", "CURP_DIGITO_VERIFICADOR", "NSS_DIGITO_VERIFICADOR",
                        "REGISTRO_PATRONAL_DIGITO_VERIFICADOR", "IDENTIFICADOR_CARACTER_AJENO");
    }

    @Test
    void everyTemplate_isSpanishAndTellsWhatToDo() {
        for (IdentifierErrorCode e : IdentifierErrorCode.values()) {
            assertThat(e.code()).isEqualTo(e.name());
            assertThat(e.messageTemplate()).as(e.code()).contains("%s").doesNotContain("%d");
            assertThat(e.messageTemplate().toLowerCase(Locale.ROOT)).as(e.code())
                    .containsAnyOf("revise", "capture", "compár", "cópielo", "guarde", "escríbalo", "no identifica");
        }
    }

    @Test
    void rfcDigitMessage_underTurkishLocale_isFormattedWithRootRules() {
        // The suite runs under tr-TR; the message must not depend on it (no dotted capital İ, etc.).
        String message = IdentifierErrorCode.RFC_DIGITO_VERIFICADOR.message("GODE561231GR9", 'I');
        assertThat(message).isEqualTo("El dígito verificador del RFC GODE561231GR9 no corresponde (se esperaba I);"
                + " revise el último carácter y la homoclave.");
    }
}
