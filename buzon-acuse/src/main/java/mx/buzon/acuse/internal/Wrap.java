package mx.buzon.acuse.internal;

import java.util.ArrayList;
import java.util.List;

/** Greedy line breaking, by words (falling back to characters for a word wider than a line) or by characters. */
final class Wrap {

    private Wrap() {
    }

    /**
     * Breaks text into lines at spaces; runs of spaces and tabs collapse to one space, {@code '\n'} forces a
     * break, and a word wider than the line is broken between characters.
     */
    static List<String> words(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            hardLine(normalised(text.substring(start, end)), style, width, lines);
            if (end == text.length()) {
                return lines;
            }
            start = end + 1;
        }
    }

    /**
     * Breaks one line without {@code '\n'}, already {@linkplain #normalised normalised}. A candidate line's width
     * is its characters' advances summed left to right, as {@link FontProgram#width(CharSequence, float)} sums
     * them, so it is the same float whether summed whole or word by word, and no candidate string is built.
     */
    private static void hardLine(String normalised, Style style, float width, List<String> lines) {
        if (normalised.isEmpty()) {
            lines.add("");
            return;
        }
        FontProgram font = style.font();
        StringBuilder line = new StringBuilder();
        float units = 0;
        int from = 0;
        while (from <= normalised.length()) {
            int to = normalised.indexOf(' ', from);
            if (to < 0) {
                to = normalised.length();
            }
            float candidate = line.length() == 0 ? 0 : units + font.advance(' ');
            for (int i = from; i < to; i++) {
                candidate += font.advance(normalised.charAt(i));
            }
            if (candidate * style.size() / 1000f <= width) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(normalised, from, to);
                units = candidate;
            } else {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String word = normalised.substring(from, to);
                String last = word;
                if (style.width(word) > width) {
                    List<String> pieces = chars(word, style, width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    last = pieces.get(pieces.size() - 1);
                }
                line.append(last);
                units = 0;
                for (int i = 0; i < last.length(); i++) {
                    units += font.advance(last.charAt(i));
                }
            }
            from = to + 1;
        }
        lines.add(line.toString());
    }

    /** Runs of spaces and tabs as one space, and no whitespace at either end. */
    private static String normalised(String hardLine) {
        if (hardLine.indexOf('\t') < 0 && hardLine.indexOf("  ") < 0) {
            return hardLine.strip();
        }
        return hardLine.replaceAll("[ \t]+", " ").strip();
    }

    /**
     * Breaks text into lines between any two characters, keeping every character (spaces included), so that
     * the lines concatenated give back the text. Used for the cadena original, sello and firma (long Base64
     * without spaces). A {@code '\n'} in the text forces a break and is not kept.
     */
    static List<String> chars(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                continue;
            }
            float w = style.font().width(c, style.size());
            if (lineWidth + w > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(c);
            lineWidth += w;
        }
        lines.add(line.toString());
        return lines;
    }
}
