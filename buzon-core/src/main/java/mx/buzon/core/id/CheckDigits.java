package mx.buzon.core.id;

import java.util.Arrays;

/**
 * The check-digit algorithms of docs/LEGAL.md §1, on canonical text whose format was already checked.
 */
final class CheckDigits {

    // docs/LEGAL.md §1: value = index; space 37, Ñ 38 (index 36 is Z).
    private static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

    // Lookup tables indexed by char (all characters of both alphabets are below U+0100); -1 elsewhere.
    private static final int[] RFC_VALUES = table(RFC_ALPHABET);
    private static final int[] CURP_VALUES = table(CURP_ALPHABET);

    private CheckDigits() {
    }

    private static int[] table(String alphabet) {
        int[] values = new int[256];
        Arrays.fill(values, -1);
        for (int i = 0; i < alphabet.length(); i++) {
            values[alphabet.charAt(i)] = i;
        }
        return values;
    }

    /**
     * @param rfcWithoutDigit the 11 or 12 characters before the check digit
     * @return the expected check digit: {@code 0}–{@code 9} or {@code A}
     */
    static char rfc(CharSequence rfcWithoutDigit) {
        int padding = 12 - rfcWithoutDigit.length();
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = i < padding ? ' ' : rfcWithoutDigit.charAt(i - padding);
            sum += RFC_VALUES[c] * (13 - i);
        }
        int r = sum % 11;
        if (r == 0) {
            return '0';
        }
        return r == 1 ? 'A' : (char) ('0' + (11 - r));
    }

    /**
     * @param first17 the 17 characters of a CURP before its check digit
     * @return the expected check digit {@code 0}–{@code 9}
     */
    static char curp(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CURP_VALUES[first17.charAt(i)] * (18 - i);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Luhn with weights 1, 2, 1, 2, ... from the left (NSS, docs/LEGAL.md §1).
     *
     * @param digits the ten digits before the check digit
     * @return the expected check digit
     */
    static char nss(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += luhnTerm(digits.charAt(i) - '0', i % 2 == 1);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    /**
     * Luhn doubling the rightmost digit first, after replacing a leading letter by its index + 10 as two digits
     * (A → 10 ... Z → 35) (registro patronal, docs/LEGAL.md §1).
     *
     * @param first10 the ten characters before the check digit
     * @return the expected check digit
     */
    static char registroPatronal(CharSequence first10) {
        String digits = expandLeadingLetter(first10);
        int sum = 0;
        for (int i = digits.length() - 1, fromRight = 0; i >= 0; i--, fromRight++) {
            sum += luhnTerm(digits.charAt(i) - '0', fromRight % 2 == 0);
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static String expandLeadingLetter(CharSequence first10) {
        char first = first10.charAt(0);
        if (first >= 'A' && first <= 'Z') {
            return (first - 'A' + 10) + first10.subSequence(1, first10.length()).toString();
        }
        return first10.toString();
    }

    private static int luhnTerm(int digit, boolean doubled) {
        if (!doubled) {
            return digit;
        }
        int product = digit * 2;
        return product > 9 ? product - 9 : product;
    }
}
