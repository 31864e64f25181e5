package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import mx.buzon.problem.Finding;
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

        assertThat(verification.isValid()).isTrue();
        assertThat(verification.signer()).contains(FIEL.certificate().x509());
    }

    @Test
    void verifyDetached_otherDocument_invalid() {
        byte[] cms = FIEL.cmsDetached(DOCUMENT, SIGNED_AT);
        byte[] other = DOCUMENT.clone();
        other[0] ^= 1;

        assertThat(CmsSignatures.verifyDetached(cms, other).isValid()).isFalse();
    }

    @Test
    void verifyDetached_findings_ownSignatureNone_otherDocumentDigestMismatch() {
        byte[] cms = FIEL.cmsDetached(DOCUMENT, SIGNED_AT);
        byte[] other = DOCUMENT.clone();
        other[0] ^= 1;

        assertThat(CmsSignatures.verifyDetached(cms, DOCUMENT).findings()).isEmpty();
        CmsSignatures.Verification changed = CmsSignatures.verifyDetached(cms, other);
        assertThat(changed.findings()).extracting(Finding::code).containsExactly("EFIRMA_CMS_DIGESTO_DISTINTO");
        assertThat(changed.findings().get(0).message()).contains("30001000000500003415");
        assertThat(changed.isValid()).isFalse();
    }

    @Test
    void verifyDetached_signingTimeAfterTheCertificateExpired_ownFinding() {
        // The FIEL is valid until 2027-05-17T04:37:14Z; a signing-time a second later is outside.
        byte[] cms = FIEL.cmsDetached(DOCUMENT, Instant.parse("2027-05-17T04:37:15Z"));
        byte[] inside = FIEL.cmsDetached(DOCUMENT, Instant.parse("2027-05-17T04:37:14Z"));

        CmsSignatures.Verification late = CmsSignatures.verifyDetached(cms, DOCUMENT);

        assertThat(late.findings()).extracting(Finding::code).containsExactly("EFIRMA_CMS_FECHA_FUERA_DE_VIGENCIA");
        assertThat(late.findings().get(0).message()).contains("2027-05-17T04:37:15Z", "30001000000500003415");
        assertThat(late.isValid()).isFalse();
        assertThat(CmsSignatures.verifyDetached(inside, DOCUMENT).findings()).isEmpty();
    }

    @Test
    void verifyDetached_damagedSignature_firmaNoVerifica() {
        byte[] cms = FIEL.cmsDetached(DOCUMENT, SIGNED_AT);
        cms[cms.length - 1] ^= 1; // the last byte of the RSA signature (no unsigned attributes follow it)

        assertThat(CmsSignatures.verifyDetached(cms, DOCUMENT).findings()).extracting(Finding::code)
                .containsExactly("EFIRMA_CMS_FIRMA_NO_VERIFICA");
    }

    @Test
    void verifyDetached_noSigners_ownFinding() throws Exception {
        byte[] empty = new org.bouncycastle.cms.CMSSignedDataGenerator()
                .generate(new org.bouncycastle.cms.CMSProcessableByteArray(DOCUMENT), false).getEncoded();

        CmsSignatures.Verification verification = CmsSignatures.verifyDetached(empty, DOCUMENT);

        assertThat(verification.findings()).extracting(Finding::code).containsExactly("EFIRMA_CMS_SIN_FIRMANTES");
        assertThat(verification.isValid()).isFalse();
    }

    @Test
    void verifyDetached_opensslNocerts_needsTheCertificateFromTheCaller(@TempDir Path dir) throws Exception {
        FileVariantsTest.requireOpenSsl();
        Files.write(dir.resolve("doc.txt"), DOCUMENT);
        Files.writeString(dir.resolve("cert.pem"), FIEL.certificate().toPem());
        Files.copy(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem"), dir.resolve("key.pem"));
        OpenSsl.Result signed = OpenSsl.run(List.of("cms", "-sign", "-binary", "-nocerts", "-md", "sha256", "-in",
                "doc.txt", "-signer", "cert.pem", "-inkey", "key.pem", "-outform", "DER", "-out", "doc.p7s"), dir);
        assertThat(signed.exitCode()).as(signed.stderr()).isZero();
        byte[] cms = Files.readAllBytes(dir.resolve("doc.p7s"));

        CmsSignatures.Verification without = CmsSignatures.verifyDetached(cms, DOCUMENT);
        CmsSignatures.Verification with = CmsSignatures.verifyDetached(cms, DOCUMENT, FIEL.certificate().x509());
        CmsSignatures.Verification wrong = CmsSignatures.verifyDetached(cms, DOCUMENT,
                Fixtures.load(Fixtures.CACX_FIEL_2023).certificate().x509());

        assertThat(without.findings()).extracting(Finding::code).containsExactly("EFIRMA_CMS_SIN_CERTIFICADO");
        assertThat(without.findings().get(0).message()).contains("3330303031303030303030353030303033343135");
        assertThat(without.signer()).isEmpty();
        assertThat(with.isValid()).as(with.findings().toString()).isTrue();
        assertThat(with.signer()).contains(FIEL.certificate().x509());
        assertThat(wrong.findings()).extracting(Finding::code).containsExactly("EFIRMA_CMS_SIN_CERTIFICADO");
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
