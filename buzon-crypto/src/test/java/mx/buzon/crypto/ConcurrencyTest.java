package mx.buzon.crypto;

import static mx.buzon.testing.SameUnderLoad.assertSameUnderLoad;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.testing.SameUnderLoad.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: many threads signing and verifying with ONE shared {@link Efirma}, {@link EfirmaCertificate} and
 * {@link EfirmaValidator} get exactly the results of a sequential run. SHA256withRSA (PKCS#1 v1.5) is
 * deterministic and the CMS signing time is an argument, so equal results mean equal bytes.
 */
class ConcurrencyTest {

    private static final long SEED = 20261122L;
    private static final Instant NOON_2026_11_22 = Fixtures.NOON_2026_11_22;
    /** The SAT's 2023 test FIEL of a persona moral, loaded once and shared by every thread. */
    private static final Efirma SAT_FIEL = Fixtures.load(Fixtures.EKU_FIEL_2023);
    /** A generated FIEL with Ñ in the RFC, loaded once and shared by every thread. */
    private static final Efirma TEST_FIEL = TestEfirmas.seeded(SEED).fiel("CAÑF770131PA3").generate().efirma();

    @Test
    void sello_sharedEfirmaOnEightThreads_sameSellosAndVerdictsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.sello seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            Efirma efirma = n % 2 == 0 ? SAT_FIEL : TEST_FIEL;
            Efirma other = n % 2 == 0 ? TEST_FIEL : SAT_FIEL;
            String cadena = cadena(random);
            String sello = efirma.sello(cadena);
            String tampered = cadena.substring(0, cadena.length() - 3) + "X||";
            byte[] data = cadena.getBytes(StandardCharsets.UTF_8);
            tasks.add(new Task("sello " + n, () -> efirma.sello(cadena)));
            tasks.add(new Task("signature " + n, () -> efirma.signature(data)));
            tasks.add(new Task("verifiesSello " + n, () -> efirma.certificate().verifiesSello(cadena, sello)));
            tasks.add(new Task("verifiesSello tampered " + n,
                    () -> efirma.certificate().verifiesSello(tampered, sello)));
            tasks.add(new Task("verifiesSello other certificate " + n,
                    () -> other.certificate().verifiesSello(cadena, sello)));
            tasks.add(new Task("verifiesSignature garbage " + n, () -> efirma.certificate().verifiesSignature(data,
                    Base64.getDecoder().decode(sello.substring(0, 40)))));
            tasks.add(new Task("verifiesSello not Base64 " + n,
                    () -> efirma.certificate().verifiesSello(cadena, "no es base64 ¿" + n)));
        }
        assertSameUnderLoad(SEED, tasks);
    }

    @Test
    void cmsDetached_sharedEfirmaOnEightThreads_sameBytesAndVerdictsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.cms seed " + (SEED + 1));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 16; n++) {
            Efirma efirma = n % 2 == 0 ? SAT_FIEL : TEST_FIEL;
            byte[] document = new byte[1 + random.nextInt(4096)];
            random.nextBytes(document);
            Instant signingTime = NOON_2026_11_22.plusSeconds(random.nextInt(1_000_000));
            byte[] cms = efirma.cmsDetached(document, signingTime);
            byte[] otherDocument = document.clone();
            otherDocument[random.nextInt(otherDocument.length)] ^= 1;
            tasks.add(new Task("cmsDetached " + n, () -> efirma.cmsDetached(document, signingTime)));
            tasks.add(new Task("verifyDetached " + n, () -> verdict(CmsSignatures.verifyDetached(cms, document))));
            tasks.add(new Task("verifyDetached other document " + n,
                    () -> verdict(CmsSignatures.verifyDetached(cms, otherDocument))));
            tasks.add(new Task("verifyDetached truncated " + n,
                    () -> verdict(CmsSignatures.verifyDetached(java.util.Arrays.copyOf(cms, cms.length / 2),
                            document))));
        }
        assertSameUnderLoad(SEED + 1, tasks);
    }

    @Test
    void certificatesAndValidator_sharedBytesAndValidatorOnEightThreads_sameFieldsAndFindingsAsSequential()
            throws Exception {
        System.out.println("ConcurrencyTest.certificates seed " + (SEED + 2));
        SplittableRandom random = new SplittableRandom(SEED + 2);
        EfirmaValidator validator = EfirmaValidator.forActuaciones(TrustAnchors.satPruebas())
                .expectingRfc(SAT_FIEL.certificate().rfc());
        List<Task> tasks = new ArrayList<>();
        for (Fixtures.Row row : Fixtures.certificates()) {
            byte[] cer = Fixtures.bytes(row.cer());
            tasks.add(new Task("parse " + row, () -> fields(EfirmaCertificate.read(cer))));
            Instant at = Instant.parse("2017-01-01T00:00:00Z").plusSeconds(random.nextLong(400_000_000L));
            tasks.add(new Task("validate " + row + " at " + at,
                    () -> validator.validate(EfirmaCertificate.read(cer), at)));
            if (row.hasEncryptedKey() && random.nextInt(4) == 0) {
                byte[] key = Fixtures.bytes(row.key());
                // Decrypting the key (PBES2 or PBES1) on many threads at once.
                tasks.add(new Task("load " + row, () -> Efirma.read(cer, key, Fixtures.password()).sello("||1.0||")));
            }
        }
        byte[] garbage = new byte[300];
        random.nextBytes(garbage);
        tasks.add(new Task("parse garbage", () -> EfirmaCertificate.read(garbage)));
        tasks.add(new Task("load with a wrong password", () -> Efirma.read(SAT_FIEL.certificate().encoded(),
                Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key")), "incorrecta".toCharArray())));
        for (int n = 0; n < 30; n++) {
            Instant at = Instant.parse("2022-01-01T00:00:00Z").plusSeconds(random.nextLong(300_000_000L));
            tasks.add(new Task("validate shared efirma at " + at, () -> validator.validate(SAT_FIEL, at)));
            tasks.add(new Task("inspect shared test efirma at " + at,
                    () -> EfirmaInspection.of(TEST_FIEL, validator, at)));
        }
        assertSameUnderLoad(SEED + 2, tasks);
    }

    private static String cadena(SplittableRandom random) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZÑ0123456789 áéíóúüñ-/.:&€";
        StringBuilder text = new StringBuilder("||1.0|BI-20260302-");
        text.append(100_000_000 + random.nextInt(900_000_000)).append('|');
        int length = 10 + random.nextInt(300);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.append("||").toString();
    }

    private static List<Object> verdict(CmsSignatures.Verification verification) throws Exception {
        return List.of(verification.isValid(),
                verification.signer().map(c -> Base64.getEncoder().encodeToString(encoded(c))).orElse("-"));
    }

    private static byte[] encoded(java.security.cert.X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> fields(EfirmaCertificate c) {
        return List.of(c.rfcText(), c.rfc(), c.rfcRepresentante(), c.curp(), c.curpRepresentante(), c.nombre(),
                c.persona(), c.kind(), c.sucursal(), c.numero(), c.validFrom(), c.validUntil(), c.issuer(),
                c.issuerCommonName(), c.toPem(), c.toString());
    }
}
