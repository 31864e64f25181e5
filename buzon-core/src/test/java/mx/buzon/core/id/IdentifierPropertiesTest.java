package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/**
 * Properties over values drawn from {@link IdentifierGenerators} with a fixed seed (printed in every assertion
 * message, so a failure can be replayed).
 */
class IdentifierPropertiesTest {

    private static final long SEED = 20_260_311L;
    private static final int SAMPLES = 10_000;
    private static final String CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
    private static final String RFC_ALPHABET = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
    private static final String DIGITS = "0123456789";

    private static RandomGenerator random() {
        return new SplittableRandom(SEED);
    }

    private static String seed() {
        return "seed " + SEED;
    }

    @Test
    void rfcFisica_generated_validateCleanlyAndRoundTrip() {
        List<Rfc> values = draw(IdentifierGenerators::rfcFisica);
        checkRoundTrip(values, t -> Rfc.validate(t, CheckDigitMode.STRICT));
        assertThat(values).allMatch(r -> r.persona() == Persona.FISICA, seed());
        assertThat(values).anyMatch(r -> r.toString().contains("Ñ")).anyMatch(r -> r.toString().contains("&"));
    }

    @Test
    void rfcMoral_generated_validateCleanlyAndRoundTrip() {
        List<Rfc> values = draw(IdentifierGenerators::rfcMoral);
        checkRoundTrip(values, t -> Rfc.validate(t, CheckDigitMode.STRICT));
        assertThat(values).allMatch(r -> r.persona() == Persona.MORAL, seed());
        assertThat(values).anyMatch(r -> r.toString().contains("Ñ")).anyMatch(r -> r.toString().contains("&"));
    }

    @Test
    void curp_generated_validateCleanlyAndRoundTrip() {
        List<Curp> values = draw(IdentifierGenerators::curp);
        checkRoundTrip(values, t -> Curp.validate(t, CheckDigitMode.STRICT));
        // Both centuries, hence both kinds of differentiator, are drawn.
        assertThat(values).as(seed()).anyMatch(c -> c.birthDate().getYear() < 2000)
                .anyMatch(c -> c.birthDate().getYear() >= 2000);
    }

    @Test
    void nss_generated_validateCleanlyAndRoundTrip() {
        checkRoundTrip(draw(IdentifierGenerators::nss), t -> Nss.validate(t, CheckDigitMode.STRICT));
    }

    @Test
    void registroPatronal_generated_validateCleanlyAndRoundTrip() {
        checkRoundTrip(draw(IdentifierGenerators::registroPatronal),
                t -> RegistroPatronal.validate(t, CheckDigitMode.STRICT));
    }

    @Test
    void folio_generated_validateCleanlyAndRoundTrip() {
        List<Folio> values = draw(IdentifierGenerators::folio);
        checkRoundTrip(values, t -> Folio.validate(t, CheckDigitMode.STRICT));
        assertThat(values).anyMatch(Folio::isBuzon).anyMatch(f -> !f.isBuzon());
    }

    @Test
    void generators_sameSeed_sameValues() {
        assertThat(draw(IdentifierGenerators::curp)).isEqualTo(draw(IdentifierGenerators::curp));
        assertThat(draw(IdentifierGenerators::rfcFisica)).isEqualTo(draw(IdentifierGenerators::rfcFisica));
    }

    /** Luhn catches every single-digit substitution: exhaustive over 10 other digits x 11 positions. */
    @Test
    void nss_everySingleSubstitution_isCaught() {
        int mutations = 0;
        List<String> missed = new ArrayList<>();
        for (Nss nss : draw(IdentifierGenerators::nss)) {
            for (String mutated : substitutions(nss.toString(), DIGITS)) {
                mutations++;
                if (Nss.isValid(mutated)) {
                    missed.add(nss + " -> " + mutated);
                }
            }
        }
        assertNone(missed);
        assertThat(mutations).isEqualTo(SAMPLES * 11 * 9);
    }

