package mx.buzon.core.id;

import static mx.buzon.core.id.RfcTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegistroPatronalTest {

    /** Known-answer table: every registro patronal of docs/LEGAL.md §1. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "A6815930107, true",
        "Y3926552104, true",
        "B7032191100, true",
        "A1234567890, false",
        "B5510768108, false",  // published by the IMSS, fails the digit: accepted only leniently
    })
    void parse_rulesSamples_knownAnswers(String text, boolean strictlyValid) {
        assertThat(RegistroPatronal.isValid(text)).as(text).isEqualTo(strictlyValid);
        RegistroPatronal rp = RegistroPatronal.parse(text, CheckDigitMode.LENIENT);
        assertThat(rp).hasToString(text);
        assertThat(rp.hasValidCheckDigit()).isEqualTo(strictlyValid);
    }

    @Test
    void checkDigit_handComputedForA681593010_isSeven() {
        // A -> 10, so the digits are 1 0 6 8 1 5 9 3 0 1 0; doubling the rightmost first (from the right:
        // 0 doubled, 1, 0 doubled, 3, 9 doubled, 5, 1 doubled, 8, 6 doubled, 0, 1 doubled):
        // 0 + 1 + 0 + 3 + (18-9=)9 + 5 + 2 + 8 + (12-9=)3 + 0 + 2 = 33; (10 - 3) mod 10 = 7.
        assertThat(CheckDigits.registroPatronal("A681593010")).isEqualTo('7');
    }

    @Test
    void parse_publishedSampleFailingDigit_strictThrows_lenientWarns() {
        assertThatThrownBy(() -> RegistroPatronal.parse("B5510768108"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("REGISTRO_PATRONAL_DIGITO_VERIFICADOR"));
        IdentifierValidation<RegistroPatronal> v = RegistroPatronal.validate("B5510768108", CheckDigitMode.LENIENT);
        assertThat(v.isValid()).isTrue();
        assertThat(v.warnings()).singleElement().satisfies(f -> assertThat(f.message()).contains("se esperaba 0"));
    }

    @Test
    void of_first10_computesDigit() {
        assertThat(RegistroPatronal.of("A681593010")).hasToString("A6815930107");
        assertThat(RegistroPatronal.of("1234567890").toString()).startsWith("1234567890");
        // Documented gap: A (10) and S (28) contribute 2 and 4 + 8 = 12, equal mod 10.
        assertThat(RegistroPatronal.isValid("S6815930107")).isTrue();
    }

    @Test
    void leadingDigit_isAllowed() {
        assertThat(RegistroPatronal.isValid(RegistroPatronal.of("0123456789").toString())).isTrue();
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "A681593010   | IDENTIFICADOR_LONGITUD",
        "A68159301070 | IDENTIFICADOR_LONGITUD",
        "AB815930107  | REGISTRO_PATRONAL_FORMATO",
        "A681593010A  | REGISTRO_PATRONAL_FORMATO",
        "Ñ6815930107  | REGISTRO_PATRONAL_FORMATO",
        "&6815930107  | REGISTRO_PATRONAL_FORMATO",
        "А6815930107  | IDENTIFICADOR_CARACTER_AJENO",
    })
    void malformed_isRejectedWithCode(String text, String code) {
        assertThat(codes(RegistroPatronal.validate(text, CheckDigitMode.LENIENT))).containsExactly(code);
    }

    @Test
    void lowerCase_isNormalisedWithWarning() {
        IdentifierValidation<RegistroPatronal> v = RegistroPatronal.validate("a6815930107", CheckDigitMode.STRICT);
        assertThat(v.value()).map(Object::toString).contains("A6815930107");
        assertThat(v.warnings()).hasSize(1);
    }
}
