package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** No password in any message, stack trace or toString; the caller's password array is wiped. */
class PasswordSecrecyTest {

    private static final String SECRET = "Zx9-secreto-Ñ&";
    private static final byte[] CER = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
    private static final byte[] KEY = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));

    @Test
    void read_wrongPassword_passwordNowhereInTheException() {
        Throwable thrown = catchThrowable(() -> Efirma.read(CER, KEY, SECRET.toCharArray()));

        assertThat(thrown).isInstanceOf(EfirmaException.class);
        assertThat(everythingPrinted(thrown)).doesNotContain(SECRET).doesNotContain("secreto");
    }

    @Test
    void readPfx_wrongPasswordAndCorruptFile_passwordNowhereInTheException() {
        byte[] pfx = Fixtures.bytes(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"));

        Throwable wrong = catchThrowable(() -> Efirma.readPfx(pfx, SECRET.toCharArray()));
        Throwable corrupt = catchThrowable(() -> Efirma.readPfx(Arrays.copyOf(pfx, 500), SECRET.toCharArray()));

        assertThat(everythingPrinted(wrong)).doesNotContain("secreto");
        assertThat(everythingPrinted(corrupt)).doesNotContain("secreto");
    }

    @Test
    void read_success_toStringsWithoutPassword() {
        Efirma efirma = Efirma.read(CER, KEY, Fixtures.password());

        assertThat(efirma.toString()).isEqualTo("Efirma[EKU9003173C9, FIEL, 30001000000500003415]")
                .doesNotContain(Fixtures.SAT_TEST_PASSWORD);
        assertThat(efirma.certificate().toString()).doesNotContain(Fixtures.SAT_TEST_PASSWORD);
    }

    @Test
    void read_anyOutcome_callersPasswordArrayWiped() {
        char[] right = Fixtures.password();
        char[] wrong = SECRET.toCharArray();
        char[] forCorrupt = SECRET.toCharArray();

        Efirma.read(CER, KEY, right);
        catchThrowable(() -> Efirma.read(CER, KEY, wrong));
        catchThrowable(() -> Efirma.read(new byte[3], KEY, forCorrupt));

        assertThat(right).containsOnly('\0');
        assertThat(wrong).containsOnly('\0');
        assertThat(forCorrupt).containsOnly('\0');
    }

    @Test
    void readPfx_anyOutcome_callersPasswordArrayWiped() {
        char[] password = "swpass".toCharArray();

        Efirma.readPfx(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"), password);

        assertThat(password).containsOnly('\0');
    }

    @Test
    void errorCodes_noTemplateMentionsAPasswordValue() {
        for (EfirmaErrorCode code : EfirmaErrorCode.values()) {
            String filled = code.message("A", "B", "C", "D");
            assertThat(filled).as(code.code()).doesNotContain(SECRET);
        }
    }

    private static String everythingPrinted(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out + thrown.toString();
    }
}
