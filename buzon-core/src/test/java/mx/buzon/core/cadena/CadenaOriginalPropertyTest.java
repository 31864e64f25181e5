package mx.buzon.core.cadena;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;

/** Properties of the cadena over seeded random field maps (no jqwik: plain JUnit over SplittableRandom). */
class CadenaOriginalPropertyTest {

    static final long SEED = 20261122L;
    static final int CASES = 10_000;

    /** Code points that stress the format: separators, escapes, whitespace, controls, NFC pairs, emoji. */
    static final int[] INTERESTING = {
        'a', 'Z', '0', '9', ' ', ' ', '\t', '\n', '\r', 0x0B, 0x0C, 0x85, 0xA0, 0x2003, 0x2028, 0x3000,
        '|', '|', ':', ':', '\\', '\\', 'u', 'U', 'Ñ', 'ñ', 'é', 'Á', 'ü', 0x0301, 0x0303, 'N', 'e',
        0x1F600, 0x1F468, 0x200D, 0x1F469, 0x1F467, 0x00, 0x1B, 0x1F, 0x7F, 0x9F, 0x202E, 0x2066, 0xFEFF,
        0x200F, 0x6F22, '-', '/', '.', '@', '&', '\'', '"', '{', '}',
    };

    @Test
    void parseOfBuild_normalisedRandomMaps_givesSameFields() {
        RandomGenerator random = new SplittableRandom(SEED);
        for (int n = 0; n < CASES; n++) {
            CadenaSchema schema = randomSchema(random);
            Map<String, String> x = new LinkedHashMap<>();
            for (CadenaField field : schema.fields()) {
                if (field.required() || random.nextBoolean()) {
                    x.put(field.key(), nonBlankNormalised(random));
                }
            }
            CadenaOriginal built = CadenaOriginal.of(schema, x);
            String why = "seed " + SEED + " case " + n + " cadena " + built;
            CadenaOriginal parsed = CadenaOriginal.parse(built.toString(), schema);
            assertThat(parsed.fields()).as(why).containsExactlyEntriesOf(x);
            assertThat(parsed).as(why).isEqualTo(built);
            assertThat(parsed.toString()).as(why).isEqualTo(built.toString());
            assertThat(built.bytes()).as(why).isEqualTo(built.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void build_rawRandomValues_storesNormalisedValueAndNormalisationIsIdempotent() {
        RandomGenerator random = new SplittableRandom(SEED + 1);
        CadenaSchema one = CadenaSchema.of("UNO", CadenaField.required("V"));
        int built = 0;
        for (int n = 0; n < CASES; n++) {
            String raw = randomText(random, 1 + random.nextInt(30));
            String normalised = CadenaOriginal.normalizeValue(raw);
            String why = "seed " + (SEED + 1) + " case " + n + " raw " + escapeJava(raw);
            assertThat(CadenaOriginal.normalizeValue(normalised)).as(why).isEqualTo(normalised);
            assertThat(normalised).as(why).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            if (normalised.isEmpty()) {
                continue;
            }
            CadenaOriginal cadena = CadenaOriginal.of(one, Map.of("V", raw));
            assertThat(CadenaOriginal.parse(cadena.toString()).value("V")).as(why).contains(normalised);
            built++;
        }
        assertThat(built).as("most random values are not blank").isGreaterThan(CASES / 2);
    }

    @Test
    void isNormalized_fastCheck_agreesWithFullNormalisation() {
        RandomGenerator random = new SplittableRandom(SEED + 3);
        for (int n = 0; n < CASES; n++) {
            String raw = randomText(random, random.nextInt(12));
            if (random.nextBoolean()) {
                raw = CadenaValues.normalizeFully(raw);
            }
            String why = "seed " + (SEED + 3) + " case " + n + " raw " + escapeJava(raw);
            assertThat(CadenaValues.isNormalized(raw)).as(why).isEqualTo(CadenaValues.normalizeFully(raw).equals(raw));
        }
    }

    @Test
    void parse_randomMutationsOfValidText_eitherRefuseOrReproduceTheTextExactly() {
        RandomGenerator random = new SplittableRandom(SEED + 2);
        int accepted = 0;
        for (int n = 0; n < CASES; n++) {
            CadenaSchema schema = randomSchema(random);
            Map<String, String> x = new LinkedHashMap<>();
            for (CadenaField field : schema.fields()) {
                if (field.required()) {
                    x.put(field.key(), nonBlankNormalised(random));
                }
            }
            String text = CadenaOriginal.of(schema, x).toString();
            String mutated = mutate(random, text);
            String why = "seed " + (SEED + 2) + " case " + n + " text " + escapeJava(mutated);
            try {
                CadenaOriginal parsed = CadenaOriginal.parse(mutated);
                assertThat(parsed.toString()).as(why).isEqualTo(mutated);
                accepted++;
            } catch (BuzonException expected) {
                assertThat(expected.code()).as(why).startsWith("CADENA_");
            }
        }
        assertThat(accepted).as("some mutations (inside values) are still canonical").isPositive();
    }

    @Test
    void isValidKey_agreesWithKeyPattern() {
        RandomGenerator random = new SplittableRandom(SEED + 4);
        String alphabet = "aZ09_:|\\ ñÑ-.";
        for (int n = 0; n < CASES; n++) {
            StringBuilder key = new StringBuilder();
            int length = random.nextInt(n % 100 == 0 ? 70 : 6);
            for (int i = 0; i < length; i++) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(CadenaField.isValidKey(key)).as("seed " + (SEED + 4) + " key " + key)
                    .isEqualTo(CadenaField.KEY_PATTERN.matcher(key).matches());
        }
        assertThat(CadenaField.isValidKey("A" + "b".repeat(63))).isTrue();
        assertThat(CadenaField.isValidKey("A" + "b".repeat(64))).isFalse();
    }

    static CadenaSchema randomSchema(RandomGenerator random) {
        int size = 1 + random.nextInt(8);
        List<CadenaField> fields = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String key = "K" + i + (random.nextBoolean() ? "_x" : "");
            fields.add(i == 0 || random.nextBoolean() ? CadenaField.required(key) : CadenaField.optional(key));
        }
        return new CadenaSchema("RANDOM", fields);
    }

    static String nonBlankNormalised(RandomGenerator random) {
        String v = CadenaOriginal.normalizeValue(randomText(random, 1 + random.nextInt(20)));
        return v.isEmpty() ? "x" : v;
    }

    static String randomText(RandomGenerator random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            int c;
            if (kind < 7) {
                c = INTERESTING[random.nextInt(INTERESTING.length)];
            } else if (kind < 9) {
                do {
                    c = random.nextInt(0x10000);
                } while (Character.isSurrogate((char) c));
            } else {
                c = 0x10000 + random.nextInt(0x100000);
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    static String mutate(RandomGenerator random, String text) {
        StringBuilder sb = new StringBuilder(text);
        int at = random.nextInt(sb.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> sb.insert(at, Character.toChars(INTERESTING[random.nextInt(INTERESTING.length)]));
            case 1 -> {
                if (at < sb.length()) {
                    sb.deleteCharAt(at);
                }
            }
            default -> {
                if (at < sb.length()) {
                    sb.setCharAt(at, (char) INTERESTING[random.nextInt(INTERESTING.length)]);
                }
            }
        }
        return sb.toString();
    }

    static String escapeJava(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
                : String.format(java.util.Locale.ROOT, "\\u%04X", c)));
        return sb.toString();
    }
}
