package mx.buzon.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The SAT test e.firmas copied into src/test/resources/efirma (see its README.md and INDEX.tsv). */
final class Fixtures {

    static final String SAT_TEST_PASSWORD = "12345678a";
    /** The day the fixtures' index was written; its column {@code valid_2026-11-22} is about noon UTC. */
    static final Instant NOON_2026_11_22 = Instant.parse("2026-11-22T12:00:00Z");

    static final Path EKU_FIEL_2023 = dir("current/EKU9003173C9_FIEL_2023");
    static final Path EKU_CSD_2023 = dir("current/EKU9003173C9_CSD_2023");
    static final Path CACX_FIEL_2023 = dir("current/CACX7605101P8_FIEL_2023");
    static final Path PFX_LEGACY_RC2 = dir("current/EKU9003173C9_CSD_2023_PFX_legacyRC2");
    static final Path AAA_CSD_2017 = dir("expired-2017/AAA010101AAA_CSD01_2017");
    static final Path AAA_FIEL_2017 = dir("expired-2017/AAA010101AAA_FIEL_2017");
    static final Path FAKE_ISSUER = dir("special/fake_issuer_AAA010101AAA_emisor2021");
    static final Path IANTILDE_FIEL_2019 = dir("expired-2019-set/IANtildeL750210963_FIEL_2019");
    static final Path HAMPE_FIEL_2019 = dir("expired-2019-set/HAMPE951128469_FIEL_2019");
    static final Path CERTIFICA_KEYS = dir("special/certifica_generated_keys");
    static final Path OCSP = dir("special/ocsp_responses");

    private Fixtures() {
    }

    /** One line of INDEX.tsv. */
    record Row(String path, String rfc, String persona, String type, LocalDate notBefore, LocalDate notAfter,
            boolean valid20261122, String noCertificado, String issuerCn, String password) {

        Path dir() {
            return Fixtures.dir(path);
        }

        Path cer() {
            return dir().resolve("certificate.cer");
        }

        Path key() {
            return dir().resolve("private_key.key");
        }

        boolean hasEncryptedKey() {
            return Files.exists(key()) && password.equals(SAT_TEST_PASSWORD);
        }

        @Override
        public String toString() {
            return path;
        }
    }

    /** @return the rows of INDEX.tsv that describe a certificate */
    static List<Row> certificates() {
        List<Row> rows = new ArrayList<>();
        for (String line : lines(dir("").resolve("INDEX.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("path") || f[4].equals("-")) {
                continue;
            }
            rows.add(new Row(f[0], f[1], f[2], f[3], LocalDate.parse(f[4]), LocalDate.parse(f[5]), f[6].equals("YES"),
                    f[7], f[8], f[9]));
        }
        return rows;
    }

    static Path dir(String relative) {
        URL root = Fixtures.class.getResource("/efirma/INDEX.tsv");
        try {
            return Path.of(root.toURI()).getParent().resolve(relative);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * An input a fuzz campaign found, kept in the harness's corpus ({@code EfirmaFuzzTestInputs/<method>/<name>}).
     *
     * @param method the harness method, e.g. {@code "cer"}
     * @param name the file, e.g. {@code "crash-760e0496..."}
     * @return its bytes
     */
    static byte[] fuzzInput(String method, String name) {
        return bytes(Path.of("src/test/resources/mx/buzon/crypto/EfirmaFuzzTestInputs", method, name));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static char[] password() {
        return SAT_TEST_PASSWORD.toCharArray();
    }

    static Efirma load(Path dir) {
        return Efirma.read(dir.resolve("certificate.cer"), dir.resolve("private_key.key"), password());
    }

    static Instant startOfDayUtc(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
