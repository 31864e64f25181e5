package mx.buzon.core.id;

/**
 * Date digits inside identifiers.
 */
final class Dates {

    private static final int[] DAYS_IN_MONTH = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private Dates() {
    }

    /**
     * Whether six digits {@code YYMMDD} are a real date in some century. February 29 exists when {@code YY} is a
     * multiple of 4: then 19YY or 20YY is a leap year ({@code 00}: 2000), otherwise no century makes it one.
     */
    static boolean isRealInSomeCentury(CharSequence s, int offset) {
        int yy = twoDigits(s, offset);
        int mm = twoDigits(s, offset + 2);
        int dd = twoDigits(s, offset + 4);
        if (mm < 1 || mm > 12 || dd < 1 || dd > DAYS_IN_MONTH[mm - 1]) {
            return false;
        }
        return !(mm == 2 && dd == 29) || yy % 4 == 0;
    }

    static int twoDigits(CharSequence s, int offset) {
        return (s.charAt(offset) - '0') * 10 + (s.charAt(offset + 1) - '0');
    }
}
