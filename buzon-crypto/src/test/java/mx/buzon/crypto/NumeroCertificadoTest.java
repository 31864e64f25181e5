package mx.buzon.crypto;

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
    void of_serialNotInSatForm_noSatFormAndHexText() {
        NumeroCertificado n = NumeroCertificado.of(BigInteger.valueOf(0x1F));

        assertThat(n.sat()).isEmpty();
        assertThat(n).hasToString("1F");
    }

    @Test
    void parse_notTwentyDigits_illegalArgumentQuotingTheValue() {
        for (String bad : new String[] {"", "3000100000050000341", "300010000005000034151", "3000100000050000341X"}) {
            assertThatThrownBy(() -> NumeroCertificado.parse(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"" + bad + "\"");
        }
    }
}
