package mx.buzon.core.id;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Normalisation of identifier text at the boundary (see the package documentation): trim, NFC, upper-case the
 * ASCII letters and ñ by table, reject everything else that is not A–Z, Ñ, &amp;, 0–9 (or a hyphen when allowed).
 */
final class Boundary {

    /** Longer raw input is rejected before it is copied or normalised (no identifier is near this long). */
    static final int MAX_RAW_LENGTH = 256;
    private static final int SHOWN_PREFIX = 40;

    private Boundary() {
    }

    /**
     * @return the normalised text, or {@code null} when an error was added to {@code report}
     */
    static @Nullable String normalize(CharSequence raw, String name, String whatToCapture, boolean allowHyphen,
            Report report) {
        if (raw.length() > MAX_RAW_LENGTH) {
            report.error(IdentifierError.IDENTIFICADOR_LONGITUD, shown(raw), name, raw.length(),
                    whatToCapture);
            return null;
        }
        String original = raw.toString();
        if (isCanonical(original, allowHyphen)) {
            return original; // the common case: nothing to normalise, nothing to copy
        }
        String trimmed = trim(original);
        if (trimmed.isEmpty()) {
            report.error(IdentifierError.IDENTIFICADOR_VACIO, original, name, whatToCapture);
            return null;
        }
        String composed = isAscii(trimmed) ? trimmed : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
        StringBuilder canonical = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            int mapped = upperCase(cp);
            if (!isAllowed(mapped, allowHyphen)) {
                if (report.keepsFindings()) { // the Unicode name table is slow: only for a full report
                    report.error(IdentifierError.IDENTIFICADOR_CARACTER_AJENO, original,
                            new String(Character.toChars(cp)), describe(cp), composed.codePointCount(0, i) + 1, name);
                } else {
                    report.error(IdentifierError.IDENTIFICADOR_CARACTER_AJENO, original);
                }
                return null;
            }
            canonical.append((char) mapped);
            i += Character.charCount(cp);
        }
        String result = canonical.toString();
        if (!result.equals(original)) {
            report.warning(IdentifierError.IDENTIFICADOR_NORMALIZADO, original, original, result);
        }
        return result;
    }

    static String describe(int cp) {
        String unicodeName = Character.getName(cp);
        return String.format(Locale.ROOT, "U+%04X %s", cp, unicodeName == null ? "" : unicodeName).strip();
    }

    private static int upperCase(int cp) {
        if (cp >= 'a' && cp <= 'z') {
            return cp - ('a' - 'A');
        }
        return cp == 'ñ' ? 'Ñ' : cp;
    }

    private static boolean isAllowed(int cp, boolean allowHyphen) {
        return (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == 'Ñ' || cp == '&'
                || (allowHyphen && cp == '-');
    }

    private static boolean isCanonical(String s, boolean allowHyphen) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isAllowed(s.charAt(i), allowHyphen)) {
                return false;
            }
        }
        return true;
    }

    private static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The raw input as it may be shown in a finding: at most {@value #SHOWN_PREFIX} characters. */
    static String shown(CharSequence raw) {
        return raw.length() <= SHOWN_PREFIX ? raw.toString() : raw.subSequence(0, SHOWN_PREFIX) + "…";
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLatinUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
