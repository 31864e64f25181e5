package mx.buzon.acuse.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * The second check of a sealed acuse, still before any PDF parsing: the seal's CMS verifies over the signed
 * bytes, has exactly one signer whose certificate it carries, digests with SHA-256 and names that certificate
 * in signing-certificate-v2 (so a certificate cannot be swapped for another with the same key); and, when the
 * CMS carries a signature time-stamp (B-T), that the token is over this signature value. Whether the signer is
 * an institution the host trusts is decided by {@link #trusted}.
 */
public final class SealCms {

    /**
     * The outcome.
     *
     * @param problem what failed, in Spanish, when it failed
     * @param signer the sealing certificate, when it verified
     * @param certificates every certificate the CMS carries (to build the path to a trusted one)
     * @param timeStamped whether a signature time-stamp was present and matched
     */
    public record Result(Optional<String> problem, Optional<X509Certificate> signer, List<X509Certificate> certificates,
            boolean timeStamped) {
        static Result failed(String problem) {
            return new Result(Optional.of(problem), Optional.empty(), List.of(), false);
        }
    }

    private SealCms() {
    }

    /**
     * @param cms the DER ContentInfo from {@code /Contents}
     * @param signedContent the bytes of the byte range
     * @return the outcome
     */
    public static Result verify(byte[] cms, byte[] signedContent) {
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(signedContent), cms);
        } catch (Exception e) {
            return Result.failed("no es un CMS SignedData legible");
        }
        try {
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return Result.failed("tiene " + signers.size() + " firmantes y debe tener uno");
            }
            SignerInformation signer = signers.iterator().next();
            if (!NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID())) {
                return Result.failed("no usa SHA-256");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (X509CertificateHolder holder : signed.getCertificates().getMatches(null)) {
                certificates.add(x509(holder.getEncoded()));
            }
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
            if (matches.size() != 1) {
                return Result.failed("no incluye el certificado de quien sella");
            }
            X509Certificate certificate = x509(matches.iterator().next().getEncoded());
            if (!namesCertificate(signer.getSignedAttributes(), certificate)) {
                return Result.failed("no identifica su certificado (signing-certificate-v2)");
            }
            boolean verifies;
            try {
                verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            } catch (CMSSignerDigestMismatchException e) {
                verifies = false;
            }
            if (!verifies) {
                return Result.failed("no corresponde al contenido del archivo");
            }
            boolean stamped = false;
            AttributeTable unsigned = signer.getUnsignedAttributes();
            Attribute stamp = unsigned == null ? null
                    : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
            if (stamp != null) {
                TimeStampToken token = new TimeStampToken(new CMSSignedData(
                        stamp.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded("DER")));
                byte[] imprint = token.getTimeStampInfo().getMessageImprintDigest();
                byte[] expected = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
                if (!MessageDigest.isEqual(imprint, expected)) {
                    return Result.failed("su sello de tiempo no corresponde a la firma");
                }
                stamped = true;
            }
            return new Result(Optional.empty(), Optional.of(certificate), List.copyOf(certificates), stamped);
        } catch (Exception e) {
            // A malformed structure inside a parsed CMS (bad attribute, bad certificate) is a failed seal.
            return Result.failed("su estructura no es válida (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static boolean namesCertificate(AttributeTable signedAttributes, X509Certificate certificate)
            throws Exception {
        if (signedAttributes == null) {
            return false;
        }
        Attribute attribute = signedAttributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return false;
        }
        ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
        ESSCertIDv2[] ids = SigningCertificateV2.getInstance(value).getCerts();
        if (ids.length == 0 || !NISTObjectIdentifiers.id_sha256.equals(ids[0].getHashAlgorithm().getAlgorithm())) {
            return false;
        }
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return MessageDigest.isEqual(hash, ids[0].getCertHash());
    }

    /**
     * Whether the sealing certificate is one the host trusts, or was issued (directly or through certificates
     * the CMS carries, at most {@code 4} links) by one the host trusts.
     *
     * @param signer the sealing certificate
     * @param carried the certificates the CMS carries
     * @param trustedCertificates the institution certificates (or their CAs) the host trusts
     * @return the trusted certificate the path ends at
     */
    public static Optional<X509Certificate> trusted(X509Certificate signer, List<X509Certificate> carried,
            List<X509Certificate> trustedCertificates) {
        X509Certificate current = signer;
        for (int depth = 0; depth < 5; depth++) {
            for (X509Certificate trusted : trustedCertificates) {
                if (trusted.equals(current) || issued(trusted, current)) {
                    return Optional.of(trusted);
                }
            }
            X509Certificate next = null;
            for (X509Certificate candidate : carried) {
                if (!candidate.equals(current) && issued(candidate, current)) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.empty();
    }

    private static boolean issued(X509Certificate issuer, X509Certificate subject) {
        if (!issuer.getSubjectX500Principal().equals(subject.getIssuerX500Principal())) {
            return false;
        }
        try {
            subject.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static X509Certificate x509(byte[] der) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }
}
