package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustAnchorsTest {

    private static final EfirmaCertificate EKU_FIEL =
            EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

    @Test
    void shipped_setsHaveTheirDocumentedCertificates() {
        assertThat(TrustAnchors.satPruebas().certificates()).hasSize(6);
        assertThat(TrustAnchors.satProduccion().certificates()).hasSize(13);
        assertThat(TrustAnchors.satPruebas()).hasToString("TrustAnchors[sat-pruebas, 6 certificados]");
    }

    @Test
    void named_cliNames_shippedSetsAndEmptyOtherwise() {
        assertThat(TrustAnchors.named("sat-produccion")).containsSame(TrustAnchors.satProduccion());
        assertThat(TrustAnchors.named("sat-pruebas")).containsSame(TrustAnchors.satPruebas());
        assertThat(TrustAnchors.named("raices.pem")).isEmpty();
    }

    @Test
    void issuerOf_sat2023Fiel_acUat2022() {
        X509Certificate issuer = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();

        assertThat(issuer.getSubjectX500Principal().getName()).contains("CN=AC UAT");
        assertThat(issuer.getNotAfter().toInstant()).hasToString("2030-03-04T18:48:12Z");
    }

    @Test
    void issuerOf_caCertificateItself_itsRoot() {
        X509Certificate acUat = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();

        X509Certificate root = TrustAnchors.satPruebas().issuerOf(acUat).orElseThrow();

        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
    }

    @Test
    void of_onlyTheIntermediate_trustsWhatItIssued() {
        TrustAnchors onlyAcUat = TrustAnchors.of("solo AC UAT", List.of(
                TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow()));

        assertThat(EfirmaChecks.chain(onlyAcUat).check(EKU_FIEL, Fixtures.NOON_2026_11_22)).isEmpty();
    }

    @Test
    void from_certificateFiles_readsDerAndPem() {
        TrustAnchors anchors = TrustAnchors.read(List.of(Fixtures.AAA_FIEL_2017.resolve("certificate.cer.pem"),
                Fixtures.EKU_FIEL_2023.resolve("certificate.cer")));

        assertThat(anchors.certificates()).hasSize(2);
        assertThat(anchors.name()).isEqualTo("certificate.cer.pem");
    }

    @Test
    void from_missingFile_archivoNoLeido() {
        assertThatThrownBy(() -> TrustAnchors.read(List.of(Path.of("no-hay-raiz.cer"))))
                .isInstanceOfSatisfying(EfirmaException.class, e ->
                        assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_NO_LEIDO));
    }

    @Test
    void issuerOf_caWithTheSameNameButAnotherKey_notTheIssuer() throws Exception {
        X509Certificate realAcUat = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        java.security.KeyPair impostorKeys = generator.generateKeyPair();
        org.bouncycastle.asn1.x500.X500Name sameName =
                org.bouncycastle.asn1.x500.X500Name.getInstance(realAcUat.getSubjectX500Principal().getEncoded());
        byte[] impostor = new org.bouncycastle.cert.X509v3CertificateBuilder(sameName, java.math.BigInteger.TEN,
                realAcUat.getNotBefore(), realAcUat.getNotAfter(), sameName,
                org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(impostorKeys.getPublic().getEncoded()))
                .build(new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA")
                        .build(impostorKeys.getPrivate())).getEncoded();

        TrustAnchors impostorSet = TrustAnchors.of("impostor", List.of(EfirmaCertificateTestSupport.x509(impostor)));

        assertThat(impostorSet.issuerOf(EKU_FIEL.x509())).isEmpty();
        assertThat(EfirmaChecks.chain(impostorSet).check(EKU_FIEL, Fixtures.NOON_2026_11_22)).isNotEmpty();
    }

    @Test
    void from_pemBundleInAnyOrder_everyCertificateRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<X509Certificate> pruebas = TrustAnchors.satPruebas().certificates();
        StringBuilder rootFirst = new StringBuilder("\uFEFFcomentario antes del primer bloque\n");
        for (int i = pruebas.size() - 1; i >= 0; i--) {
            rootFirst.append("-----BEGIN CERTIFICATE-----\n")
                    .append(java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(pruebas.get(i)
                            .getEncoded())).append("\n-----END CERTIFICATE-----\n");
        }
        Path bundle = java.nio.file.Files.writeString(dir.resolve("raices.pem"), rootFirst);

        TrustAnchors read = TrustAnchors.read(List.of(bundle));

        assertThat(read.certificates()).containsExactlyInAnyOrderElementsOf(pruebas);
        EfirmaCertificate eku = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
        assertThat(read.issuerOf(eku.x509())).isPresent();
    }

    @Test
    void chainOf_ekuFiel2023_issuingCaThenItsRoot() {
        EfirmaCertificate eku = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        List<X509Certificate> chain = TrustAnchors.satPruebas().chainOf(eku.x509());

        assertThat(chain).extracting(c -> c.getSubjectX500Principal().getName())
                .satisfiesExactly(ca -> assertThat(ca).contains("CN=AC UAT"),
                        root -> assertThat(root).contains("CN=Agencia Certficadora Raiz Beta ANG"));
        assertThat(TrustAnchors.satProduccion().chainOf(eku.x509())).isEmpty();
    }
}
