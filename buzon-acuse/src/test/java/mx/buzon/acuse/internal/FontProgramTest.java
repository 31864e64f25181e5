package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The shipped fonts: Spanish coverage, and no glyph substitution for PDFBox to apply. */
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
    void withoutGlyphSubstitution_renamesOnlyTheGsubTableTag() {
        byte[] font = new byte[12 + 16 * 3];
        font[5] = 3;
        System.arraycopy("GPOS".getBytes(StandardCharsets.US_ASCII), 0, font, 12, 4);
        System.arraycopy("GSUB".getBytes(StandardCharsets.US_ASCII), 0, font, 28, 4);
        System.arraycopy("glyf".getBytes(StandardCharsets.US_ASCII), 0, font, 44, 4);

        byte[] patched = FontProgram.withoutGlyphSubstitution(font);

        String tags = new String(patched, 12, 48, StandardCharsets.US_ASCII).replace("\0", "");
        assertThat(tags).isEqualTo("GPOSgsubglyf");
        assertThat(font[28]).isEqualTo((byte) 'G');
    }

    /**
     * PDFBox 3 applies the GSUB features it knows for Latin ("ccmp", "liga") while encoding text. Liberation
     * Sans 2.1.5 has "ccmp" but no "liga", so hiding the table is defence in depth: with the table hidden
     * PDFBox sees no substitution data at all, whatever font is shipped.
     */
    @Test
    void withoutGlyphSubstitution_shippedFont_leavesPdfBoxNoSubstitutionData() throws Exception {
        byte[] original;
        try (InputStream in = FontProgram.class.getResourceAsStream("/mx/buzon/acuse/fonts/LiberationSans-Regular.ttf")) {
            original = in.readAllBytes();
        }
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(original))) {
            assertThat(font.getGsubData().getSupportedFeatures()).contains("ccmp");
        }

        try (TrueTypeFont font = new TTFParser().parse(
                new RandomAccessReadBuffer(FontProgram.withoutGlyphSubstitution(original)))) {
            assertThat(font.getGsubData()).isSameAs(GsubData.NO_DATA_FOUND);
            assertThat(font.getNumberOfGlyphs()).isGreaterThan(2000);
        }
    }

    @Test
    void width_isAdditiveAndScalesWithSize() {
        float fi = FontProgram.REGULAR.width("fi", 10);

        assertThat(fi).isEqualTo(FontProgram.REGULAR.width('f', 10) + FontProgram.REGULAR.width('i', 10));
        assertThat(FontProgram.REGULAR.width("fi", 20)).isEqualTo(2 * fi);
    }
}
