package mx.buzon.core.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Seeded generators of VALID identifiers, for this SDK's property tests and for users' property suites
 * (whatever framework they use): pass a seeded {@link RandomGenerator}, e.g. {@code new SplittableRandom(42)},
 * and the same seed gives the same values.
 *
 * <p>Every generated value passes {@code validate(..., STRICT)} with no finding at all (canonical text, right
 * check digit, real date, no inconvenient word, not a generic RFC). Distribution: dates uniform in
 * 1900-01-01..2099-12-31 (folios 2000..2099); RFC letters uniform over A–Z with {@code Ñ} and {@code &} about
 * 3% each; an inconvenient word gets {@code X} as its fourth letter, as the SAT does.
 *
 * <p>Stateless and thread-safe; the {@link RandomGenerator} passed in is used by the calling thread only.
 */
public final class IdentifierGenerators {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String ALPHANUMERIC = UPPER + DIGITS;
    private static final long FIRST_DAY = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2099, 12, 31).toEpochDay();
    private static final List<String> STATES = Curp.STATES.stream().sorted().toList();

    private IdentifierGenerators() {
    }

    /**
     * A valid RFC of a persona física (13 characters), e.g. {@code GODE561231GR8}.
     *
     * @param random the source of randomness
     * @return the RFC
     */
    public static Rfc rfcFisica(RandomGenerator random) {
        return rfc(random, 4);
    }

    /**
     * A valid RFC of a persona moral (12 characters), sometimes with {@code Ñ} or {@code &}, e.g.
     * {@code A&A050908GT0}.
     *
     * @param random the source of randomness
     * @return the RFC
     */
    public static Rfc rfcMoral(RandomGenerator random) {
        return rfc(random, 3);
    }

    /**
     * A valid CURP with sex {@code H} or {@code M}, e.g. {@code BEML920313HMCLNS09}.
     *
     * @param random the source of randomness
     * @return the CURP
     */
    public static Curp curp(RandomGenerator random) {
        return curp(random, Curp.SEXOS_HM);
    }

    /**
     * A valid CURP whose sex letter is drawn from {@code sexos}; the differentiator is a digit for births
     * before 2000 and a letter from 2000 on.
     *
     * @param random the source of randomness
     * @param sexos the sex letters to draw from; not empty
     * @return the CURP
     */
    public static Curp curp(RandomGenerator random, Set<Sexo> sexos) {
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(sexos, "sexos");
        List<Sexo> sexList = sexos.stream().sorted().toList();
        if (sexList.isEmpty()) {
            throw new IllegalArgumentException("sexos must not be empty");
        }
        LocalDate birth = date(random);
        StringBuilder b = new StringBuilder(17);
        append(b, random, UPPER, 4);
        b.append(yymmdd(birth));
        b.append(sexList.get(random.nextInt(sexList.size())).name());
        b.append(STATES.get(random.nextInt(STATES.size())));
        append(b, random, CONSONANTS, 3);
        append(b, random, birth.getYear() < 2000 ? DIGITS : UPPER, 1);
        return Curp.of(b, sexos);
    }

    /**
     * A valid NSS, e.g. {@code 72795608040}.
     *
     * @param random the source of randomness
     * @return the NSS
     */
    public static Nss nss(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return Nss.of(random.nextInt(100), random.nextInt(100), random.nextInt(100), random.nextInt(10_000));
    }

    /**
     * A valid registro patronal, starting with a letter nine times in ten and with a digit otherwise, e.g.
     * {@code A6815930107}.
     *
     * @param random the source of randomness
     * @return the registro patronal
     */
    public static RegistroPatronal registroPatronal(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder b = new StringBuilder(10);
        append(b, random, random.nextInt(10) == 0 ? DIGITS : UPPER, 1);
        append(b, random, DIGITS, 9);
        return RegistroPatronal.of(b);
    }

    /**
     * A número de certificado in the SAT's form: {@code 30001000}, the prefix of the SAT's test certificates
     * (production ones start {@code 00001000}), followed by 12 random digits, e.g. {@code 30001000000500003415}.
     *
     * @param random the source of randomness
     * @return the número
     */
    public static NumeroCertificado numeroCertificado(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder b = new StringBuilder("30001000");
        append(b, random, DIGITS, 12);
        return NumeroCertificado.parse(b);
    }

    /**
     * A valid folio: prefix {@code BI} three times in four, otherwise 1–6 random letters and digits starting
     * with a letter; a date in 2000..2099; a sequence of 1 to 18 digits (leading zeros possible), e.g.
     * {@code BI-20250203-100717151}.
     *
     * @param random the source of randomness
     * @return the folio
     */
    public static Folio folio(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        StringBuilder b = new StringBuilder(38);
        if (random.nextInt(4) == 0) {
            append(b, random, UPPER, 1);
            append(b, random, ALPHANUMERIC, random.nextInt(6));
        } else {
            b.append(Folio.BUZON_PREFIX);
        }
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(2000, 1, 1).toEpochDay(), LAST_DAY + 1));
        b.append('-').append(date.getYear()).append(yymmdd(date).substring(2)).append('-');
        append(b, random, DIGITS, 1 + random.nextInt(18));
        return Folio.parse(b);
    }

    private static Rfc rfc(RandomGenerator random, int letters) {
        Objects.requireNonNull(random, "random");
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < letters; i++) {
            int roll = random.nextInt(100);
            b.append(roll < 3 ? 'Ñ' : roll < 6 ? '&' : UPPER.charAt(random.nextInt(UPPER.length())));
        }
        if (letters == 4 && Rfc.INCONVENIENT_WORDS.contains(b.toString())) {
            b.setCharAt(3, 'X');
        }
        if (b.toString().equals("XAXX") || b.toString().equals("XEXX")) {
            b.setCharAt(0, 'Y');
        }
        b.append(yymmdd(date(random)));
        append(b, random, ALPHANUMERIC, 2);
        return Rfc.parse(b.append(CheckDigits.rfc(b)));
    }

    private static LocalDate date(RandomGenerator random) {
        return LocalDate.ofEpochDay(random.nextLong(FIRST_DAY, LAST_DAY + 1));
    }

    private static String yymmdd(LocalDate date) {
        int yy = date.getYear() % 100;
        return "" + yy / 10 + yy % 10 + date.getMonthValue() / 10 + date.getMonthValue() % 10
                + date.getDayOfMonth() / 10 + date.getDayOfMonth() % 10;
    }

    private static void append(StringBuilder b, RandomGenerator random, String alphabet, int count) {
        for (int i = 0; i < count; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
    }
}
