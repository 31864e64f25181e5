package mx.buzon.core.id;

import static mx.buzon.core.id.RfcTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NssTest {

    /** Known-answer table: every NSS of docs/LEGAL.md §1. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"72795608040, true", "12345678903, true", "72795608041, false"})
    void parse_rulesSamples_knownAnswers(String text, boolean strictlyValid) {
        assertThat(Nss.isValid(text)).as(text).isEqualTo(strictlyValid);
        Nss nss = Nss.parse(text, CheckDigitMode.LENIENT);
        assertThat(nss).hasToString(text);
        assertThat(nss.hasValidCheckDigit()).isEqualTo(strictlyValid);
    }

    @Test
    void checkDigit_handComputedFor1234567890_isThree() {
        // weights 1,2,1,2,... from the left: 1 4 3 8 5 (12-9=)3 7 (16-9=)7 9 0 = 47; (10 - 7) mod 10 = 3.
        assertThat(CheckDigits.nss("1234567890")).isEqualTo('3');
    }

    @Test
    void parse_wrongDigitStrict_throws() {
        assertThatThrownBy(() -> Nss.parse("72795608041"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.code()).isEqualTo("NSS_DIGITO_VERIFICADOR");
                    assertThat(e.getMessage()).contains("se esperaba 0");
                });
    }

    @Test
    void of_parts_computesDigit_andPartsReadBack() {
        Nss nss = Nss.of(72, 79, 56, 804);
        assertThat(nss).hasToString("72795608040");
        assertThat(nss.subdelegacion()).isEqualTo(72);
        assertThat(nss.anioAlta()).isEqualTo(79);
        assertThat(nss.anioNacimiento()).isEqualTo(56);
        assertThat(nss.secuencia()).isEqualTo(804);
        assertThat(Nss.of(0, 0, 0, 0)).hasToString("00000000000");
    }

    @Test
    void of_outOfRange_isProgrammerError() {
        assertThatIllegalArgumentException().isThrownBy(() -> Nss.of(100, 0, 0, 0)).withMessageContaining("subdelegacion");
        assertThatIllegalArgumentException().isThrownBy(() -> Nss.of(1, 0, 0, -1)).withMessageContaining("secuencia");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "7279560804   | IDENTIFICADOR_LONGITUD",
        "727956080400 | IDENTIFICADOR_LONGITUD",
        "7279560804O  | NSS_FORMATO",
        "72795-08040  | IDENTIFICADOR_CARACTER_AJENO",
        "727956080４0 | IDENTIFICADOR_CARACTER_AJENO",
    })
    void malformed_isRejectedWithCode(String text, String code) {
        assertThat(codes(Nss.validate(text, CheckDigitMode.LENIENT))).containsExactly(code);
    }

    @Test
    void surroundingSpaces_areNormalisedWithWarning() {
        IdentifierValidation<Nss> v = Nss.validate(" 72795608040\n", CheckDigitMode.STRICT);
        assertThat(v.value()).map(Nss::toString).contains("72795608040");
        assertThat(v.warnings()).hasSize(1);
    }
}
