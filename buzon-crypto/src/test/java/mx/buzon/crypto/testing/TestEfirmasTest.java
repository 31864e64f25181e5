package mx.buzon.crypto.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.CertificateKind;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.EfirmaChecks;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.crypto.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public generator of test e.firmas produces what the SAT would, reproducibly, under its own CA. */
class TestEfirmasTest {

    private static final long SEED = 20261122L;
    private static final TestEfirmas CA = TestEfirmas.seeded(SEED);
    private static final Instant JAN_2026 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JAN_2030 = Instant.parse("2030-01-01T00:00:00Z");
    private static final Instant NOON_2026_11_22 = Instant.parse("2026-11-22T12:00:00Z");

    @Test
    void fiel_personaFisicaWithEnye_readsBackAsTheSatWouldWriteIt() {
        TestEfirma generated = CA.fiel("CAÑF770131PA3").nombre("FERNANDA CAÑAS").curp("CAXF770131MDFXXX01")
                .validity(JAN_2026, JAN_2030).generate();

        EfirmaCertificate c = generated.certificate();

        assertThat(c.rfcText()).isEqualTo("CAÑF770131PA3");
        assertThat(c.persona()).isEqualTo(Persona.FISICA);
        assertThat(c.kind()).isEqualTo(CertificateKind.FIEL);
        assertThat(c.nombre()).isEqualTo("FERNANDA CAÑAS");
        assertThat(c.curp()).map(Object::toString).contains("CAXF770131MDFXXX01");
        assertThat(c.validFrom()).isEqualTo(JAN_2026);
        assertThat(c.validUntil()).isEqualTo(JAN_2030);
        assertThat(c.numero().sat()).isPresent();
    }

    @Test
    void csd_personaMoralWithAmpersand_representativeAndSucursal() {
        TestEfirma generated = CA.csd("H&E951128469").nombre("HERRERIA & ELECTRICOS S DE CV")
                .representante("XOJI740919U48", "XOJI740919MQTDMN02").sucursal("Matriz").generate();

        EfirmaCertificate c = generated.certificate();

        assertThat(c.rfcText()).isEqualTo("H&E951128469");
        assertThat(c.persona()).isEqualTo(Persona.MORAL);
        assertThat(c.kind()).isEqualTo(CertificateKind.CSD);
        assertThat(c.sucursal()).contains("Matriz");
        assertThat(c.rfcRepresentante()).map(Rfc::toString).contains("XOJI740919U48");
        assertThat(c.curpRepresentante()).map(Object::toString).contains("XOJI740919MQTDMN02");
    }

    @Test
    void generate_defaults_validFielForActuacionesUnderItsOwnAnchors() {
        TestEfirma generated = CA.fiel("EKU9003173C9").generate();
        Efirma efirma = generated.efirma();

        ValidationReport report = EfirmaValidator.forActuaciones(CA.trustAnchors())
                .expectingRfc(Rfc.parse("EKU9003173C9")).validate(efirma, NOON_2026_11_22);

        assertThat(report.findings()).isEmpty();
        assertThat(efirma.keyMatches()).isTrue();
        assertThat(EfirmaChecks.chain(TrustAnchors.satPruebas()).check(efirma.certificate(), NOON_2026_11_22))
                .isNotEmpty();
    }

    @Test
    void seeded_sameSeed_sameCaAndSameCredentials() {
        TestEfirmas again = TestEfirmas.seeded(SEED);
        TestEfirmas first = TestEfirmas.seeded(SEED);

        assertThat(again.caCertificate()).isEqualTo(first.caCertificate());
        TestEfirma a = again.fiel("XAXX010101000").generate();
        TestEfirma b = first.fiel("XAXX010101000").generate();
        assertThat(Arrays.equals(a.cer(), b.cer())).as(".cer of seed %d", SEED).isTrue();
        assertThat(Arrays.equals(a.key(), b.key())).as(".key of seed %d", SEED).isTrue();
    }

    @Test
    void generate_nonAsciiPassword_opensWithIt() {
        char[] password = "contraseña€".toCharArray();

        TestEfirma generated = CA.fiel("CACX7605101P8").password(password).generate();

        assertThat(Efirma.read(generated.cer(), generated.key(), "contraseña€".toCharArray()).keyMatches()).isTrue();
    }

