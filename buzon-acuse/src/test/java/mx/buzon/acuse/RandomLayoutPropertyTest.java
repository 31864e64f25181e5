package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Property: whatever the shape of the layout (optional parts present or not, few or many paragraphs, short or
 * very long cadena with Spanish characters), the PDF is PDF/A-3b and reads back to its data, cadena and URL.
 */
class RandomLayoutPropertyTest {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String CADENA_CHARS = BASE64 + "áéíóúüñÑ¿¡«»“”–|:. ";
    private static final String[] WORDS = {"Instituto", "Mexicano", "del", "Seguro", "Social", "notificación",
        "electrónica", "firma", "¿cuándo?", "¡ahora!", "«Buzón»", "“IMSS”", "artículo", "32-D", "–", "flujo"};

    @Test
    void render_randomLayouts_areValidAndReadBack() throws Exception {
        long seed = 2026_03_13L;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 5; i++) {
            AcuseLayout layout = randomLayout(random, i);
            byte[] pdf = AcuseRenderer.standard().render(layout);

            assertThat(PdfAValidation.failures(pdf)).as("seed %d, case %d", seed, i).isEmpty();
            AcuseDocument document = AcuseReader.standard().read(pdf);
            assertThat(document.attachment().orElseThrow().bytes()).as("seed %d, case %d", seed, i)
                    .isEqualTo(layout.json());
            assertThat(document.qrPayload()).as("seed %d, case %d", seed, i).hasValue(layout.verificationUrl());
            assertThat(document.bodyText().replaceAll("\\s+", "")).as("seed %d, case %d", seed, i)
                    .contains(layout.cadenaOriginal().replaceAll("\\s+", ""));
            assertThat(document.text()).as("seed %d, case %d", seed, i).contains(layout.folio())
                    .contains("Página " + document.pageCount() + " de " + document.pageCount());
        }
    }

    private static AcuseLayout randomLayout(SplittableRandom random, int i) {
        String folio = "BI-2026031" + i + "-" + random.nextInt(100_000_000, 999_999_999);
        AcuseLayout.Builder builder = AcuseLayout.builder()
                .title(text(random, random.nextInt(3, 30)))
                .tipo("TIPO_" + i)
                .fecha(ZonedDateTime.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24),
                        random.nextInt(60), random.nextInt(60), 0, ZoneId.of("America/Cancun")))
                .folio(folio)
                .particular("RFC", "GODE561231GR8")
                .selloDigital(chars(random, BASE64, 344))
                .cadenaOriginal("||Folio:" + folio + "|" + chars(random, CADENA_CHARS, random.nextInt(50, 6000)) + "||")
                .verificationUrl("https://buzon.imss.gob.mx/v?f=" + folio + "&s=" + chars(random, BASE64, random.nextInt(8, 300)))
                .json(("{\"folio\":\"" + folio + "\",\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8));
        if (random.nextBoolean()) {
            builder.zonaDomicilio(ZoneId.of("America/Hermosillo"));
        }
        if (random.nextBoolean()) {
            builder.noParticularHeading();
        }
        if (random.nextBoolean()) {
            builder.firmaParticular(chars(random, BASE64, 344));
        }
        for (int p = random.nextInt(0, 9); p > 0; p--) {
            if (random.nextInt(4) == 0) {
                builder.heading(text(random, random.nextInt(2, 12)));
            }
            builder.paragraph(text(random, random.nextInt(1, 200)));
        }
        for (int f = random.nextInt(0, 4); f > 0; f--) {
            builder.body(LayoutBlock.fields(LabeledValue.of(text(random, random.nextInt(1, 9)),
                    text(random, random.nextInt(1, 40)))));
        }
        for (int n = random.nextInt(0, 3); n > 0; n--) {
            builder.note(text(random, random.nextInt(5, 80)));
        }
        return builder.build();
    }

    private static String text(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    private static String chars(SplittableRandom random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < length; c++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
