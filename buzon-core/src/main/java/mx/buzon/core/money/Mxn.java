package mx.buzon.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryOperator;
import mx.buzon.core.money.internal.DecimalAmount;
import mx.buzon.core.money.internal.IsoCurrency;
import mx.buzon.problem.BuzonException;

/**
 * Mexican pesos: the currency, amounts, and the two roundings the CFF uses.
 *
 * <ul>
 * <li>{@link #CENTAVOS}: amounts are determined including fractions of a peso (CFF art. 20, second
 *     paragraph: "se considerarán, inclusive, las fracciones del peso"); the SDK keeps them to the centavo,
 *     rounding half up (0.005 → 0.01). The CFF does not state the rounding of the centavo itself; half up is
 *     the usual commercial rule and the SAT's own calculators' behaviour, and it is a named choice here.</li>
 * <li>{@link #AJUSTE_PAGO_CFF_20}: for payment, amounts with 1 to 50 centavos are adjusted down to the whole
 *     peso and those with 51 to 99 centavos up to the next peso (CFF art. 20).</li>
 * </ul>
 * Example: {@code Mxn.of("1234.565").with(Mxn.CENTAVOS)} is MXN 1234.57; with {@code AJUSTE_PAGO_CFF_20}
 * it is MXN 1235.00, while MXN 1234.50 pays MXN 1234.00.
 *
 * <p>Thread-safe (stateless).
 */
public final class Mxn {

    /** The Mexican peso, ISO 4217 {@code MXN}, two fraction digits. */
    public static final CurrencyUnit MXN = IsoCurrency.of("MXN");

    /** Rounds to the centavo, half up. Refuses amounts in other currencies. */
    public static final MonetaryOperator CENTAVOS = amount -> of(number(amount).setScale(2, RoundingMode.HALF_UP));

    /**
     * The payment adjustment of CFF art. 20: to the centavo (half up), then 1–50 centavos down and 51–99 up to
     * a whole peso. Refuses amounts in other currencies.
     */
    public static final MonetaryOperator AJUSTE_PAGO_CFF_20 = amount -> of(
            number(amount).setScale(2, RoundingMode.HALF_UP).setScale(0, RoundingMode.HALF_DOWN).setScale(2));

    private Mxn() {
    }

    /**
     * An amount in pesos.
     *
     * @param pesos e.g. {@code new BigDecimal("1234.56")}
     * @return the amount (the SDK's own JSR-354 implementation, not Moneta's {@code Money}), with the number
     *     unchanged
     */
    public static MonetaryAmount of(BigDecimal pesos) {
        return DecimalAmount.of(Objects.requireNonNull(pesos, "pesos"), MXN);
    }

    /**
     * An amount in pesos from its decimal text.
     *
     * @param pesos e.g. {@code "1234.56"} or {@code "-0.5"}: an optional minus, at most 30 digits and a dot with
     *     at most 10 decimals (never locale-formatted: no thousands separators, no {@code $}, no exponent);
     *     surrounding spaces are ignored
     * @return the amount
     * @throws BuzonException {@link MoneyErrorCode#MONTO_FORMATO_INVALIDO} when the text is not such a number
     */
    public static MonetaryAmount of(String pesos) {
        String s = Objects.requireNonNull(pesos, "pesos").strip();
        if (!isPlainDecimal(s)) {
            String shown = s.length() <= 40 ? s : s.substring(0, 40) + "…";
            throw new BuzonException(MoneyErrorCode.MONTO_FORMATO_INVALIDO, MoneyErrorCode.MONTO_FORMATO_INVALIDO.message(
                    shown), null);
        }
        return of(new BigDecimal(s));
    }

    private static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int integer = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            integer++;
        }
        if (integer == 0 || integer > 30) {
            return false;
        }
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int decimals = s.length() - i - 1;
        if (decimals < 1 || decimals > 10) {
            return false;
        }
        for (int j = i + 1; j < s.length(); j++) {
            if (s.charAt(j) < '0' || s.charAt(j) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * The amount's number as an exact BigDecimal, after checking the currency.
     *
     * @param amount an amount in MXN, of any JSR-354 implementation (the currency is compared by its code)
     * @return its number
     * @throws IllegalArgumentException when the amount is not in MXN
     */
    public static BigDecimal number(MonetaryAmount amount) {
        Objects.requireNonNull(amount, "amount");
        if (!MXN.getCurrencyCode().equals(amount.getCurrency().getCurrencyCode())) {
            throw new IllegalArgumentException("Amounts must be in MXN, not " + amount.getCurrency().getCurrencyCode()
                    + ": " + amount);
        }
        return amount.getNumber().numberValue(BigDecimal.class);
    }

    /**
     * The amount as plain decimal text to the centavo, the form amounts take in a cadena original and in
     * JSON: {@code "10456.00"}, {@code "0.50"}. An amount keeps the scale it was made with (and another JSR-354
     * implementation may drop trailing zeros), so use this rather than {@code getNumber().toString()} when the
     * text matters.
     *
     * @param amount an amount in MXN
     * @return the amount rounded by {@link #CENTAVOS}, with exactly two decimals, no grouping, dot separator
     */
    public static String toPlainString(MonetaryAmount amount) {
        return number(amount).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The amount's number after checking it is MXN and not negative.
     *
     * @param amount an amount in MXN
     * @param what what the amount is, for the message
     * @return its number
     * @throws IllegalArgumentException when the amount is not MXN or is negative
     */
    static BigDecimal nonNegative(MonetaryAmount amount, String what) {
        BigDecimal n = number(amount);
        if (n.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
        return n;
    }
}
