package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Detached CMS: verifies here and with openssl, fails for another document, carries the given signing time. */
class CmsSignaturesTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-03-13T17:05:00Z");
    private static final byte[] DOCUMENT = "Promoción de aclaración, folio BI-20250203-100717151\n"
            .getBytes(StandardCharsets.UTF_8);
    private static final Efirma FIEL = Fixtures.load(Fixtures.EKU_FIEL_2023);

    @Test
    void verifyDetached_ownSignature_validWithSignerCertificate() {
        byte[] cms = FIEL.cmsDetached(DOCUMENT, SIGNED_AT);

        CmsSignatures.Verification verification = CmsSignatures.verifyDetached(cms, DOCUMENT);

        assertThat(verification.valid()).isTrue();
        assertThat(verification.signer()).contains(FIEL.certificate().x509());
    }

    @Test
    void verifyDetached_otherDocument_invalid() {
        byte[] cms = FIEL.cmsDetached(DOCUMENT, SIGNED_AT);
        byte[] other = DOCUMENT.clone();
        other[0] ^= 1;

        assertThat(CmsSignatures.verifyDetached(cms, other).valid()).isFalse();
    }

    @Test
    void cmsDetached_sameInputs_sameBytes() {
        assertThat(FIEL.cmsDetached(DOCUMENT, SIGNED_AT)).isEqualTo(FIEL.cmsDetached(DOCUMENT, SIGNED_AT));
    }

    @Test
    void verifyDetached_garbage_cmsInvalido() {
        assertThatThrownBy(() -> CmsSignatures.verifyDetached(new byte[] {0x30, 0x03, 1, 2, 3}, DOCUMENT))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_CMS_INVALIDO));
    }

    @Test
    void cmsDetached_opensslCmsVerifies(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: verification by openssl skipped");
        Files.write(dir.resolve("doc.txt"), DOCUMENT);
        Files.write(dir.resolve("doc.p7s"), FIEL.cmsDetached(DOCUMENT, SIGNED_AT));

        OpenSsl.Result result = OpenSsl.run(List.of("cms", "-verify", "-binary", "-inform", "DER", "-in", "doc.p7s",
                "-content", "doc.txt", "-noverify", "-out", "/dev/null"), dir);
        OpenSsl.Result printed = OpenSsl.run(List.of("cms", "-cmsout", "-print", "-inform", "DER", "-in", "doc.p7s"),
                dir);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stderr()).contains("Verification successful");
        assertThat(new String(printed.stdout(), StandardCharsets.UTF_8)).contains("Mar 13 17:05:00 2026 GMT");
    }

    @Test
    void cmsDetached_opensslRejectsOtherDocument(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: verification by openssl skipped");
        Files.write(dir.resolve("doc.txt"), "otro documento".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("doc.p7s"), FIEL.cmsDetached(DOCUMENT, SIGNED_AT));

        OpenSsl.Result result = OpenSsl.run(List.of("cms", "-verify", "-binary", "-inform", "DER", "-in", "doc.p7s",
                "-content", "doc.txt", "-noverify", "-out", "/dev/null"), dir);

        assertThat(result.exitCode()).isNotZero();
    }
}
