package mx.buzon.core.cadena;

import java.text.Normalizer;
import java.util.Locale;

/** The value rules of the cadena original: normalisation, escaping and the character classes they use. */
final class CadenaValues {

    private CadenaValues() {
    }

    /** Unicode White_Space (PropList.txt): these runs collapse to one U+0020. */
    static boolean isWhiteSpace(int c) {
        return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F
                || c == 0x3000;
    }

    /**
     * Characters written as {@code \}{@code uXXXX}: controls (Cc) and the invisible characters that can make
     * the same bytes read differently (bidirectional formatting marks, the byte order mark).
     */
    static boolean isEscapedAsCode(int c) {
        return c <= 0x1F || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
    }

    /** Index of the first lone surrogate, or -1. */
    static int loneSurrogateIndex(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** NFC, then every White_Space run to one space, then trimmed. Caller has checked surrogates. */
    static String normalize(CharSequence raw) {
        String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            i += Character.charCount(c);
            if (isWhiteSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Escapes a normalised value: {@code \ -> \\}, {@code | -> \|}, controls to {@code \}{@code uXXXX}. */
    static void appendEscaped(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '|') {
                out.append('\\').append(c);
            } else if (isEscapedAsCode(c)) {
                out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
            } else {
                out.append(c);
            }
        }
    }
}
