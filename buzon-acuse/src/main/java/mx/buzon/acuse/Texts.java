package mx.buzon.acuse;

import java.util.Objects;

/** Argument checks shared by the layout types. */
final class Texts {

    private Texts() {
    }

    static String requireLine(String text, String name) {
        requireNotBlank(text, name);
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                throw new IllegalArgumentException(name + " must be one line without control characters, found U+"
                        + hex(cp) + " in \"" + text + "\"");
            }
        });
        return text;
    }

    static String requireParagraph(String text, String name) {
        requireNotBlank(text, name);
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) && cp != '\n' && cp != '\t') {
                throw new IllegalArgumentException(name + " must not contain control characters other than"
                        + " line feed, found U+" + hex(cp));
            }
        });
        return text;
    }

    static String requireNotBlank(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return text;
    }

    static String hex(int codePoint) {
        String digits = Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
}
