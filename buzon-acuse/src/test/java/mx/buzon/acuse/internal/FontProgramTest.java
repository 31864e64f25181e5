package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped fonts: Spanish coverage and additive widths. */
class FontProgramTest {

    private static final String SPANISH = "áéíóúüÁÉÍÓÚÜñÑ¿¡«»“”–—‘’·°ªº€$|";

    @Test
    void canDraw_everySpanishCharacter_inBothWeights() {
        SPANISH.codePoints().forEach(cp -> {
            assertThat(FontProgram.REGULAR.canDraw(cp)).as("U+%04X regular", cp).isTrue();
            assertThat(FontProgram.BOLD.canDraw(cp)).as("U+%04X bold", cp).isTrue();
        });
        for (int cp = 0x20; cp < 0x7f; cp++) {
            assertThat(FontProgram.REGULAR.canDraw(cp)).as("ASCII U+%04X", cp).isTrue();
        }
    }

    @Test
    void canDraw_cjkAndEmoji_isFalse() {
        assertThat(FontProgram.REGULAR.canDraw('漢')).isFalse();
        assertThat(FontProgram.REGULAR.canDraw(0x1F600)).isFalse();
    }

    @Test
    void width_isAdditiveAndScalesWithSize() {
        float fi = FontProgram.REGULAR.width("fi", 10);

        assertThat(fi).isEqualTo(FontProgram.REGULAR.width('f', 10) + FontProgram.REGULAR.width('i', 10));
        assertThat(FontProgram.REGULAR.width("fi", 20)).isEqualTo(2 * fi);
    }
}
