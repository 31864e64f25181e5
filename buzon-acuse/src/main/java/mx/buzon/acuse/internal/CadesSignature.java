package mx.buzon.acuse.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInfoGeneratorBuilder;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.CollectionStore;

/**
 * The CMS of the acuse's PDF seal, as PAdES baseline B-B wants it (ETSI EN 319 142-1 §6.3, ETSI EN 319 122-1
 * §5.2): detached SignedData over the PDF's byte range, SHA-256, RSA PKCS#1 v1.5, signed attributes
 * content-type, message-digest and signing-certificate-v2 only (no signing-time: PAdES puts the time in the
 * signature dictionary's {@code /M}), and the institution's certificate chain. Built by Bouncy Castle; the RSA
 * operation is the caller's (the institution's {@code Efirma}), so the private key never leaves it and no
 * provider is registered. With RSA PKCS#1 v1.5 the same bytes give the same CMS: sealing is deterministic.
 *
 * <p>With a time-stamper (B-T) the signature value is time-stamped (RFC 3161) and the token is added as the
 * unsigned attribute signature-time-stamp-token; the result then depends on the authority's clock.
 */
public final class CadesSignature {

    private static final AlgorithmIdentifier SHA256_WITH_RSA = new DefaultSignatureAlgorithmIdentifierFinder()
            .find("SHA256withRSA");

    /**
     * The platform's SHA-256 (no provider registered): the digest of the whole file runs on the JDK's intrinsic
     * (SHA-NI where the CPU has it) instead of Bouncy Castle's Java code, a few percent of issuing an acuse.
     */
    private static final DigestCalculatorProvider JDK_DIGESTS = jdkDigests();

    private CadesSignature() {
    }

    /**
     * @param content the signed bytes (the PDF without its {@code /Contents} value)
     * @param chain the signer's certificate first, then its issuers
     * @param rsaSha256 signs bytes with SHA256withRSA (the institution's key)
     * @param timeStamper RFC 3161 token of the signature value's bytes, when B-T is wanted
     * @return the DER ContentInfo
     */
    public static byte[] sign(byte[] content, List<X509Certificate> chain, UnaryOperator<byte[]> rsaSha256,
            Optional<UnaryOperator<byte[]>> timeStamper) {
        return sign(new FileWithoutGap(content, content.length, content.length), chain, rsaSha256, timeStamper);
    }

    /**
     * Signs a saved PDF's byte ranges (everything but {@code [gapStart, gapEnd)}, the {@code /Contents} value)
     * without copying them into one array first.
     *
     * @param file the saved PDF
     * @param gapStart the first byte not signed
     * @param gapEnd the first byte signed again after the gap
     * @param chain the signer's certificate first, then its issuers
     * @param rsaSha256 signs bytes with SHA256withRSA (the institution's key)
     * @param timeStamper RFC 3161 token of the signature value's bytes, when B-T is wanted
     * @return the DER ContentInfo
     */
    static byte[] sign(byte[] file, int gapStart, int gapEnd, List<X509Certificate> chain,
            UnaryOperator<byte[]> rsaSha256, Optional<UnaryOperator<byte[]>> timeStamper) {
        return sign(new FileWithoutGap(file, gapStart, gapEnd), chain, rsaSha256, timeStamper);
    }

    private static byte[] sign(FileWithoutGap content, List<X509Certificate> chain, UnaryOperator<byte[]> rsaSha256,
            Optional<UnaryOperator<byte[]>> timeStamper) {
        try {
            X509Certificate signerCertificate = chain.get(0);
            List<X509CertificateHolder> holders = new ArrayList<>();
            for (X509Certificate c : chain) {
                holders.add(new X509CertificateHolder(c.getEncoded()));
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new SignerInfoGeneratorBuilder(JDK_DIGESTS)
                    .setSignedAttributeGenerator(new PadesAttributes(signerCertificate.getEncoded()))
                    .build(new FunctionSigner(rsaSha256), holders.get(0)));
            generator.addCertificates(new CollectionStore<>(holders));
            CMSSignedData signed = generator.generate(content, false);
            if (timeStamper.isPresent()) {
                signed = withTimeStamp(signed, timeStamper.get());
            }
            return signed.getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException e) {
            throw new IllegalStateException("a CMS signature with an RSA key and SHA-256 must be possible", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the CMS signature", e);
        }
    }

    private static DigestCalculatorProvider jdkDigests() {
        try {
            return new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static CMSSignedData withTimeStamp(CMSSignedData signed, UnaryOperator<byte[]> timeStamper)
            throws IOException {
        List<SignerInformation> stamped = new ArrayList<>();
        for (SignerInformation signer : signed.getSignerInfos().getSigners()) {
            byte[] token = timeStamper.apply(signer.getSignature());
            ASN1Primitive tokenAsn1 = ASN1Primitive.fromByteArray(token);
            Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            attributes.put(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new Attribute(
                    PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenAsn1)));
            stamped.add(SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(attributes)));
        }
        return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
    }

    /** content-type, message-digest, signing-certificate-v2; nothing from a clock. */
    private static final class PadesAttributes implements CMSAttributeTableGenerator {
        private final byte[] certificate;

        PadesAttributes(byte[] certificate) {
            this.certificate = certificate;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            table.put(CMSAttributes.contentType, attribute(CMSAttributes.contentType, CMSObjectIdentifiers.data));
            byte[] digest = (byte[]) parameters.get(CMSAttributeTableGenerator.DIGEST);
            table.put(CMSAttributes.messageDigest, attribute(CMSAttributes.messageDigest,
                    new DEROctetString(digest)));
            // ESSCertIDv2 without hashAlgorithm means SHA-256 (RFC 5035 §4).
            SigningCertificateV2 signingCertificate = new SigningCertificateV2(new ESSCertIDv2(sha256(certificate)));
            table.put(PKCSObjectIdentifiers.id_aa_signingCertificateV2, attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, signingCertificate));
            return new AttributeTable(table);
        }

        private static Attribute attribute(ASN1ObjectIdentifier type, ASN1Encodable value) {
            return new Attribute(type, new DERSet(value));
        }
    }

    /** A {@link ContentSigner} whose RSA operation is a function (the institution's e.firma). */
    private static final class FunctionSigner implements ContentSigner {
        private final UnaryOperator<byte[]> rsaSha256;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);

        FunctionSigner(UnaryOperator<byte[]> rsaSha256) {
            this.rsaSha256 = rsaSha256;
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return SHA256_WITH_RSA;
        }

        @Override
        public OutputStream getOutputStream() {
            return buffer;
        }

        @Override
        public byte[] getSignature() {
            return rsaSha256.apply(buffer.toByteArray());
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The signed content of a detached signature: {@code file} without {@code [gapStart, gapEnd)}, written in its
     * two pieces straight into the digest. The generator only asks {@link #getContent()} whether there is content
     * (a detached signature never encapsulates it), so the file is handed over as it is, without the copy
     * {@code CMSProcessableByteArray} would make.
     */
    private record FileWithoutGap(byte[] file, int gapStart, int gapEnd) implements CMSTypedData {

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            out.write(file, 0, gapStart);
            out.write(file, gapEnd, file.length - gapEnd);
        }

        @Override
        public Object getContent() {
            return file;
        }
    }
}
