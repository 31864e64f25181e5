package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sello digital: Base64(SHA256withRSA(UTF-8 bytes)), identical to OpenSSL's, verifiable, tamper-evident. */
class SelloTest {

    private static final long SEED = 20261122L;
    private static final String CADENA = "||1.0|BI-20250203-100717151|EKU9003173C9|Aclaración ñandú €||";
    private static final Efirma FIEL = Fixtures.load(Fixtures.EKU_FIEL_2023);

    static Stream<Fixtures.Row> everyPair() {
        return Fixtures.certificates().stream().filter(Fixtures.Row::hasEncryptedKey);
    }

    @Test
    void sello_text_isBase64OfSha256WithRsaOverUtf8() throws Exception {
        String sello = FIEL.sello(CADENA);

        java.security.Signature jca = java.security.Signature.getInstance("SHA256withRSA");
        jca.initVerify(FIEL.certificate().publicKey());
        jca.update(CADENA.getBytes(StandardCharsets.UTF_8));
        assertThat(jca.verify(Base64.getDecoder().decode(sello))).isTrue();
        assertThat(sello).doesNotContain("\n").hasSize(344); // 256 bytes of RSA-2048
    }

    @Test
    void verifiesSello_ownSello_true() {
        assertThat(FIEL.certificate().verifiesSello(CADENA, FIEL.sello(CADENA))).isTrue();
    }

    @Test
    void verifiesSello_anyChangedCharacter_false() {
        String sello = FIEL.sello(CADENA);
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 50; i++) {
            int at = random.nextInt(CADENA.length());
            String changed = CADENA.substring(0, at) + (char) (CADENA.charAt(at) ^ 1) + CADENA.substring(at + 1);
            assertThat(FIEL.certificate().verifiesSello(changed, sello)).as("seed %d, position %d", SEED, at)
                    .isFalse();
        }
    }

    @Test
    void verifiesSello_otherCertificateOrGarbage_false() {
        Efirma other = Fixtures.load(Fixtures.CACX_FIEL_2023);
        String sello = FIEL.sello(CADENA);

        assertThat(other.certificate().verifiesSello(CADENA, sello)).isFalse();
        assertThat(FIEL.certificate().verifiesSello(CADENA, "no es base64 ***")).isFalse();
        assertThat(FIEL.certificate().verifiesSello(CADENA, "")).isFalse();
    }

    @Test
    void verifiesSello_wrappedBase64_accepted() {
        String wrapped = FIEL.sello(CADENA).replaceAll("(.{76})", "$1\r\n");

        assertThat(FIEL.certificate().verifiesSello(CADENA, wrapped)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPair")
    void sello_sameBytesAsOpensslDgst(Fixtures.Row row, @TempDir Path dir) throws Exception {
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: byte-for-byte comparison skipped");
        Files.write(dir.resolve("cadena.txt"), CADENA.getBytes(StandardCharsets.UTF_8));
        Efirma efirma = Efirma.read(row.cer(), row.key(), Fixtures.password());

        OpenSsl.Result result = OpenSsl.run(List.of("dgst", "-sha256", "-sign", row.key().toString(), "-keyform", "DER",
                "-passin", "pass:" + Fixtures.SAT_TEST_PASSWORD, "cadena.txt"), dir);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(efirma.sello(CADENA)).isEqualTo(Base64.getEncoder().encodeToString(result.stdout()));
    }

    @Test
    void sello_opensslVerifiesIt(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: verification by openssl skipped");
        Files.write(dir.resolve("cadena.txt"), CADENA.getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("sello.bin"), Base64.getDecoder().decode(FIEL.sello(CADENA)));
        Files.writeString(dir.resolve("cert.pem"), FIEL.certificate().toPem(), StandardCharsets.US_ASCII);
        OpenSsl.Result pubkey = OpenSsl.run(List.of("x509", "-in", "cert.pem", "-pubkey", "-noout"), dir);
        Files.write(dir.resolve("pub.pem"), pubkey.stdout());

        OpenSsl.Result result = OpenSsl.run(List.of("dgst", "-sha256", "-verify", "pub.pem", "-signature", "sello.bin",
                "cadena.txt"), dir);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(new String(result.stdout(), StandardCharsets.US_ASCII)).contains("Verified OK");
    }

    @Test
    void sello_fromManyThreadsAtOnce_sameDeterministicSellosAndAllVerify() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String cadena = CADENA + i;
                String expected = FIEL.sello(cadena);
                results.add(pool.submit(() -> FIEL.sello(cadena).equals(expected)
                        && FIEL.certificate().verifiesSello(cadena, expected)
                        && !FIEL.certificate().verifiesSello(cadena + "x", expected)));
            }
            for (java.util.concurrent.Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void verifiesSello_afterAMalformedSignature_stillVerifiesTheNextOne() {
        String sello = FIEL.sello(CADENA);

        assertThat(FIEL.certificate().verifiesSello(CADENA, "AAAA")).isFalse();
        assertThat(FIEL.certificate().verifiesSignature(CADENA.getBytes(StandardCharsets.UTF_8), new byte[300]))
                .isFalse();
        assertThat(FIEL.certificate().verifiesSello(CADENA, sello)).isTrue();
    }
}
