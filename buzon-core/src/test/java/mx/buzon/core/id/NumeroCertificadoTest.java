package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NumeroCertificadoTest {

    private static final long SEED = 42L;

    @Test
    void parse_satFixture_hexAndDecimalAsOpensslAndJava() {
        NumeroCertificado n = NumeroCertificado.parse("30001000000500003415");

        assertThat(n.hex()).isEqualTo("3330303031303030303030353030303033343135");
        assertThat(n.decimal()).isEqualTo("292233162870206001759766198462772978647764840757");
        assertThat(n).hasToString("30001000000500003415");
    }

    @Test
    void parse_toString_roundTripForRandomNumbers() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 1000; i++) {
            String digits = String.format(Locale.ROOT, "%010d%010d", random.nextLong(10_000_000_000L),
                    random.nextLong(10_000_000_000L));
            NumeroCertificado n = NumeroCertificado.parse(digits);
            assertThat(n.toString()).as("seed %d: %s", SEED, digits).isEqualTo(digits);
            assertThat(NumeroCertificado.of(n.serial())).isEqualTo(n);
        }
    }

    @Test
    void of_serialNotInSatForm_noSatFormAndPrefixedHexTextThatParsesBack() {
        NumeroCertificado n = NumeroCertificado.of(BigInteger.valueOf(0x1234));

        assertThat(n.sat()).isEmpty();
        assertThat(n).hasToString("0x1234");
        assertThat(NumeroCertificado.parse(n.toString())).isEqualTo(n);
    }

    @Test
    void parse_notTwentyDigits_codedSpanishErrorQuotingTheValue() {
        for (String bad : new String[] {"3000100000050000341", "300010000005000034151", "3000100000050000341X",
                "3000100000050000341Ñ", "0x", "12-34"}) {
            assertThatThrownBy(() -> NumeroCertificado.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.errorCode())
                            .isEqualTo(IdentifierErrorCode.NUMERO_CERTIFICADO_FORMATO))
                    .hasMessageContaining("«" + bad + "»").hasMessageContaining("número de certificado");
            assertThat(NumeroCertificado.isValid(bad)).as(bad).isFalse();
        }
        assertThatThrownBy(() -> NumeroCertificado.parse(" ")).isInstanceOfSatisfying(
                InvalidIdentifierException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(IdentifierErrorCode.IDENTIFICADOR_VACIO));
        assertThatThrownBy(() -> NumeroCertificado.parse("1".repeat(5_000))).isInstanceOfSatisfying(
                InvalidIdentifierException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(IdentifierErrorCode.IDENTIFICADOR_LONGITUD));
    }

    @Test
    void validate_surroundingSpaces_valueWithNormalisedWarning() {
        IdentifierValidation<NumeroCertificado> v = NumeroCertificado.validate(" 30001000000500003415\t");

        assertThat(v.value()).contains(NumeroCertificado.parse("30001000000500003415"));
        assertThat(v.warnings()).extracting(f -> f.code()).containsExactly("IDENTIFICADOR_NORMALIZADO");
    }

    @Test
    void parseHexAndDecimal_notThatForm_codedError() {
        assertThatThrownBy(() -> NumeroCertificado.parseHex("XYZ")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> NumeroCertificado.parseDecimal("1F")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void of_negativeSerial_programmerError() {
        assertThatThrownBy(() -> NumeroCertificado.of(BigInteger.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_hexAndDecimalFormsItPrints_sameNumero() {
        NumeroCertificado n = NumeroCertificado.parse("30001000000500003415");

        assertThat(NumeroCertificado.parse(n.hex())).isEqualTo(n);
        assertThat(NumeroCertificado.parse(n.decimal())).isEqualTo(n);
        assertThat(NumeroCertificado.parse("0x" + n.hex().toLowerCase(java.util.Locale.ROOT))).isEqualTo(n);
        assertThat(NumeroCertificado.parse(" 33:30:30:30:31:30:30:30:30:30:30:35:30:30:30:30:33:34:31:35 "))
                .isEqualTo(n);
        assertThat(NumeroCertificado.parse("1F")).isEqualTo(NumeroCertificado.of(java.math.BigInteger.valueOf(31)));
        assertThat(NumeroCertificado.parseDecimal("31")).isEqualTo(NumeroCertificado.parseHex("1f"));
    }

    @Test
    void parse_randomSerials_everyPrintedFormRoundTrips() {
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 2000; i++) {
            NumeroCertificado n = NumeroCertificado.of(new java.math.BigInteger(1 + random.nextInt(160), random));
            assertThat(NumeroCertificado.parseHex(n.hex())).isEqualTo(n);
            assertThat(NumeroCertificado.parseDecimal(n.decimal())).isEqualTo(n);
            assertThat(NumeroCertificado.parse(n.toString())).as(n.hex()).isEqualTo(n); // 0x keeps hex unambiguous
            if (n.decimal().length() > 40) {
                assertThat(NumeroCertificado.parse(n.decimal())).isEqualTo(n);
            }
        }
    }

    @Test
    void parse_satNumeroWithADigitMissingOrExtra_refusedNotReadAsDecimal() {
        for (String typo : new String[] {"3000100000050000341", "300010000005000034155", "30001000000500003415X"}) {
            assertThatThrownBy(() -> NumeroCertificado.parse(typo)).isInstanceOf(InvalidIdentifierException.class);
        }
    }
}
