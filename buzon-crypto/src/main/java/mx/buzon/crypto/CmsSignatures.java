package mx.buzon.crypto;

import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.crypto.internal.Bc;
import mx.buzon.problem.Finding;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Verification of detached CMS (PKCS#7) signatures such as {@link Efirma#cmsDetached} produces, with findings
 * that say why a signature does not hold.
 *
 * <p>This checks the signature itself: the document's digest ({@code EFIRMA_CMS_DIGESTO_DISTINTO}), the signature
 * against the signer's certificate ({@code EFIRMA_CMS_FIRMA_NO_VERIFICA}), that the certificate is there
 * ({@code EFIRMA_CMS_SIN_CERTIFICADO}; for a CMS made with {@code -nocerts} the caller gives it), and that the
 * signing-time lies within the certificate's validity ({@code EFIRMA_CMS_FECHA_FUERA_DE_VIGENCIA}). Whether that
 * certificate is a valid FIEL of the right RFC is a separate question for {@link EfirmaValidator}. Stateless and
 * thread-safe.
 */
public final class CmsSignatures {

    private CmsSignatures() {
    }

    /**
     * The outcome of a CMS verification.
     *
     * <p>{@link #isValid()} is {@code true} when no finding is an error: every signer's signature verifies over the
     * document.
     *
     * @param signer the certificate of the (first) signer, when the CMS carries it or the caller gave it
     * @param findings why it does not hold, one or more per signer that fails; empty when valid
     */
    public record Verification(Optional<X509Certificate> signer, List<Finding> findings) {
        /**
         * @param signer the signer's certificate, if present
         * @param findings the findings, copied
         */
        public Verification {
            Objects.requireNonNull(signer, "signer");
            findings = List.copyOf(findings);
        }

        /** @return whether no finding is an error: every signer's signature verifies over the document */
        public boolean isValid() {
            return findings.stream().noneMatch(Finding::isError);
        }
    }

    /**
     * Verifies a detached CMS signature over a document, with the certificates the CMS carries.
     *
     * @param cms the DER ContentInfo (SignedData without content)
     * @param document the bytes that were signed
     * @return valid when every SignerInfo verifies with its certificate; otherwise the findings say why
     * @throws EfirmaException {@code EFIRMA_CMS_INVALIDO} when the bytes are not a CMS SignedData
     */
    public static Verification verifyDetached(byte[] cms, byte[] document) {
        return verify(cms, document, null);
    }

    /**
     * Verifies a detached CMS signature whose signer's certificate the caller has (a CMS made with
     * {@code openssl cms -sign -nocerts} carries none). The certificate is used for the signers it identifies
     * (issuer and serial, or subject key identifier); certificates inside the CMS are used for the others.
     *
     * @param cms the DER ContentInfo (SignedData without content)
     * @param document the bytes that were signed
     * @param signerCertificate the signer's certificate, e.g. {@code efirmaCertificate.x509()}
     * @return as {@link #verifyDetached(byte[], byte[])}
     * @throws EfirmaException {@code EFIRMA_CMS_INVALIDO} when the bytes are not a CMS SignedData
     */
    public static Verification verifyDetached(byte[] cms, byte[] document, X509Certificate signerCertificate) {
        return verify(cms, document, Objects.requireNonNull(signerCertificate, "signerCertificate"));
    }

    private static Verification verify(byte[] cms, byte[] document, @Nullable X509Certificate given) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(document, "document");
        CMSSignedData signed;
        Collection<SignerInformation> signers;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(document), cms);
            signers = signed.getSignerInfos().getSigners();
        } catch (CMSException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_CMS_INVALIDO, null, e, "no es un SignedData legible");
        }
        if (signers.isEmpty()) {
            return new Verification(Optional.empty(),
                    List.of(Finding.error(EfirmaErrorCode.EFIRMA_CMS_SIN_FIRMANTES, null)));
        }
        X509CertificateHolder givenHolder = holder(given);
        Optional<X509Certificate> first = Optional.empty();
        List<Finding> findings = new ArrayList<>();
        for (SignerInformation signer : signers) {
            Optional<X509Certificate> certificate = certificateOf(signed, signer, given, givenHolder);
            if (certificate.isEmpty()) {
                findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CMS_SIN_CERTIFICADO, null, serialOf(signer)));
                continue;
            }
            if (first.isEmpty()) {
                first = certificate;
            }
            findings.addAll(check(signer, certificate.get()));
        }
        return new Verification(first, findings);
    }

    private static List<Finding> check(SignerInformation signer, X509Certificate certificate) {
        String numero = numero(certificate);
        List<Finding> findings = new ArrayList<>(2);
        try {
            // Built from the public key, so that Bouncy Castle checks only the mathematics; the signing-time is
            // checked below, with its own finding.
            boolean verifies = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.provider())
                    .build(certificate.getPublicKey()));
            if (!verifies) {
                findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CMS_FIRMA_NO_VERIFICA, numero, numero));
            }
        } catch (CMSSignerDigestMismatchException e) {
            findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CMS_DIGESTO_DISTINTO, numero, numero));
        } catch (CMSException | org.bouncycastle.operator.OperatorCreationException | RuntimeException e) {
            findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CMS_FIRMA_NO_VERIFICA, numero, numero));
        }
        signingTime(signer).ifPresent(time -> {
            Instant from = certificate.getNotBefore().toInstant();
            Instant until = certificate.getNotAfter().toInstant();
            if (time.isBefore(from) || time.isAfter(until)) {
                findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CMS_FECHA_FUERA_DE_VIGENCIA, time.toString(), time,
                        numero, from, until));
            }
        });
        return findings;
    }

    private static Optional<X509Certificate> certificateOf(CMSSignedData signed, SignerInformation signer,
            @Nullable X509Certificate given, @Nullable X509CertificateHolder givenHolder) {
        if (given != null && givenHolder != null && signer.getSID().match(givenHolder)) {
            return Optional.of(given);
        }
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signed.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new JcaX509CertificateConverter().setProvider(Bc.provider())
                    .getCertificate(matches.iterator().next()));
        } catch (CertificateException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> signingTime(SignerInformation signer) {
        try {
            AttributeTable attributes = signer.getSignedAttributes();
            Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
            if (attribute == null || attribute.getAttrValues().size() == 0) {
                return Optional.empty();
            }
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty(); // a malformed time: the signature check reports the damage
        }
    }

    private static @Nullable X509CertificateHolder holder(@Nullable X509Certificate certificate) {
        if (certificate == null) {
            return null;
        }
        try {
            return new X509CertificateHolder(certificate.getEncoded());
        } catch (CertificateEncodingException | IOException e) {
            return null;
        }
    }

    private static String numero(X509Certificate certificate) {
        return certificate.getSerialNumber().signum() < 0 ? certificate.getSerialNumber().toString(16)
                : NumeroCertificado.of(certificate.getSerialNumber()).toString();
    }

    private static String serialOf(SignerInformation signer) {
        return signer.getSID().getSerialNumber() == null ? "desconocida"
                : signer.getSID().getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
    }
}
