package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RfcTest {

    private static final String GODE_VALID = "GODE561231GR8";
    private static final String GODE_WRONG_DIGIT = "GODE561231GR9";

    /** Known-answer table: every RFC of docs/LEGAL.md §1, with its persona and whether it parses strictly. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "GODE561231GR8, FISICA, true",
        "COSC8001137NA, FISICA, true",
        "DIM8701081LA,  MORAL,  true",
        "A&A050908GT0,  MORAL,  true",
        "SAT970701NN3,  MORAL,  true",
        "EKU9003173C9,  MORAL,  true",
        "XAXX010101000, FISICA, true",
        "XEXX010101000, FISICA, true",
        "GODE561231GR9, FISICA, false",
        "SIA821129LS8,  MORAL,  false",
    })
    void parse_rulesSamples_knownAnswers(String text, Persona persona, boolean strictlyValid) {
        assertThat(Rfc.isValid(text)).as(text).isEqualTo(strictlyValid);
        Rfc lenient = Rfc.parse(text, CheckDigitMode.LENIENT);
        assertThat(lenient.persona()).isEqualTo(persona);
        assertThat(lenient.toString()).isEqualTo(text);
        assertThat(lenient.hasValidCheckDigit()).isEqualTo(strictlyValid);
    }

    @Test
    void checkDigit_handComputedForGODE561231GR8_isEight() {
        // Values (docs/LEGAL.md §1 alphabet): G=16 O=25 D=13 E=14 5 6 1 2 3 1 G=16 R=28, weights 13 down to 2:
        // 208 + 300 + 143 + 140 + 45 + 48 + 7 + 12 + 15 + 4 + 48 + 56 = 1026; 1026 mod 11 = 3; 11 - 3 = 8.
        assertThat(CheckDigits.rfc("GODE561231GR")).isEqualTo('8');
    }

    @Test
    void checkDigit_moralIsLeftPaddedWithASpaceWorthThirtySeven() {
        // " SAT970701NN" (space = 37, S = 29, A = 10, T = 30, N = 23), weights 13 down to 2:
        // 481 + 348 + 110 + 300 + 81 + 56 + 0 + 42 + 0 + 4 + 69 + 46 = 1537; 1537 mod 11 = 8; 11 - 8 = 3.
        assertThat(CheckDigits.rfc("SAT970701NN")).isEqualTo('3');
    }

    @Test
    void parse_wrongDigitStrict_throwsWithCodeAndExpectedDigit() {
        assertThatThrownBy(() -> Rfc.parse(GODE_WRONG_DIGIT))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.code()).isEqualTo("RFC_DIGITO_VERIFICADOR");
                    assertThat(e.getMessage()).contains(GODE_WRONG_DIGIT).contains("se esperaba 8");
                    assertThat(e.findings()).singleElement()
                            .satisfies(f -> assertThat(f.offendingValue()).contains(GODE_WRONG_DIGIT));
                });
    }

    @Test
    void validate_wrongDigitLenient_isUsableWithWarning() {
        IdentifierValidation<Rfc> v = Rfc.validate(GODE_WRONG_DIGIT, CheckDigitMode.LENIENT);
        assertThat(v.isValid()).isTrue();
        assertThat(v.value()).map(Rfc::toString).contains(GODE_WRONG_DIGIT);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("RFC_DIGITO_VERIFICADOR");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }

    @Test
    void validate_canonicalValid_hasNoFindings() {
        assertThat(Rfc.validate(GODE_VALID, CheckDigitMode.STRICT).findings()).isEmpty();
    }

    @Test
    void publicoEnGeneral_failsDigitButIsAcceptedAsGeneric() {
        assertThat(CheckDigits.rfc("XAXX01010100")).isNotEqualTo('0');
        Rfc rfc = Rfc.parse("XAXX010101000");
        assertThat(rfc).isEqualTo(Rfc.PUBLICO_EN_GENERAL);
        assertThat(rfc.isGeneric()).isTrue();
        assertThat(rfc.canIdentifyBuzonUser()).isFalse();
        assertThat(Rfc.validate("XAXX010101000", CheckDigitMode.STRICT).findings())
                .extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RFC_GENERICO", Severity.WARNING));
    }

    @Test
    void extranjero_passesDigitAndIsGeneric() {
        assertThat(CheckDigits.rfc("XEXX01010100")).isEqualTo('0');
        Rfc rfc = Rfc.parse("XEXX010101000");
        assertThat(rfc).isEqualTo(Rfc.EXTRANJERO);
        assertThat(rfc.isGeneric()).isTrue();
        assertThat(rfc.canIdentifyBuzonUser()).isFalse();
    }

    @Test
    void ordinaryRfc_isNotGenericAndCanIdentifyAUser() {
        Rfc rfc = Rfc.parse(GODE_VALID);
        assertThat(rfc.isGeneric()).isFalse();
        assertThat(rfc.canIdentifyBuzonUser()).isTrue();
    }

    @Test
    void parts_ofGODE561231GR8() {
        Rfc rfc = Rfc.parse(GODE_VALID);
        assertThat(rfc.letters()).isEqualTo("GODE");
        assertThat(rfc.dateDigits()).isEqualTo("561231");
        assertThat(rfc.homoclave()).isEqualTo("GR");
        assertThat(rfc.checkDigit()).isEqualTo('8');
    }

    @Test
    void of_parts_computesTheCheckDigit() {
        assertThat(Rfc.of("GODE", LocalDate.of(1956, 12, 31), "GR")).hasToString(GODE_VALID);
        assertThat(Rfc.of("SAT", LocalDate.of(1997, 7, 1), "NN")).hasToString("SAT970701NN3");
        assertThat(Rfc.of("A&A", LocalDate.of(2005, 9, 8), "GT")).hasToString("A&A050908GT0");
    }

    @Test
    void of_inconvenientWord_throws() {
        assertThatThrownBy(() -> Rfc.of("PEDO", LocalDate.of(1990, 1, 1), "AB"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("RFC_PALABRA_INCONVENIENTE"));
    }

    @Test
    void equalsAndHashCode_byCanonicalText() {
        assertThat(Rfc.parse(" gode561231gr8 ")).isEqualTo(Rfc.parse(GODE_VALID))
                .hasSameHashCodeAs(Rfc.parse(GODE_VALID))
                .isNotEqualTo(Rfc.parse("COSC8001137NA"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"BUEI", "CACA", "COJO", "GUEY", "KULO", "MEAR", "PEDO", "PUTA", "QULO", "RATA", "RUIN"})
    void validate_inconvenientWord_isError(String word) {
        String withoutDigit = word + "900101AB";
        String text = withoutDigit + CheckDigits.rfc(withoutDigit);
        assertThat(codes(Rfc.validate(text, CheckDigitMode.STRICT))).containsExactly("RFC_PALABRA_INCONVENIENTE");
    }

    @Test
    void validate_everyInconvenientWordOfTheList_isRejected_andTheXVariantAccepted() {
        for (String word : Rfc.INCONVENIENT_WORDS) {
            assertThat(Rfc.isValid(withDigit(word + "900101AB"))).as(word).isFalse();
            assertThat(Rfc.isValid(withDigit(word.substring(0, 3) + "X900101AB"))).as(word).isTrue();
        }
        assertThat(Rfc.INCONVENIENT_WORDS).hasSize(41);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "000229, true",   // 29 Feb 2000
        "040229, true",   // 29 Feb 1904 or 2004
        "960229, true",
        "990229, false",  // 1999 and 2099 are not leap years
        "010229, false",
        "990230, false",  // 30 February never exists
        "560431, false",
        "561331, false",
        "560001, false",
        "561200, false",
        "561231, true",
    })
    void validate_dateMustBeRealInSomeCentury(String yymmdd, boolean real) {
        String text = withDigit("GODE" + yymmdd + "GR");
        IdentifierValidation<Rfc> v = Rfc.validate(text, CheckDigitMode.STRICT);
        assertThat(v.isValid()).as(text).isEqualTo(real);
        if (!real) {
            assertThat(codes(v)).containsExactly("RFC_FECHA");
            assertThat(v.findings().get(0).message()).contains(yymmdd);
        }
    }

    @Test
    void validate_nTildeAndAmpersandAreLetters() {
        assertThat(Rfc.isValid(withDigit("ÑAÑO800101AB"))).isTrue();
        assertThat(Rfc.isValid(withDigit("&AB800101AB"))).isTrue();
        assertThat(Rfc.parse(withDigit("MUÑ800101AB")).persona()).isEqualTo(Persona.MORAL);
    }

    @Test
    void checkDigit_nTildeIsWorthThirtyEight_notItsCurpValue() {
        // "ÑAÑO800101AB" differs from "OAÑO800101AB" only by the first letter: Ñ=38 vs O=25, weight 13.
        int difference = (38 - 25) * 13;
        char withO = CheckDigits.rfc("OAÑO800101AB");
        char withN = CheckDigits.rfc("ÑAÑO800101AB");
        assertThat(remainder(withN)).isEqualTo(Math.floorMod(remainder(withO) + difference, 11));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "GODE56123GR    | IDENTIFICADOR_LONGITUD",
        "GODE56123GR8   | RFC_FORMATO",
        "GODE561231GR88 | IDENTIFICADOR_LONGITUD",
        "G0DE561231GR8  | RFC_FORMATO",
        "GODE5612A1GR8  | RFC_FORMATO",
        "GODE561231G-8  | IDENTIFICADOR_CARACTER_AJENO",
        "GODE561231GRB  | RFC_FORMATO",
        "GODE561231ÑR8  | RFC_FORMATO",
        "GODE 561231GR8 | IDENTIFICADOR_CARACTER_AJENO",
    })
    void validate_malformed_isFormatError(String text, String code) {
        assertThat(codes(Rfc.validate(text, CheckDigitMode.LENIENT))).containsExactly(code);
    }

    @Test
    void validate_formatError_namesThePosition() {
        Finding f = Rfc.validate("GODE5612A1GR8", CheckDigitMode.STRICT).errors().get(0);
        assertThat(f.message()).contains("posición 9").contains("AAMMDD");
    }

    @Test
    void parse_null_isNullPointerException() {
        assertThatNullPointerException().isThrownBy(() -> Rfc.parse(null)).withMessageContaining("text");
        assertThatNullPointerException().isThrownBy(() -> Rfc.parse(GODE_VALID, null));
    }

    @Test
    void validate_empty_andBlank_areVacio() {
        assertThat(codes(Rfc.validate("", CheckDigitMode.STRICT))).containsExactly("IDENTIFICADOR_VACIO");
        assertThat(codes(Rfc.validate(" \t ", CheckDigitMode.STRICT))).containsExactly("IDENTIFICADOR_VACIO");
    }

    @Test
    void validate_lowerCaseAndSpaces_areNormalisedWithAWarning() {
        IdentifierValidation<Rfc> v = Rfc.validate("  gode561231gr8\u00A0", CheckDigitMode.STRICT);
        assertThat(v.value()).map(Rfc::toString).contains(GODE_VALID);
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IDENTIFICADOR_NORMALIZADO");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains(GODE_VALID);
        });
    }

    @Test
    void validate_decomposedNTilde_isComposedWithAWarning() {
        String composed = withDigit("MUÑ800101AB");
        String decomposed = composed.replace("Ñ", "N\u0303");
        IdentifierValidation<Rfc> v = Rfc.validate(decomposed, CheckDigitMode.STRICT);
        assertThat(v.value()).map(Rfc::toString).contains(composed);
        assertThat(v.findings()).extracting(Finding::code).containsExactly("IDENTIFICADOR_NORMALIZADO");
        assertThat(Rfc.parse(decomposed.toLowerCase(java.util.Locale.ROOT))).hasToString(composed);
    }

    @Test
    void validate_kelvinSign_isRejectedAlthoughNfcWouldMakeItK() {
        String kelvin = "\u212AODE561231GR8";
        assertThat(java.text.Normalizer.normalize(kelvin, java.text.Normalizer.Form.NFC)).startsWith("KODE");
        assertThat(codes(Rfc.validate(kelvin, CheckDigitMode.LENIENT))).containsExactly("IDENTIFICADOR_CARACTER_AJENO");
    }

    @Test
    void validate_doubleCombiningTilde_secondOneIsForeign_positionCountsComposedPairAsOne() {
        IdentifierValidation<Rfc> v = Rfc.validate("MUN\u0303\u0303800101AB1", CheckDigitMode.LENIENT);
        assertThat(codes(v)).containsExactly("IDENTIFICADOR_CARACTER_AJENO");
        assertThat(v.errors().get(0).message()).contains("U+0303").contains("posición 4");
    }

    @Test
    void validate_combiningTildeOnAnotherLetter_isForeign() {
        assertThat(codes(Rfc.validate("MUA\u0303800101AB1", CheckDigitMode.LENIENT)))
                .containsExactly("IDENTIFICADOR_CARACTER_AJENO");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "G\u041EDE561231GR8",        // Cyrillic capital O
        "GOD\u0395561231GR8",        // Greek capital Epsilon
        "\uFF27ODE561231GR8",        // fullwidth G
        "GODE\uFF15\uFF16\uFF11231GR8", // fullwidth digits
        "GODE561231GR\u0668",        // Arabic-Indic eight
        "G\u00D3DE561231GR8",        // Ó: a Latin letter, but not one of the RFC's
        "GODE561231GR8\u200B",       // zero-width space
        "\u0131ODE561231GR8",        // Turkish dotless i: toUpperCase(ROOT) would make it I
    })
    void validate_lookAlikeOrForeignCharacters_areRejected(String text) {
        IdentifierValidation<Rfc> v = Rfc.validate(text, CheckDigitMode.LENIENT);
        assertThat(codes(v)).containsExactly("IDENTIFICADOR_CARACTER_AJENO");
        assertThat(v.errors().get(0).message()).contains("U+");
    }

    @Test
    void validate_cyrillicLookAlike_messageNamesCharacterAndPosition() {
        Finding f = Rfc.validate("G\u041EDE561231GR8", CheckDigitMode.STRICT).errors().get(0);
        assertThat(f.message()).contains("U+041E CYRILLIC CAPITAL LETTER O").contains("posición 2");
    }

    @Test
    void validate_hugeInput_isRejectedWithoutEchoingIt() {
        String huge = "A".repeat(1_000_000);
        IdentifierValidation<Rfc> v = Rfc.validate(huge, CheckDigitMode.STRICT);
        assertThat(codes(v)).containsExactly("IDENTIFICADOR_LONGITUD");
        assertThat(v.errors().get(0).offendingValue()).hasValueSatisfying(s -> assertThat(s).hasSizeLessThan(50));
    }

    @Test
    void validate_dateWordAndDigit_areAllReported() {
        IdentifierValidation<Rfc> v = Rfc.validate("PEDO990230AB1", CheckDigitMode.STRICT);
        assertThat(codes(v)).contains("RFC_FECHA", "RFC_PALABRA_INCONVENIENTE");
    }

    @Test
    void parse_isInverseOfToString_forSamples() {
        for (String s : List.of(GODE_VALID, "A&A050908GT0", "XAXX010101000")) {
            assertThat(Rfc.parse(Rfc.parse(s).toString())).hasToString(s);
        }
    }

    static String withDigit(String withoutDigit) {
        return withoutDigit + CheckDigits.rfc(withoutDigit);
    }

    private static int remainder(char digit) {
        // inverse of the digit rule: 0 -> 0, A -> 1, else 11 - d
        if (digit == '0') {
            return 0;
        }
        return digit == 'A' ? 1 : 11 - (digit - '0');
    }

    static List<String> codes(IdentifierValidation<?> v) {
        return v.findings().stream().filter(Finding::isError).map(Finding::code).toList();
    }
}
