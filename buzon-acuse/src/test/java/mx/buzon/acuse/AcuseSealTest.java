package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.CA;
import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.URL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mx.buzon.acuse.internal.SealedBytes;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.testing.TestEfirma;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal itself: a standard PAdES signature that independent tools accept, deterministic, with the
 * attributes PAdES baseline B-B asks for, and the optional B-T time-stamp and B-LT revocation data.
 */
class AcuseSealTest {

    private static final AcusePdfVerifier VERIFIER = AcuseSealAttackTest.VERIFIER;
    private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    private static IssuedAcuse activacion() {
        return DomainAcuses.issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON), ERIKA.efirma());
    }

    private static CMSSignedData cms(byte[] pdf) throws Exception {
        SealedBytes.Scan scan = SealedBytes.scan(pdf);
        assertThat(scan.problem()).isEmpty();
        return new CMSSignedData(scan.cms());
    }

    @Test
    void issue_twice_byteIdentical() {
        assertThat(activacion().pdf()).isEqualTo(activacion().pdf());
    }

    @Test
    void seal_signatureDictionary_isPadesWithTheAcusesInstantAsSigningTime() throws Exception {
        IssuedAcuse issued = activacion();
        try (PDDocument document = Loader.loadPDF(issued.pdf())) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature seal = signatures.get(0);
            assertThat(seal.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(seal.getFilter()).isEqualTo("Adobe.PPKLite");
            Calendar m = seal.getSignDate();
            assertThat(m.toInstant()).isEqualTo(issued.acuse().emitidoEn());
            int[] range = seal.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).isEqualTo(issued.pdf().length);
        }
    }

    @Test
    void seal_cms_hasSigningCertificateV2AndNoSigningTime() throws Exception {
        CMSSignedData cms = cms(activacion().pdf());
        SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
        AttributeTable signed = signer.getSignedAttributes();

        assertThat(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signed.get(CMSAttributes.signingTime)).as("PAdES: the time is /M, not a CMS attribute").isNull();
        assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
        assertThat(signer.getEncryptionAlgOID()).isIn("1.2.840.113549.1.1.11", "1.2.840.113549.1.1.1");
        assertThat(cms.isDetachedSignature()).isTrue();
        assertThat(cms.getCertificates().getMatches(null)).hasSize(1);
    }

    @Test
    void seal_withChain_embedsTheChainAndVerifiesTrustingTheCa() throws Exception {
        AcuseIssuer issuer = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION)
                .chain(List.of(CA.caCertificate())).build();
        byte[] pdf = issuer.issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();

        assertThat(cms(pdf).getCertificates().getMatches(null)).hasSize(2);
        AcuseVerification result = AcusePdfVerifier.trusting(List.of(CA.caCertificate()))
                .withSatRoots(CA.trustAnchors()).verify(pdf);
        assertThat(result.veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    /** The /Contents hole: its size in bytes and how many of them the CMS uses (the rest is zero padding). */
    private static int[] hole(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/Contents <([0-9A-Fa-f]+)>").matcher(text);
        assertThat(m.find()).as("a /Contents hole").isTrue();
        String hex = m.group(1);
        return new int[] {hex.length() / 2, (hex.replaceAll("0+$", "").length() + 1) / 2};
    }

    @Test
    void seal_reservesWhatItsChainNeeds_notAFixed8KiB() throws Exception {
        byte[] alone = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION).build()
                .issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();
        byte[] withCa = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION)
                .chain(List.of(CA.caCertificate())).build()
                .issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();
        int[] a = hole(alone);
        int[] b = hole(withCa);
        int caBytes = CA.caCertificate().getEncoded().length;
        // Each hole holds its CMS with room to spare, and grows by exactly the added certificate (rounded to 256).
        assertThat(a[1]).isLessThan(a[0]);
        assertThat(b[1]).isLessThan(b[0]);
        assertThat(a[0]).isLessThan(4096);
        assertThat(b[0] - a[0]).isBetween(caBytes - 256, caBytes + 256);
        assertThat(b[1] - a[1]).isBetween(caBytes - 64, caBytes + 64);
    }

    @Test
    void pdfsig_sealedAcuse_oneValidSignatureOverTheTotalDocument(@TempDir Path dir) throws Exception {
        if (!Files.isExecutable(PDFSIG)) {
            System.err.println("SKIPPED: " + PDFSIG + " (poppler-utils) is not installed; the seal was not checked"
                    + " by an independent PDF signature validator");
        }
        Assumptions.assumeTrue(Files.isExecutable(PDFSIG), "pdfsig (poppler-utils) is not installed");
        Path file = dir.resolve("acuse.pdf");
        Files.write(file, activacion().pdf());

        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(output.split("Signature #", -1)).as(output).hasSize(2);
        assertThat(output).contains("Signature Validation: Signature is Valid.")
                .contains("Total document signed")
                .contains("Signature Type: ETSI.CAdES.detached")
                .contains("Signing Hash Algorithm: SHA-256");
    }

    @Test
    void issue_particularWithCsd_refused() {
        TestEfirma csd = CA.csd(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ").generate();

        assertThatThrownBy(() -> DomainAcuses.issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, csd),
                csd.efirma())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EFIRMA_ES_CSD");
    }

    @Test
    void issue_particularExpiredAtTheInstant_refused() {
        TestEfirma expired = CA.fiel(ERIKA.certificate().rfcText()).nombre("ERIKA GÓMEZ DÍAZ")
                .validity(Instant.parse("2022-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")).generate();

        assertThatThrownBy(() -> DomainAcuses.issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON, expired),
                expired.efirma())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid at");
    }

    // --- B-T: an RFC 3161 time-stamp from a test authority, in process ---

    /** A time-stamping authority for tests: its own key, a certificate with the timeStamping purpose. */
    static final class TestTsa implements TimeStamper {
        private final TimeStampTokenGenerator generator;
        private final X509Certificate certificate;
        private final Instant time;
        private final boolean stampWrongBytes;

        TestTsa(Instant time, boolean stampWrongBytes) throws Exception {
            KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
            keys.initialize(2048);
            KeyPair pair = keys.generateKeyPair();
            X500Name name = new X500Name("CN=TSA DE PRUEBA BUZON IMSS SDK, O=PRUEBAS, C=MX");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
                    Date.from(Instant.parse("2020-01-01T00:00:00Z")), Date.from(Instant.parse("2040-01-01T00:00:00Z")),
                    name, pair.getPublic());
            builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            this.certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            this.generator = new TimeStampTokenGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                    .build("SHA256withRSA", pair.getPrivate(), certificate),
                    new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                                    org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256)),
                    new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
            this.time = time;
            this.stampWrongBytes = stampWrongBytes;
        }

        @Override
        public byte[] timeStampToken(byte[] signatureValue) {
            try {
                byte[] stamped = stampWrongBytes ? "otros bytes".getBytes(StandardCharsets.US_ASCII) : signatureValue;
                TimeStampRequest request = new TimeStampRequestGenerator().generate(TSPAlgorithms.SHA256,
                        MessageDigest.getInstance("SHA-256").digest(stamped));
                return new TimeStampResponseGenerator(generator, TSPAlgorithms.ALLOWED)
                        .generate(request, BigInteger.ONE, Date.from(time)).getTimeStampToken().getEncoded();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void seal_withTimeStamper_carriesTheTokenAndVerifies() throws Exception {
        AcuseIssuer issuer = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION)
                .timeStamper(new TestTsa(Instant.parse("2026-03-02T16:15:07Z"), false)).build();
        byte[] pdf = issuer.issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON), ERIKA.efirma()).pdf();

        SignerInformation signer = cms(pdf).getSignerInfos().getSigners().iterator().next();
        assertThat(signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken))
                .isNotNull();
        assertThat(VERIFIER.verify(pdf).veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    @Test
    void seal_withTimeStampOfOtherBytes_sealInvalid() throws Exception {
        AcuseIssuer issuer = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION)
                .timeStamper(new TestTsa(Instant.parse("2026-03-02T16:15:07Z"), true)).build();
        byte[] pdf = issuer.issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON), ERIKA.efirma()).pdf();

        AcuseVerification result = VERIFIER.verify(pdf);

        assertThat(AcuseSealAttackTest.errors(result)).containsExactly("ACUSE_SELLO_PDF_INVALIDO");
        assertThat(result.findings().get(0).message()).contains("sello de tiempo");
    }

    // --- B-LT: the host's revocation data in a /DSS dictionary under the seal ---

    @Test
    void seal_withRevocationData_writesTheDssUnderTheSeal() throws Exception {
        byte[] ocsp = "respuesta OCSP DER del host".getBytes(StandardCharsets.US_ASCII);
        byte[] crl = "CRL DER del host".getBytes(StandardCharsets.US_ASCII);
        AcuseIssuer issuer = AcuseIssuer.builder(IMSS_PRUEBA.efirma(), URL).institution(AcuseIssuer.TEST_INSTITUTION)
                .revocationData(List.of(CA.caCertificate().getEncoded()), List.of(ocsp), List.of(crl)).build();
        byte[] pdf = issuer.issue(DomainAcuses.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO)).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary dss = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS"));
            assertThat(dss).isNotNull();
            assertThat(streams(dss, "OCSPs")).containsExactly(ocsp);
            assertThat(streams(dss, "CRLs")).containsExactly(crl);
            assertThat(streams(dss, "Certs")).containsExactly(CA.caCertificate().getEncoded());
        }
        assertThat(VERIFIER.verify(pdf).veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(PdfAValidation.failures(pdf)).isEmpty();
    }

    private static List<byte[]> streams(COSDictionary dss, String key) throws IOException {
        COSArray array = dss.getCOSArray(COSName.getPDFName(key));
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try (InputStream in = ((COSStream) array.getObject(i)).createInputStream()) {
                out.add(in.readAllBytes());
            }
        }
        return out;
    }
}
