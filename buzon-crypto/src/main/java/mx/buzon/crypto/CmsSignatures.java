package mx.buzon.crypto;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.crypto.internal.Bc;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Selector;

/**
 * Verification of detached CMS (PKCS#7) signatures such as {@link Efirma#cmsDetached} produces.
 *
 * <p>This checks the mathematics only: the document's digest and the signature against the certificate
 * carried inside the CMS. Whether that certificate is a valid FIEL of the right RFC is a separate question
 * for {@link EfirmaValidator}. Stateless and thread-safe.
 */
public final class CmsSignatures {

    private CmsSignatures() {
    }

    /**
     * The outcome of a CMS verification.
     *
     * @param valid whether every signer's signature verifies over the document
     * @param signer the certificate of the (first) signer, when the CMS carries it
     */
    public record Verification(boolean valid, Optional<X509Certificate> signer) {
        /**
         * @param valid whether it verifies
         * @param signer the signer's certificate, if present
         */
        public Verification {
            Objects.requireNonNull(signer, "signer");
        }
    }

    /**
     * Verifies a detached CMS signature over a document.
     *
     * @param cms the DER ContentInfo (SignedData without content)
     * @param document the bytes that were signed
     * @return valid when every SignerInfo verifies with its certificate; invalid when any does not or a
     *         signer's certificate is missing
     * @throws EfirmaException {@code EFIRMA_CMS_INVALIDO} when the bytes are not a CMS SignedData
     */
    public static Verification verifyDetached(byte[] cms, byte[] document) {
        Objects.requireNonNull(cms, "cms");
        Objects.requireNonNull(document, "document");
        CMSSignedData signed;
        try {
            signed = new CMSSignedData(new CMSProcessableByteArray(document), cms);
        } catch (CMSException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_CMS_INVALIDO, null, e, "no es un SignedData legible");
        }
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return new Verification(false, Optional.empty());
        }
        Optional<X509Certificate> first = Optional.empty();
        boolean valid = true;
        for (SignerInformation signer : signers) {
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = signed.getCertificates()
                    .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
            if (matches.isEmpty()) {
                valid = false;
                continue;
            }
            try {
                X509Certificate certificate = new JcaX509CertificateConverter().setProvider(Bc.provider())
                        .getCertificate(matches.iterator().next());
                if (first.isEmpty()) {
                    first = Optional.of(certificate);
                }
                valid &= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.provider())
                        .build(certificate));
            } catch (CertificateException | CMSException | org.bouncycastle.operator.OperatorCreationException
                    | RuntimeException e) {
                valid = false;
            }
        }
        return new Verification(valid, first);
    }
}
