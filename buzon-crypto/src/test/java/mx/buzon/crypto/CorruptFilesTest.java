package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Truncated and garbage files give {@code EFIRMA_ARCHIVO_INVALIDO} naming the right file, never another
 * exception and never "wrong password".
 */
class CorruptFilesTest {

    private static final long SEED = 0x5EED_C0DEL;
    private static final byte[] CER = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
    private static final byte[] KEY = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
    private static final byte[] PFX = Fixtures.bytes(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"));
    private static final byte[] PFX_AES = Fixtures.bytes(Fixtures.AAA_CSD_2017.resolve("credential_protected.pfx"));
    private static final byte[] PEM_KEY = Fixtures.bytes(Fixtures.AAA_CSD_2017.resolve("private_key.pkcs1-des3.pem"));

    @Test
    void read_truncatedCer_archivoInvalidoNamingTheCer() {
        for (int length : lengths(CER.length)) {
            assertInvalid(catchThrowable(() -> Efirma.read(Arrays.copyOf(CER, length), KEY, Fixtures.password())),
                    EfirmaFile.CER, "cer truncated at " + length);
        }
    }

    @Test
    void read_truncatedKey_archivoInvalidoNamingTheKey() {
        for (int length : lengths(KEY.length)) {
            assertInvalid(catchThrowable(() -> Efirma.read(CER, Arrays.copyOf(KEY, length), Fixtures.password())),
                    EfirmaFile.KEY, "key truncated at " + length);
        }
    }

    @Test
    void read_truncatedPemKey_archivoInvalidoNamingTheKey() {
        // Losing only the final line break leaves a valid PEM, so the last length is two bytes short.
        for (int length : Arrays.copyOf(lengths(PEM_KEY.length), lengths(PEM_KEY.length).length - 1)) {
            Throwable thrown = catchThrowable(() -> Efirma.read(CER, Arrays.copyOf(PEM_KEY, length), Fixtures.password()));
            assertInvalid(thrown, EfirmaFile.KEY, "pem key truncated at " + length);
        }
    }

    @Test
    void readPfx_truncated_archivoInvalidoNamingThePfx() {
        for (byte[] pfx : new byte[][] {PFX, PFX_AES}) {
            for (int length : lengths(pfx.length)) {
                assertInvalid(catchThrowable(() -> Efirma.readPfx(Arrays.copyOf(pfx, length), "swpass".toCharArray())),
                        EfirmaFile.PFX, "pfx truncated at " + length);
            }
        }
    }

    @Test
    void read_randomGarbage_archivoInvalido() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 200; i++) {
            byte[] garbage = new byte[random.nextInt(0, 3000)];
            random.nextBytes(garbage);
            if (i % 3 == 0 && garbage.length > 0) {
                garbage[0] = 0x30; // looks like DER
            }
            String what = "seed " + SEED + ", case " + i;
            assertInvalid(catchThrowable(() -> Efirma.read(garbage, KEY, Fixtures.password())), EfirmaFile.CER, what);
            assertInvalid(catchThrowable(() -> Efirma.read(CER, garbage, Fixtures.password())), EfirmaFile.KEY, what);
            assertInvalid(catchThrowable(() -> Efirma.readPfx(garbage, Fixtures.password())), EfirmaFile.PFX, what);
        }
    }

    @Test
    void read_textThatIsNotPem_archivoInvalido() {
        byte[] text = "esto no es un certificado\n".getBytes(StandardCharsets.UTF_8);
        byte[] brokenPem = "-----BEGIN CERTIFICATE-----\n%%%\n-----END CERTIFICATE-----\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertInvalid(catchThrowable(() -> Efirma.read(text, KEY, Fixtures.password())), EfirmaFile.CER, "text");
        assertInvalid(catchThrowable(() -> Efirma.read(brokenPem, KEY, Fixtures.password())), EfirmaFile.CER, "pem");
        assertInvalid(catchThrowable(() -> Efirma.read(CER, text, Fixtures.password())), EfirmaFile.KEY, "text key");
    }

    @Test
    void read_keyGivenAsCertificateAndViceVersa_archivoInvalido() {
        assertInvalid(catchThrowable(() -> Efirma.read(KEY, CER, Fixtures.password())), EfirmaFile.CER, "swapped");
        assertInvalid(catchThrowable(() -> Efirma.read(CER, CER, Fixtures.password())), EfirmaFile.KEY, "cer as key");
    }

    @Test
    void message_archivoInvalido_spanishAndNamesTheFile() {
        Throwable thrown = catchThrowable(() -> Efirma.read(CER, Arrays.copyOf(KEY, 100), Fixtures.password()));

        assertThat(thrown).hasMessageStartingWith("El archivo de llave privada (.key)")
                .hasMessageContaining("no es válido");
    }

    private static int[] lengths(int full) {
        return new int[] {0, 1, 2, 3, 10, 64, full / 3, full / 2, full - 100, full - 17, full - 2, full - 1};
    }

    private static void assertInvalid(Throwable thrown, EfirmaFile file, String what) {
        assertThat(thrown).as(what).isInstanceOf(EfirmaException.class);
        EfirmaException e = (EfirmaException) thrown;
        assertThat(e.errorCode()).as(what + ": " + e.getMessage()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
        assertThat(e.file()).as(what).contains(file);
        assertThat(e.getMessage()).as(what).startsWith("El " + file.noun());
    }
}
