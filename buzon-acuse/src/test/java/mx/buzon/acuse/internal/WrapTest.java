package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
