package mx.buzon.core.money.internal;

import java.util.Currency;
import java.util.Objects;
import javax.money.CurrencyContext;
import javax.money.CurrencyContextBuilder;
import javax.money.CurrencyUnit;

/**
 * An ISO 4217 currency as a JSR-354 {@link CurrencyUnit}, backed by {@link java.util.Currency}: no JSR-354
 * provider (service loader, configuration) is involved, so nothing is loaded or logged on first use.
 *
 * <p>Two units of this class are equal when their codes are; {@link mx.buzon.core.money.Mxn#number} compares any
 * implementation's unit by its code. Immutable and thread-safe.
 */
public final class IsoCurrency implements CurrencyUnit {

    private static final CurrencyContext CONTEXT = CurrencyContextBuilder.of("java.util.Currency").build();

    private final Currency currency;

    private IsoCurrency(Currency currency) {
        this.currency = currency;
    }

    /**
     * The unit of an ISO 4217 code.
     *
     * @param code e.g. {@code "MXN"}
     * @return the unit
     * @throws IllegalArgumentException when the code is not an ISO 4217 currency the JDK knows
     */
    public static IsoCurrency of(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return new IsoCurrency(Currency.getInstance(code));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown ISO 4217 currency code: " + code, e);
        }
    }

    /**
     * The unit of any JSR-354 currency, by its code.
     *
     * @param unit a currency of any implementation
     * @return the SDK's unit of the same code
     */
    public static IsoCurrency from(CurrencyUnit unit) {
        return unit instanceof IsoCurrency iso ? iso : of(unit.getCurrencyCode());
    }

    @Override
    public String getCurrencyCode() {
        return currency.getCurrencyCode();
    }

    @Override
    public int getNumericCode() {
        return currency.getNumericCode();
    }

    @Override
    public int getDefaultFractionDigits() {
        return currency.getDefaultFractionDigits();
    }

    @Override
    public CurrencyContext getContext() {
        return CONTEXT;
    }

    @Override
    public int compareTo(CurrencyUnit other) {
        return getCurrencyCode().compareTo(other.getCurrencyCode());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsoCurrency other && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return getCurrencyCode().hashCode();
    }

    @Override
    public String toString() {
        return getCurrencyCode();
    }
}
