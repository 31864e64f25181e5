package mx.buzon.core.id;

import static mx.buzon.core.id.RfcTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurpTest {

    /** Known-answer table: every CURP of docs/LEGAL.md §1. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "HEGG560427MVZRRL04, true,  1956-04-27, M, VZ",
        "BEML920313HMCLNS09, true,  1992-03-13, H, MC",
        "PEGL890909MJCRMS08, true,  1989-09-09, M, JC",
        "PEGL890909MJCRMS09, false, 1989-09-09, M, JC",
    })
    void parse_rulesSamples_knownAnswers(String text, boolean strictlyValid, LocalDate birth, Sexo sexo,
            String state) {
        assertThat(Curp.isValid(text)).as(text).isEqualTo(strictlyValid);
        Curp curp = Curp.parse(text, CheckDigitMode.LENIENT);
        assertThat(curp).hasToString(text);
        assertThat(curp.birthDate()).isEqualTo(birth);
        assertThat(curp.sexo()).isEqualTo(sexo);
        assertThat(curp.state()).isEqualTo(state);
        assertThat(curp.hasValidCheckDigit()).isEqualTo(strictlyValid);
    }

    @Test
    void checkDigit_handComputedForHEGG560427MVZRRL04_isFour() {
        // H=17 E=14 G=16 G=16 5 6 0 4 2 7 M=22 V=32 Z=36 R=28 R=28 L=21 0 (Ñ=24 shifts O..Z up by one),
        // weights 18 down to 2: 306+238+256+240+70+78+0+44+20+63+176+224+216+140+112+63+0 = 2246;
        // (10 - 2246 mod 10) mod 10 = 4.
        assertThat(CheckDigits.curp("HEGG560427MVZRRL0")).isEqualTo('4');
    }

    @Test
    void parse_wrongDigitStrict_throwsCurpDigitoVerificador() {
        assertThatThrownBy(() -> Curp.parse("PEGL890909MJCRMS09"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.code()).isEqualTo("CURP_DIGITO_VERIFICADOR"));
        assertThat(Curp.validate("PEGL890909MJCRMS09", CheckDigitMode.LENIENT).warnings())
                .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void sexX_rejectedByDefault_acceptedWhenConfigured() {
        Curp withX = Curp.of("PEGL890909XJCRMS0", Curp.SEXOS_HMX);
        assertThat(withX.sexo()).isEqualTo(Sexo.X);
        assertThat(codes(Curp.validate(withX.toString(), CheckDigitMode.STRICT))).containsExactly("CURP_SEXO");
        assertThat(Curp.validate(withX.toString(), CheckDigitMode.STRICT, Curp.SEXOS_HMX).isValid()).isTrue();
    }

    @Test
    void sexLetterOutsideHMX_isCurpSexo() {
        String text = Curp.of("PEGL890909MJCRMS0", Curp.SEXOS_HM).toString().replace("909M", "909Q");
        assertThat(codes(Curp.validate(text, CheckDigitMode.LENIENT, Curp.SEXOS_HMX))).containsExactly("CURP_SEXO");
    }

    @Test
    void onlyWomen_configurable() {
        assertThat(Curp.validate("BEML920313HMCLNS09", CheckDigitMode.STRICT, Set.of(Sexo.M)).isValid()).isFalse();
    }

    @Test
    void emptySexSet_isProgrammerError() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> Curp.validate("BEML920313HMCLNS09", CheckDigitMode.STRICT, Set.of())).withMessageContaining("sexos");
    }

    @Test
    void stateNE_bornAbroad_isValid() {
        Curp curp = Curp.of("BEML920313HNECNS0", Curp.SEXOS_HM);
        assertThat(curp.state()).isEqualTo("NE");
        assertThat(Curp.isValid(curp.toString())).isTrue();
    }

    @Test
    void unknownState_isCurpEntidad() {
        String text = withDigit("BEML920313HXXCNS0");
        assertThat(codes(Curp.validate(text, CheckDigitMode.STRICT))).containsExactly("CURP_ENTIDAD");
    }

    @Test
    void everyStateOfTheCatalogue_isAccepted() {
        assertThat(Curp.STATES).hasSize(33);
        for (String state : Curp.STATES) {
            assertThat(Curp.isValid(withDigit("BEML920313H" + state + "CNS0"))).as(state).isTrue();
        }
    }

    @Test
    void differentiator_givesTheCentury() {
        assertThat(Curp.parse(withDigit("BEML050313HMCLNSA")).birthDate()).isEqualTo(LocalDate.of(2005, 3, 13));
        assertThat(Curp.parse(withDigit("BEML050313HMCLNS0")).birthDate()).isEqualTo(LocalDate.of(1905, 3, 13));
    }

    @Test
    void feb29OfYear00_validWithLetter_differentiatorErrorWithDigit() {
        assertThat(Curp.isValid(withDigit("BEML000229HMCLNSA"))).isTrue();
        // A digit says born before 2000: 29 February 1900 never existed.
        assertThat(codes(Curp.validate(withDigit("BEML000229HMCLNS0"), CheckDigitMode.STRICT)))
                .containsExactly("CURP_DIFERENCIADOR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"990230", "991301", "990000", "990431", "990229"})
    void impossibleDate_isCurpFecha(String yymmdd) {
        String text = withDigit("BEML" + yymmdd + "HMCLNS0");
        assertThat(codes(Curp.validate(text, CheckDigitMode.STRICT))).containsExactly("CURP_FECHA");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "BEML920313HMCLNS0   | IDENTIFICADOR_LONGITUD",
        "BEML920313HMCLNS091 | IDENTIFICADOR_LONGITUD",
        "B3ML920313HMCLNS09  | CURP_FORMATO",
        "BEML92031AHMCLNS09  | CURP_FORMATO",
        "BEML9203134MCLNS09  | CURP_FORMATO",
        "BEML920313HM1LNS09  | CURP_FORMATO",
        "BEML920313HMCANS09  | CURP_FORMATO",
        "BEML920313HMCLNS0A  | CURP_FORMATO",
        "BEML920313HMCLNSÑ9  | CURP_FORMATO",
    })
    void malformed_isRejectedWithCode(String text, String code) {
        assertThat(codes(Curp.validate(text, CheckDigitMode.LENIENT))).containsExactly(code);
    }

    @Test
    void lowerCase_isNormalisedWithWarning() {
        IdentifierValidation<Curp> v = Curp.validate(" beml920313hmclns09 ", CheckDigitMode.STRICT);
        assertThat(v.value()).map(Curp::toString).contains("BEML920313HMCLNS09");
        assertThat(v.warnings()).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo("IDENTIFICADOR_NORMALIZADO"));
    }

    @Test
    void of_wrongLength_isProgrammerError() {
        assertThatIllegalArgumentException().isThrownBy(() -> Curp.of("BEML", Curp.SEXOS_HM))
                .withMessageContaining("17");
    }

    @Test
    void equalsAndHashCode_byCanonicalText() {
        assertThat(Curp.parse("beml920313hmclns09")).isEqualTo(Curp.parse("BEML920313HMCLNS09"))
                .hasSameHashCodeAs(Curp.parse("BEML920313HMCLNS09"))
                .isNotEqualTo(Curp.parse("HEGG560427MVZRRL04"));
    }

    static String withDigit(String first17) {
        return first17 + CheckDigits.curp(first17);
    }
}