    /**
     * Registro patronal: every substitution of characters 2–11 is caught; a substitution of the first character
     * is missed exactly within the classes documented in {@link RegistroPatronal}.
     */
    @Test
    void registroPatronal_singleSubstitution_caughtExceptWithinDocumentedFirstCharacterClasses() {
        List<String> classes = List.of("0IQY", "1JRZ", "2AS", "3BT", "4CK", "5DL", "6EMU", "7FNV", "8GOW", "9HPX");
        int missed = 0;
        List<String> failures = new ArrayList<>();
        for (RegistroPatronal rp : draw(IdentifierGenerators::registroPatronal)) {
            String text = rp.toString();
            for (String mutated : substitutions(text, DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZ")) {

                boolean sameClass = mutated.charAt(0) != text.charAt(0)
                        && classes.stream().anyMatch(c -> c.indexOf(mutated.charAt(0)) >= 0
                                && c.indexOf(text.charAt(0)) >= 0);
                if (RegistroPatronal.isValid(mutated) != sameClass) {
                    failures.add(text + " -> " + mutated);
                }
                missed += sameClass ? 1 : 0;
            }
        }
        assertNone(failures);
        assertThat(missed).as("some first-character substitutions are missed, as documented").isPositive();
    }

    /**
     * CURP: a single substitution at 0-based position i from value a to b reaches the check digit unnoticed
     * exactly when (b - a)(18 - i) = 0 mod 10 (see {@link Curp}); the digit itself is always caught.
     */
    @Test
    void curp_singleSubstitution_caughtByDigitExactlyWhenWeightTimesDifferenceIsNotMultipleOfTen() {
        int reachedDigit = 0;
        int missedByDigit = 0;
        int acceptedAtDayTens = 0;
        List<String> failures = new ArrayList<>();
        for (Curp curp : draw(IdentifierGenerators::curp)) {
            String text = curp.toString();
            for (String mutated : substitutions(text, CURP_ALPHABET)) {
                int i = firstDifference(text, mutated);
                Report v = Report.quiet(); // codes only: formatting 6 million messages would dominate
                Curp.check(mutated, CheckDigitMode.STRICT, Curp.SEXOS_HMX, v);
                if (i == 17) {
                    if (!v.hasError()) {
                        failures.add(text + " -> " + mutated);
                    }
                    continue;
                }
                if (v.codes().contains(IdentifierErrorCode.CURP_FORMATO)) {
                    continue; // the digit is not even computed; the format already rejected it
                }
                reachedDigit++;
                int difference = CURP_ALPHABET.indexOf(mutated.charAt(i)) - CURP_ALPHABET.indexOf(text.charAt(i));
                boolean invisible = Math.floorMod(difference * (18 - i), 10) == 0;
                if (v.codes().contains(IdentifierErrorCode.CURP_DIGITO_VERIFICADOR) == invisible) {
                    failures.add(text + " -> " + mutated);
                }
                missedByDigit += invisible ? 1 : 0;
                acceptedAtDayTens += i == 8 && !v.hasError() ? 1 : 0;
            }
        }
        assertNone(failures);
        assertThat(reachedDigit).isPositive();
        assertThat(missedByDigit).isPositive();
        assertThat(acceptedAtDayTens).as("the first digit of the day has weight 10: never caught by the digit")
                .isPositive();
    }

    /**
     * RFC: the digit is sum mod 11 with weights 13..2, all prime to 11, so a substitution from value a to b goes
     * unnoticed exactly when b - a is a multiple of 11 (e.g. {@code 0} and {@code B}, values 0 and 11).
     */
    @Test
    void rfc_singleSubstitution_caughtByDigitExactlyWhenDifferenceIsNotMultipleOfEleven() {
        int missedByDigit = 0;
        List<String> failures = new ArrayList<>();
        List<Rfc> values = new ArrayList<>(draw(IdentifierGenerators::rfcFisica));
        values.addAll(draw(IdentifierGenerators::rfcMoral));
        for (Rfc rfc : values) {
            String text = rfc.toString();
            int padding = 13 - text.length();
            for (String mutated : substitutions(text, RFC_ALPHABET.replace(" ", ""))) {
                int i = firstDifference(text, mutated);
                Report v = Report.quiet();
                Rfc.check(mutated, CheckDigitMode.STRICT, v);
                if (v.codes().contains(IdentifierErrorCode.RFC_FORMATO) || i == text.length() - 1
                        || v.codes().contains(IdentifierErrorCode.RFC_GENERICO)) {
                    if (i == text.length() - 1 && !v.hasError()) {
                        failures.add(text + " -> " + mutated);
                    }
                    continue;
                }
                int difference = RFC_ALPHABET.indexOf(mutated.charAt(i)) - RFC_ALPHABET.indexOf(text.charAt(i));
                boolean invisible = Math.floorMod(difference * (13 - (i + padding)), 11) == 0;
                if (v.codes().contains(IdentifierErrorCode.RFC_DIGITO_VERIFICADOR) == invisible) {
                    failures.add(text + " -> " + mutated);
                }
                missedByDigit += invisible ? 1 : 0;
            }
        }
        assertNone(failures);
        assertThat(missedByDigit).isPositive();
    }

    @Test
    void lowerCaseAndSpaces_ofGeneratedValues_normaliseToTheSameValueWithOneWarning() {
        RandomGenerator r = random();
        for (int n = 0; n < SAMPLES; n++) {
            Rfc rfc = IdentifierGenerators.rfcFisica(r);
            String messy = " " + rfc.toString().toLowerCase(Locale.ROOT) + "\t";
            IdentifierValidation<Rfc> v = Rfc.validate(messy, CheckDigitMode.STRICT);
            assertThat(v.value()).as(seed()).contains(rfc);
            assertThat(v.findings()).as(seed()).extracting(Finding::code).containsExactly("IDENTIFICADOR_NORMALIZADO");
        }
    }

    /**
     * {@code isValid} (and the sweeps above) take a quiet path that formats no message; it must agree with
     * {@code validate}, validity and codes, on valid values, on every single substitution of a sample of them,
     * and on short random junk.
     */
    @Test
    void isValid_agreesWithValidate_onValidMutatedAndJunkInput() {
        RandomGenerator r = random();
        String junkAlphabet = "ABCDEHMNXZÑ&019-  ñaА̃";
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            List<String> texts = new ArrayList<>();
            for (Object value : List.of(IdentifierGenerators.rfcFisica(r), IdentifierGenerators.rfcMoral(r),
                    IdentifierGenerators.curp(r), IdentifierGenerators.nss(r), IdentifierGenerators.registroPatronal(r),
                    IdentifierGenerators.folio(r))) {
                texts.add(value.toString());
                texts.addAll(substitutions(value.toString(), "0A9Z&Ñ-a "));
            }
            StringBuilder junk = new StringBuilder();
            for (int k = r.nextInt(25); k > 0; k--) {
                junk.append(junkAlphabet.charAt(r.nextInt(junkAlphabet.length())));
            }
            texts.add(junk.toString());
            for (String t : texts) {
                check(disagreements, t, Rfc.isValid(t), Rfc.validate(t, CheckDigitMode.STRICT).isValid());
                Report quietRfc = Report.quiet();
                Rfc.check(t, CheckDigitMode.STRICT, quietRfc);
                check(disagreements, t, true, quietRfc.codes().equals(codeSet(Rfc.validate(t, CheckDigitMode.STRICT))));
                Report quietCurp = Report.quiet();
                Curp.check(t, CheckDigitMode.STRICT, Curp.SEXOS_HM, quietCurp);
                check(disagreements, t, true,
                        quietCurp.codes().equals(codeSet(Curp.validate(t, CheckDigitMode.STRICT))));
                check(disagreements, t, Curp.isValid(t), Curp.validate(t, CheckDigitMode.STRICT).isValid());
                check(disagreements, t, Nss.isValid(t), Nss.validate(t, CheckDigitMode.STRICT).isValid());
                check(disagreements, t, RegistroPatronal.isValid(t),
                        RegistroPatronal.validate(t, CheckDigitMode.STRICT).isValid());
                check(disagreements, t, Folio.isValid(t), Folio.validate(t, CheckDigitMode.STRICT).isValid());
            }
        }
        assertNone(disagreements);
    }

