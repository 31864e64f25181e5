package mx.buzon.core.money.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The SDK's JSR-354 amount: BigDecimal arithmetic, equality by value, and Moneta amounts as arguments. */
class DecimalAmountTest {

    private static final long SEED = 20261203L;

    private static DecimalAmount mxn(String n) {
        return DecimalAmount.of(new BigDecimal(n), "MXN");
    }

    @Test
    void arithmetic_matchesBigDecimal_overSeededValues() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 2_000; i++) {
            BigDecimal a = BigDecimal.valueOf(random.nextLong(-10_000_000_00L, 10_000_000_00L), 2);
            BigDecimal b = BigDecimal.valueOf(random.nextLong(1, 10_000_00L), random.nextInt(0, 5));
            DecimalAmount x = DecimalAmount.of(a, "MXN");
            DecimalAmount y = DecimalAmount.of(b, "MXN");
            String seed = "seed " + SEED + ", i=" + i + ", a=" + a + ", b=" + b;
            assertThat(x.add(y).getNumber().numberValue(BigDecimal.class)).as(seed).isEqualTo(a.add(b));
            assertThat(x.subtract(y).getNumber().numberValue(BigDecimal.class)).as(seed).isEqualTo(a.subtract(b));
            assertThat(x.multiply(b).getNumber().numberValue(BigDecimal.class)).as(seed).isEqualTo(a.multiply(b));
            assertThat(x.divide(b).multiply(b).getNumber().numberValue(BigDecimal.class)
                    .setScale(2, RoundingMode.HALF_EVEN)).as(seed).isEqualByComparingTo(a);
            DecimalAmount[] qr = x.divideAndRemainder(b);
            assertThat(qr[0].multiply(b).add(qr[1])).as(seed).isEqualTo(x);
            assertThat(x.negate().negate()).as(seed).isEqualTo(x);
            assertThat(x.abs().signum()).as(seed).isGreaterThanOrEqualTo(0);
            assertThat(x.compareTo(y)).as(seed).isEqualTo(a.compareTo(b));
        }
    }

    @Test
    void equality_isNumeric_andHashCodeAgrees() {
        assertThat(mxn("1.5")).isEqualTo(mxn("1.50")).hasSameHashCodeAs(mxn("1.50"));
        assertThat(mxn("0")).isEqualTo(mxn("0.00")).hasSameHashCodeAs(mxn("0.00"));
        assertThat(mxn("1.5")).isNotEqualTo(DecimalAmount.of(new BigDecimal("1.5"), "USD"));
        assertThat(mxn("1234.50")).hasToString("MXN 1234.50");
    }

    @Test
    void scale_isKept_asGiven() {
        assertThat(mxn("10.00").getNumber().numberValueExact(BigDecimal.class).toPlainString()).isEqualTo("10.00");
        assertThat(mxn("10.00").getNumber().getScale()).isEqualTo(2);
        assertThat(mxn("10.00").stripTrailingZeros().getNumber().numberValue(BigDecimal.class)).isEqualByComparingTo("10");
    }

    @Test
    void monetaAmounts_areAcceptedAsArguments() {
        MonetaryAmount moneta = Money.of(new BigDecimal("2.25"), "MXN");
        assertThat(mxn("1.00").add(moneta)).isEqualTo(mxn("3.25"));
        assertThat(mxn("2.25").isEqualTo(moneta)).isTrue();
        assertThat(DecimalAmount.from(moneta)).isEqualTo(mxn("2.25"));
    }

    @Test
    void currencyMismatch_isMonetaryException() {
        assertThatThrownBy(() -> mxn("1").add(DecimalAmount.of(BigDecimal.ONE, "USD")))
                .isInstanceOf(MonetaryException.class).hasMessageContaining("USD");
    }

    @Test
    void unknownCurrencyCode_isIllegalArgument_namingIt() {
        assertThatThrownBy(() -> DecimalAmount.of(BigDecimal.ONE, "XYZ1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ1");
    }

    @Test
    void with_wrapsTheOperatorsException_asMonetaDid() {
        assertThatThrownBy(() -> mxn("1").with(a -> {
            throw new IllegalArgumentException("refused");
        })).isInstanceOf(MonetaryException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numberValue_convertsExactlyOrRefuses() {
        assertThat(mxn("12").getNumber().numberValueExact(BigInteger.class)).isEqualTo(BigInteger.valueOf(12));
        assertThat(mxn("12.5").getNumber().numberValue(Long.class)).isEqualTo(12L);
        assertThat(mxn("12.5").getNumber().numberValueExact(Double.class)).isEqualTo(12.5);
        assertThatThrownBy(() -> mxn("12.5").getNumber().numberValueExact(Long.class))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> mxn("0.1").getNumber().doubleValueExact()).isInstanceOf(ArithmeticException.class);
        assertThat(mxn("12.345").getNumber().getAmountFractionNumerator()).isEqualTo(345);
        assertThat(mxn("12.345").getNumber().getAmountFractionDenominator()).isEqualTo(1000);
    }

    @Test
    void factory_buildsAmounts() {
        MonetaryAmount made = mxn("0").getFactory().setCurrency("USD").setNumber(7).create();
        assertThat(made).isEqualTo(DecimalAmount.of(BigDecimal.valueOf(7), "USD"));
    }
}
