package mx.buzon.core.id;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Normalisation of identifier text at the boundary (see the package documentation): trim, compose a decomposed
 * Ñ, upper-case the ASCII letters and ñ by table, reject everything else that is not A–Z, Ñ, &amp;, 0–9 (or a
 * hyphen when allowed).
 *
 * <p>Why not full NFC: NFC also maps singletons such as the Kelvin sign U+212A to {@code K}, which would let a
 * look-alike in. {@code N} or {@code n} followed by the combining tilde U+0303 is the one canonical
 * equivalence an identifier can legitimately contain, so it is the only one applied.
 */
final class Boundary {

    /** Longer raw input is rejected before it is copied or normalised (no identifier is near this long). */
    static final int MAX_RAW_LENGTH = 256;
    private static final int SHOWN_PREFIX = 40;
    private static final char COMBINING_TILDE = '\u0303';

    private Boundary() {
    }

    /**
     * @return the normalised text, or {@code null} when an error was added to {@code report}
     */
    static @Nullable String normalize(CharSequence raw, String name, String whatToCapture, boolean allowHyphen,
            Report report) {
        if (raw.length() > MAX_RAW_LENGTH) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_LONGITUD, shown(raw), raw.length(), name,
                    whatToCapture);
            return null;
        }
        String original = raw.toString();
        if (isCanonical(original, allowHyphen)) {
            return original; // the common case: nothing to normalise, nothing to copy
        }
        String trimmed = trim(original);
        if (trimmed.isEmpty()) {
            report.error(IdentifierErrorCode.IDENTIFICADOR_VACIO, original, name, whatToCapture);
            return null;
        }
        StringBuilder canonical = new StringBuilder(trimmed.length());
        int position = 0;
        for (int i = 0; i < trimmed.length(); ) {
            int cp = trimmed.codePointAt(i);
            int width = Character.charCount(cp);
            position++;
            if ((cp == 'N' || cp == 'n') && i + 1 < trimmed.length() && trimmed.charAt(i + 1) == COMBINING_TILDE) {
                cp = 'Ñ'; // what NFC does to this pair, and the only composition accepted (see the class comment)
                width = 2;
            }
            int mapped = upperCase(cp);
            if (!isAllowed(mapped, allowHyphen)) {
                if (report.keepsFindings()) { // the Unicode name table is slow: only for a full report
                    report.error(IdentifierErrorCode.IDENTIFICADOR_CARACTER_AJENO, original,
                            new String(Character.toChars(cp)), describe(cp), position, name);
                } else {
                    report.error(IdentifierErrorCode.IDENTIFICADOR_CARACTER_AJENO, original);
                }
                return null;
            }
            canonical.append((char) mapped);
            i += width;
        }
        String result = canonical.toString();
        if (!result.equals(original)) {
            report.warning(IdentifierErrorCode.IDENTIFICADOR_NORMALIZADO, original, original, result);
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