    private static java.util.Set<IdentifierErrorCode> codeSet(IdentifierValidation<?> v) {
        return v.findings().stream().map(f -> IdentifierErrorCode.valueOf(f.code()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static void check(List<String> disagreements, String text, boolean quiet, boolean full) {
        if (quiet != full) {
            disagreements.add(text);
        }
    }

    /** Fails with the seed, the count and the first ten offending substitutions. */
    private static void assertNone(List<String> failures) {
        assertThat(failures.size()).as("%s; %d wrong, first: %s", seed(), failures.size(),
                failures.subList(0, Math.min(10, failures.size()))).isZero();
    }

    private static <T> List<T> draw(Function<RandomGenerator, T> generator) {
        RandomGenerator r = random();
        List<T> values = new ArrayList<>(SAMPLES);
        for (int n = 0; n < SAMPLES; n++) {
            values.add(generator.apply(r));
        }
        return values;
    }

    private static <T> void checkRoundTrip(List<T> values, Function<String, IdentifierValidation<T>> validate) {
        for (T value : values) {
            IdentifierValidation<T> v = validate.apply(value.toString());
            assertThat(v.findings()).as("%s: %s", seed(), value).isEmpty();
            assertThat(v.value()).as("%s: %s", seed(), value).contains(value);
            assertThat(v.orElseThrow().toString()).isEqualTo(value.toString());
        }
    }

    private static List<String> substitutions(String text, String alphabet) {
        List<String> result = new ArrayList<>(text.length() * alphabet.length());
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char original = chars[i];
            for (int k = 0; k < alphabet.length(); k++) {
                if (alphabet.charAt(k) != original) {
                    chars[i] = alphabet.charAt(k);
                    result.add(new String(chars));
                }
            }
            chars[i] = original;
        }
        return result;
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }
}
