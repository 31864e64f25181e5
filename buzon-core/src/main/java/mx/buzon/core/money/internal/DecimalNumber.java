package mx.buzon.core.money.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import javax.money.NumberValue;

/** A {@link BigDecimal} as a JSR-354 {@link NumberValue}. Immutable and thread-safe. */
final class DecimalNumber extends NumberValue {

    private static final long serialVersionUID = 1L;

    private final BigDecimal value;

    DecimalNumber(BigDecimal value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    @Override
    public Class<?> getNumberType() {
        return BigDecimal.class;
    }

    @Override
    public int getPrecision() {
        return value.precision();
    }

    @Override
    public int getScale() {
        return value.scale();
    }

    @Override
    public int intValueExact() {
        return value.intValueExact();
    }

    @Override
    public long longValueExact() {
        return value.longValueExact();
    }

    @Override
    public double doubleValueExact() {
        double d = value.doubleValue();
        if (Double.isInfinite(d) || new BigDecimal(d).compareTo(value) != 0) {
            throw new ArithmeticException("Not exactly representable as a double: " + value.toPlainString());
        }
        return d;
    }

    @Override
    public <T extends Number> T numberValue(Class<T> type) {
        return convert(type, false);
    }

    @Override
    public <T extends Number> T numberValueExact(Class<T> type) {
        return convert(type, true);
    }

    @Override
    public NumberValue round(MathContext mathContext) {
        return new DecimalNumber(value.round(mathContext));
    }

    @Override
    public long getAmountFractionNumerator() {
        return value.remainder(BigDecimal.ONE).movePointRight(Math.max(value.scale(), 0)).longValue();
    }

    @Override
    public long getAmountFractionDenominator() {
        return BigDecimal.ONE.movePointRight(Math.max(value.scale(), 0)).longValueExact();
    }

    @Override
    public int intValue() {
        return value.intValue();
    }

    @Override
    public long longValue() {
        return value.longValue();
    }

    @Override
    public float floatValue() {
        return value.floatValue();
    }

    @Override
    public double doubleValue() {
        return value.doubleValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecimalNumber other && value.compareTo(other.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }

    private <T extends Number> T convert(Class<T> type, boolean exact) {
        Objects.requireNonNull(type, "type");
        Number n;
        if (type == BigDecimal.class || type == Number.class) {
            n = value;
        } else if (type == BigInteger.class) {
            n = exact ? value.toBigIntegerExact() : value.toBigInteger();
        } else if (type == Long.class) {
            n = exact ? value.longValueExact() : value.longValue();
        } else if (type == Integer.class) {
            n = exact ? value.intValueExact() : value.intValue();
        } else if (type == Short.class) {
            n = exact ? value.shortValueExact() : value.shortValue();
        } else if (type == Byte.class) {
            n = exact ? value.byteValueExact() : value.byteValue();
        } else if (type == Double.class) {
            n = exact ? doubleValueExact() : value.doubleValue();
        } else if (type == Float.class) {
            float f = value.floatValue();
            if (exact && (Float.isInfinite(f) || new BigDecimal(f).compareTo(value) != 0)) {
                throw new ArithmeticException("Not exactly representable as a float: " + value.toPlainString());
            }
            n = f;
        } else {
            throw new IllegalArgumentException("Unsupported number type: " + type.getName());
        }
        return type.cast(n);
    }
}
