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
        for (String hardLine : text.split("\n", -1)) {
            String normalised = hardLine.replaceAll("[ \t]+", " ").strip();
            if (normalised.isEmpty()) {
                lines.add("");
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String word : normalised.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (style.width(candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (style.width(word) <= width) {
                    line.append(word);
                } else {
                    List<String> pieces = chars(word, style, width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    line.append(pieces.get(pieces.size() - 1));
                }
            }
            lines.add(line.toString());
        }
        return lines;
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
