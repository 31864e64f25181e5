package mx.buzon.core.money.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryAmountFactory;
import javax.money.MonetaryContext;
import javax.money.MonetaryContextBuilder;
import javax.money.MonetaryException;
import javax.money.MonetaryOperator;
import javax.money.NumberValue;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's JSR-354 amount: an exact {@link BigDecimal} and an {@link IsoCurrency}, with the arithmetic of
 * {@link BigDecimal} (additions and multiplications exact; divisions to 256 significant digits, half even, the
 * context Moneta's {@code Money} used before).
 *
 * <p>Why not Moneta: every Moneta release since 1.4.3 declares {@code requires okhttp3} in its module
 * descriptor (for a remote-resource loader the SDK never calls), so a modular application could not start
 * without OkHttp, okio and the Kotlin runtime; and Moneta logs its MathContext through
 * {@code java.util.logging} the first time an amount is made, in every host. This class needs only the
 * {@code java.money} API, which stays the SDK's public type.
 *
 * <p>Two amounts are equal when their currencies are and their numbers are numerically equal ({@code 1.5} and
 * {@code 1.50}); {@link #toString()} is {@code "MXN 1234.50"}. Amounts of other JSR-354 implementations are
 * accepted as arguments and taken by currency code and number. Immutable and thread-safe.
 */
public final class DecimalAmount implements MonetaryAmount {

    /** Divisions: 256 significant digits, half even. */
    static final MathContext DIVISION = new MathContext(256, RoundingMode.HALF_EVEN);

    private static final MonetaryContext CONTEXT = MonetaryContextBuilder.of(DecimalAmount.class)
            .setPrecision(0).setMaxScale(-1).setFixedScale(false).set(DIVISION).build();

    private final BigDecimal number;
    private final IsoCurrency currency;

    private DecimalAmount(BigDecimal number, IsoCurrency currency) {
        this.number = number;
        this.currency = currency;
    }

    /**
     * An amount.
     *
     * @param number its number, kept as given (scale included)
     * @param currency its currency, of any JSR-354 implementation
     * @return the amount
     */
    public static DecimalAmount of(BigDecimal number, CurrencyUnit currency) {
        return new DecimalAmount(Objects.requireNonNull(number, "number"),
                IsoCurrency.from(Objects.requireNonNull(currency, "currency")));
    }

    /**
     * An amount from a currency code.
     *
     * @param number its number
     * @param currencyCode an ISO 4217 code, e.g. {@code "MXN"}
     * @return the amount
     * @throws IllegalArgumentException when the code is unknown
     */
    public static DecimalAmount of(BigDecimal number, String currencyCode) {
        return new DecimalAmount(Objects.requireNonNull(number, "number"), IsoCurrency.of(currencyCode));
    }

    /**
     * The same amount as a {@code DecimalAmount}.
     *
     * @param amount an amount of any JSR-354 implementation
     * @return it, or an equal {@code DecimalAmount}
     */
    public static DecimalAmount from(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        return amount instanceof DecimalAmount d ? d : of(decimal(amount.getNumber()), amount.getCurrency());
    }

    private static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal bd) {
            return bd;
        }
        if (n instanceof NumberValue nv) {
            return nv.numberValue(BigDecimal.class);
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new ArithmeticException("Not a finite number: " + n);
            }
            return BigDecimal.valueOf(d);
        }
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) {
            return BigDecimal.valueOf(n.longValue());
        }
        return new BigDecimal(n.toString());
    }

    private static BigDecimal decimal(double d) {
        return decimal((Number) d);
    }

    private DecimalAmount same(MonetaryAmount other) {
        Objects.requireNonNull(other, "amount");
        if (!currency.getCurrencyCode().equals(other.getCurrency().getCurrencyCode())) {
            throw new MonetaryException("Currency mismatch: " + currency + " and " + other.getCurrency());
        }
        return from(other);
    }

    private DecimalAmount with(BigDecimal n) {
        return new DecimalAmount(n, currency);
    }

    @Override
    public CurrencyUnit getCurrency() {
        return currency;
    }

    @Override
    public NumberValue getNumber() {
        return new DecimalNumber(number);
    }

    @Override
    public MonetaryContext getContext() {
        return CONTEXT;
    }

    /** As {@code Money.with} did: an operator's exception arrives wrapped in a {@link MonetaryException}. */
    @Override
    public MonetaryAmount with(MonetaryOperator operator) {
        Objects.requireNonNull(operator, "operator");
        try {
            return operator.apply(this);
        } catch (MonetaryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new MonetaryException("Operator failed: " + operator, e);
        }
    }

    @Override
    public MonetaryAmountFactory<DecimalAmount> getFactory() {
        return new Factory(currency, number);
    }

    @Override
    public boolean isGreaterThan(MonetaryAmount amount) {
        return compareTo(same(amount)) > 0;
    }

    @Override
    public boolean isGreaterThanOrEqualTo(MonetaryAmount amount) {
        return compareTo(same(amount)) >= 0;
    }

    @Override
    public boolean isLessThan(MonetaryAmount amount) {
        return compareTo(same(amount)) < 0;
    }

    @Override
    public boolean isLessThanOrEqualTo(MonetaryAmount amount) {
        return compareTo(same(amount)) <= 0;
    }

    @Override
    public boolean isEqualTo(MonetaryAmount amount) {
        return compareTo(same(amount)) == 0;
    }

    @Override
    public int signum() {
        return number.signum();
    }

    @Override
    public DecimalAmount add(MonetaryAmount amount) {
        return with(number.add(same(amount).number));
    }

    @Override
    public DecimalAmount subtract(MonetaryAmount amount) {
        return with(number.subtract(same(amount).number));
    }

    @Override
    public DecimalAmount multiply(long multiplicand) {
        return with(number.multiply(BigDecimal.valueOf(multiplicand)));
    }

    @Override
    public DecimalAmount multiply(double multiplicand) {
        return with(number.multiply(decimal(multiplicand)));
    }

    @Override
    public DecimalAmount multiply(Number multiplicand) {
        return with(number.multiply(decimal(Objects.requireNonNull(multiplicand, "multiplicand"))));
    }

    @Override
    public DecimalAmount divide(long divisor) {
        return divide((Number) divisor);
    }

    @Override
    public DecimalAmount divide(double divisor) {
        return divide((Number) divisor);
    }

    @Override
    public DecimalAmount divide(Number divisor) {
        return with(number.divide(decimal(Objects.requireNonNull(divisor, "divisor")), DIVISION));
    }

    @Override
    public DecimalAmount remainder(long divisor) {
        return remainder((Number) divisor);
    }

    @Override
    public DecimalAmount remainder(double divisor) {
        return remainder((Number) divisor);
    }

    @Override
    public DecimalAmount remainder(Number divisor) {
        return with(number.remainder(decimal(Objects.requireNonNull(divisor, "divisor")), DIVISION));
    }

    @Override
    public DecimalAmount[] divideAndRemainder(long divisor) {
        return divideAndRemainder((Number) divisor);
    }

    @Override
    public DecimalAmount[] divideAndRemainder(double divisor) {
        return divideAndRemainder((Number) divisor);
    }

    @Override
    public DecimalAmount[] divideAndRemainder(Number divisor) {
        BigDecimal[] qr = number.divideAndRemainder(decimal(Objects.requireNonNull(divisor, "divisor")), DIVISION);
        return new DecimalAmount[] {with(qr[0]), with(qr[1])};
    }

    @Override
    public DecimalAmount divideToIntegralValue(long divisor) {
        return divideToIntegralValue((Number) divisor);
    }

    @Override
    public DecimalAmount divideToIntegralValue(double divisor) {
        return divideToIntegralValue((Number) divisor);
    }

    @Override
    public DecimalAmount divideToIntegralValue(Number divisor) {
        return with(number.divideToIntegralValue(decimal(Objects.requireNonNull(divisor, "divisor")), DIVISION));
    }

    @Override
    public DecimalAmount scaleByPowerOfTen(int power) {
        return with(number.scaleByPowerOfTen(power));
    }

    @Override
    public DecimalAmount abs() {
        return number.signum() < 0 ? negate() : this;
    }

    @Override
    public DecimalAmount negate() {
        return with(number.negate());
    }

    @Override
    public DecimalAmount plus() {
        return this;
    }

    @Override
    public DecimalAmount stripTrailingZeros() {
        return with(number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros());
    }

    /** By currency code, then by number. */
    @Override
    public int compareTo(MonetaryAmount other) {
        int byCurrency = currency.getCurrencyCode().compareTo(other.getCurrency().getCurrencyCode());
        return byCurrency != 0 ? byCurrency : number.compareTo(from(other).number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecimalAmount other && currency.equals(other.currency)
                && number.compareTo(other.number) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + (number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode());
    }

    /** {@code "MXN 1234.50"}: the currency code, a space, the number as plain text (scale kept). */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + number.toPlainString();
    }

    /** The JSR-354 factory of {@link DecimalAmount}. Not thread-safe (a builder), like every such factory. */
    private static final class Factory implements MonetaryAmountFactory<DecimalAmount> {

        private CurrencyUnit currency;
        private BigDecimal number;

        Factory(CurrencyUnit currency, BigDecimal number) {
            this.currency = currency;
            this.number = number;
        }

        @Override
        public Class<? extends MonetaryAmount> getAmountType() {
            return DecimalAmount.class;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setCurrency(String currencyCode) {
            this.currency = IsoCurrency.of(currencyCode);
            return this;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setCurrency(CurrencyUnit unit) {
            this.currency = IsoCurrency.from(Objects.requireNonNull(unit, "currency"));
            return this;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setNumber(double n) {
            this.number = decimal(n);
            return this;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setNumber(long n) {
            this.number = BigDecimal.valueOf(n);
            return this;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setNumber(Number n) {
            this.number = decimal(Objects.requireNonNull(n, "number"));
            return this;
        }

        /** None: the number is a {@link BigDecimal}. */
        @Override
        public @Nullable NumberValue getMaxNumber() {
            return null;
        }

        /** None: the number is a {@link BigDecimal}. */
        @Override
        public @Nullable NumberValue getMinNumber() {
            return null;
        }

        @Override
        public MonetaryAmountFactory<DecimalAmount> setContext(MonetaryContext context) {
            return this;
        }

        @Override
        public DecimalAmount create() {
            return of(number, currency);
        }

        @Override
        public MonetaryContext getDefaultMonetaryContext() {
            return CONTEXT;
        }
    }
}
