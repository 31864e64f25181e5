package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Line breaking: by characters (cadena, sello) and by words (legal text). */
class WrapTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";
    private static final String SPANISH = "áéíóúüñÑ¿¡«»“”–|:";

    /** Property: the lines give back every character, each fits, and each is as long as it can be. */
    @Test
    void chars_randomText_concatenatesBackFitsAndIsGreedy() {
        long seed = 77L;
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = BASE64 + SPANISH + " ";
        for (int i = 0; i < 300; i++) {
            int length = random.nextInt(1, 900);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            float width = 40 + random.nextInt(460);

            List<String> lines = Wrap.chars(text.toString(), Style.CODE, width);

            assertThat(String.join("", lines)).as("seed %d, case %d", seed, i).isEqualTo(text.toString());
            for (int k = 0; k < lines.size(); k++) {
                assertThat(Style.CODE.width(lines.get(k))).as("seed %d, case %d, line %d", seed, i, k)
                        .isLessThanOrEqualTo(width);
                if (k < lines.size() - 1) {
                    String longer = lines.get(k) + lines.get(k + 1).charAt(0);
                    assertThat(Style.CODE.width(longer)).as("seed %d, case %d, greedy line %d", seed, i, k)
                            .isGreaterThan(width);
                }
            }
        }
    }

    /** Property: word wrapping keeps the words in order with single spaces, and every line fits. */
    @Test
    void words_randomText_keepsWordsAndFits() {
        long seed = 78L;
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = {"Instituto", "Mexicano", "del", "Seguro", "Social", "notificación", "¿qué?", "firma",
            "Código", "Fiscal", "32-D", BASE64};
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(1, 80);
            for (int j = 0; j < count; j++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
            }
            float width = 120 + random.nextInt(380);

            List<String> lines = Wrap.words(text.toString(), Style.BODY, width);

            assertThat(lines).allSatisfy(line -> assertThat(Style.BODY.width(line)).isLessThanOrEqualTo(width));
            String rejoined = String.join(" ", lines).replaceAll(" +", " ");
            String expected = text.toString().strip().replaceAll(" +", " ");
            assertThat(rejoined.replace(" ", "")).as("seed %d, case %d", seed, i)
                    .isEqualTo(expected.replace(" ", ""));
            assertThat(lines).noneMatch(line -> line.startsWith(" ") || line.endsWith(" "));
        }
    }

    @Test
    void words_lineFeed_startsANewLine() {
        assertThat(Wrap.words("Estimado Particular:\nSe hace constar", Style.BODY, 500))
                .containsExactly("Estimado Particular:", "Se hace constar");
    }

    /**
     * Property: the word-by-word width sums break exactly where measuring each whole candidate line did (the
     * straightforward algorithm, kept below as the reference), so no acuse's line breaks move: random words,
     * runs of spaces and tabs, forced breaks, words wider than a line, every style.
     */
    @Test
    void words_randomText_breaksExactlyAsMeasuringWholeCandidateLines() {
        long seed = 79L;
        SplittableRandom random = new SplittableRandom(seed);
        String[] words = {"Instituto", "Mexicano", "del", "Seguro", "Social", "notificación", "¿qué?", "firma",
            "Código", "Fiscal", "32-D", "a", "ACDO.AS2.HCT.270422/107.P.DIR", BASE64 + BASE64};
        String[] separators = {" ", " ", " ", "  ", "\t", " \t ", "\n", " \n"};
        Style[] styles = {Style.BODY, Style.BODY_TIGHT, Style.NOTE, Style.LABEL, Style.HEADING, Style.SMALL};
        for (int i = 0; i < 2000; i++) {
            StringBuilder text = new StringBuilder(random.nextInt(4) == 0 ? "  " : "");
            int count = random.nextInt(0, 60);
            for (int j = 0; j < count; j++) {
                text.append(words[random.nextInt(words.length)]);
                text.append(separators[random.nextInt(separators.length)]);
            }
            Style style = styles[random.nextInt(styles.length)];
            float width = 20 + random.nextFloat() * 500;

            assertThat(Wrap.words(text.toString(), style, width)).as("seed %d, case %d", seed, i)
                    .isEqualTo(reference(text.toString(), style, width));
        }
    }

    private static List<String> reference(String text, Style style, float width) {
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
                    List<String> pieces = Wrap.chars(word, style, width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    line.append(pieces.get(pieces.size() - 1));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