    @Test
    void generate_keyEncryptedAsTheSatDoes_pbes2Pbkdf2Sha1TripleDes() {
        byte[] key = CA.fiel("CACX7605101P8").generate().key();
        org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo info =
                org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo.getInstance(key);
        org.bouncycastle.asn1.pkcs.PBES2Parameters pbes2 =
                org.bouncycastle.asn1.pkcs.PBES2Parameters.getInstance(info.getEncryptionAlgorithm().getParameters());
        org.bouncycastle.asn1.pkcs.PBKDF2Params kdf =
                org.bouncycastle.asn1.pkcs.PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());

        assertThat(info.getEncryptionAlgorithm().getAlgorithm().getId()).isEqualTo("1.2.840.113549.1.5.13");
        assertThat(pbes2.getEncryptionScheme().getAlgorithm().getId()).isEqualTo("1.2.840.113549.3.7");
        assertThat(kdf.getIterationCount().intValue()).isEqualTo(2048);
        assertThat(kdf.getPrf().getAlgorithm().getId()).isEqualTo("1.2.840.113549.2.7");
    }

    /** Property: any well-formed RFC (random letters including Ñ and &, random date) round-trips. */
    @Test
    void property_randomRfcs_roundTripThroughTheCertificate() {
        SplittableRandom random = new SplittableRandom(SEED);
        String letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZÑ&";
        for (int i = 0; i < 12; i++) {
            boolean fisica = random.nextBoolean();
            StringBuilder rfc = new StringBuilder();
            for (int j = 0; j < (fisica ? 4 : 3); j++) {
                rfc.append(letters.charAt(random.nextInt(letters.length())));
            }
            rfc.append(String.format(java.util.Locale.ROOT, "%02d%02d%02d", random.nextInt(100), 1 + random.nextInt(12),
                    1 + random.nextInt(28)));
            rfc.append("A1");
            String withoutDigit = rfc.toString();
            if (!Rfc.validate(withoutDigit + "0", mx.buzon.core.id.CheckDigitMode.LENIENT).isValid()) {
                continue; // an inconvenient word: the SAT would not issue it either
            }
            String text = Rfc.parse(withoutDigit + "0", mx.buzon.core.id.CheckDigitMode.LENIENT).toString();

            EfirmaCertificate c = CA.fiel(text).generate().certificate();

            assertThat(c.rfcText()).as("seed %d, case %d", SEED, i).isEqualTo(text);
            assertThat(c.persona()).as("seed %d, case %d", SEED, i).isEqualTo(fisica ? Persona.FISICA : Persona.MORAL);
        }
    }

    @Test
    void trustAnchors_onlyItsOwnCa() {
        assertThat(CA.trustAnchors().certificates()).isEqualTo(List.of(CA.caCertificate()));
        assertThat(CA.trustAnchors().name()).isEqualTo("pruebas-sdk-" + SEED);
    }

    @Test
    void generate_opensslOpensTheKeyAndVerifiesTheChain(@TempDir Path dir) throws Exception {
        assumeTrue(openssl(dir, "version") == 0, "openssl is not installed: check by openssl skipped");
        TestEfirma generated = CA.fiel("CACX7605101P8").generate();
        Files.write(dir.resolve("fiel.key"), generated.key());
        Files.write(dir.resolve("fiel.cer"), generated.cer());
        Files.writeString(dir.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder().encodeToString(CA.caCertificate().getEncoded()) + "\n-----END CERTIFICATE-----\n");

        assertThat(openssl(dir, "pkcs8", "-inform", "DER", "-in", "fiel.key", "-passin", "pass:12345678a", "-out",
                "fiel.pem")).isZero();
        assertThat(openssl(dir, "x509", "-inform", "DER", "-in", "fiel.cer", "-out", "fiel.crt")).isZero();
        assertThat(openssl(dir, "verify", "-CAfile", "ca.pem", "-attime", "1798761600", "fiel.crt")).isZero();
    }

    @Test
    void writeTo_filesThatLoadWithThePasswordFile(@TempDir Path dir) {
        TestEfirma generated = CA.csd("EKU9003173C9").generate();

        Path cer = generated.writeTo(dir, "EKU9003173C9");
        Efirma loaded = Efirma.read(cer, dir.resolve("EKU9003173C9.key"),
                mx.buzon.crypto.PasswordFile.read(dir.resolve("EKU9003173C9.password.txt")));

        assertThat(loaded.certificate()).isEqualTo(generated.certificate());
        assertThat(loaded.keyMatches()).isTrue();
    }

    private static int openssl(Path dir, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            return process.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
