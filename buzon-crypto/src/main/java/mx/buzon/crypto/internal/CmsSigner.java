package mx.buzon.crypto.internal;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** Builds detached CMS SignedData with Bouncy Castle, the signing time given by the caller. */
public final class CmsSigner {

    private CmsSigner() {
    }

    /**
     * @return the DER ContentInfo of a detached SignedData over {@code document}
     */
    public static byte[] signDetached(X509Certificate certificate, PrivateKey key, byte[] document,
            Instant signingTime) {
        try {
            // The JDK provider signs (fast RSA); Bouncy Castle only assembles the structure.
            ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
            CMSAttributeTableGenerator signedAttributes = new FixedTimeAttributes(signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(Bc.provider()).build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(List.of(certificate)));
            return generator.generate(new CMSProcessableByteArray(document), false).getEncoded("DER");
        } catch (OperatorCreationException | CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("a CMS signature with an RSA key and SHA-256 must be possible", e);
        }
    }

    /** The default signed attributes, with signing-time taken from the caller instead of the clock. */
    private static final class FixedTimeAttributes implements CMSAttributeTableGenerator {
        private final Instant signingTime;

        FixedTimeAttributes(Instant signingTime) {
            this.signingTime = signingTime;
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        public AttributeTable getAttributes(Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Attribute> table = new Hashtable<>();
            ASN1EncodableVector time = new ASN1EncodableVector();
            time.add(new Time(Date.from(signingTime)));
            table.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime, new DERSet(time)));
            return new DefaultSignedAttributeTableGenerator(new AttributeTable(table)).getAttributes(parameters);
        }
    }
}
