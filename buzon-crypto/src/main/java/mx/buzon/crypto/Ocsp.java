package mx.buzon.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import mx.buzon.crypto.internal.Bc;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.cert.ocsp.UnknownStatus;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * OCSP (RFC 6960) without a network: build the request, parse the answer. The host moves the bytes (an HTTP
 * POST with {@code Content-Type: application/ocsp-request} to the SAT's responder) through an
 * {@link Transport}, which keeps this SDK free of HTTP clients and testable offline.
 *
 * <p>The SAT answers {@code tryLater} when the request names the wrong issuer certificate. The checker accepts
 * an answer only when the issuing CA or its delegated OCSP responder signed it and it names the certificate's
 * serial and issuer; freshness ({@code thisUpdate}/{@code nextUpdate}) and nonces are not checked.
 * Stateless and thread-safe.
 */
public final class Ocsp {

    /** Sends an OCSP request and returns the raw answer; the host's HTTP client. */
    @FunctionalInterface
    public interface Transport {
        /**
         * @param request the DER OCSPRequest
         * @return the DER OCSPResponse
         * @throws IOException when the responder cannot be reached
         */
        byte[] exchange(byte[] request) throws IOException;
    }

    /** id-kp-OCSPSigning, the extended key usage of a delegated responder's certificate. */
    private static final String OCSP_SIGNING = "1.3.6.1.5.5.7.3.9";

    private Ocsp() {
    }

    /**
     * The DER OCSPRequest for one certificate (CertID with SHA-1 hashes of the issuer's name and key, as the
     * SAT's responder expects).
     *
     * @param certificate the certificate to ask about
     * @param issuer the CA that issued it
     * @return the request's bytes
     */
    public static byte[] request(EfirmaCertificate certificate, X509Certificate issuer) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(issuer, "issuer");
        try {
            CertificateID id = new CertificateID(digests().get(CertificateID.HASH_SHA1),
                    new X509CertificateHolder(issuer.getEncoded()), certificate.numero().serial());
            return new OCSPReqBuilder().addRequest(id).build().getEncoded();
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException | IOException e) {
            throw new IllegalArgumentException("cannot build an OCSP request for the issuer "
                    + issuer.getSubjectX500Principal(), e);
        }
    }

    /**
     * Reads an OCSP answer and tells the status of the certificate with the given serial, <b>without</b>
     * checking who signed the answer (for diagnostics; decisions should use
     * {@link #verifiedStatus(byte[], BigInteger, X509Certificate)}).
     *
     * @param response the DER OCSPResponse
     * @param serial the serial number of the certificate asked about
     *        ({@code certificate.numero().serial()})
     * @return good or revoked (with its instant) when the answer says so for that serial; unknown for an
     *         unsuccessful answer ({@code tryLater}, {@code unauthorized}...), a status "unknown", or an answer
     *         about other serials
     * @throws EfirmaException {@code EFIRMA_OCSP_INVALIDO} when the bytes are not an OCSP response
     */
    public static RevocationStatus readResponse(byte[] response, BigInteger serial) {
        Objects.requireNonNull(serial, "serial");
        Parsed parsed = parse(response);
        return parsed.basic == null ? parsed.status : statusOf(parsed.basic, serial, null);
    }

    /**
     * Reads an OCSP answer, checks that it is signed by the issuing CA or by a delegated OCSP responder whose
     * certificate (included in the answer, with extended key usage OCSPSigning) that CA issued, and tells
     * the status of the certificate with that serial and issuer. This is what {@link #checker} uses.
     *
     * @param response the DER OCSPResponse
     * @param serial the serial number of the certificate asked about
     * @param issuer the CA that issued that certificate
     * @return as {@link #readResponse(byte[], BigInteger)}, and unknown when the signature does not check out
     *         or the answer is about a certificate of another issuer
     * @throws EfirmaException {@code EFIRMA_OCSP_INVALIDO} when the bytes are not an OCSP response
     */
    public static RevocationStatus verifiedStatus(byte[] response, BigInteger serial, X509Certificate issuer) {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(issuer, "issuer");
        Parsed parsed = parse(response);
        if (parsed.basic == null) {
            return parsed.status;
        }
        if (!signedByIssuerOrDelegate(parsed.basic, issuer)) {
            return RevocationStatus.unknown("la respuesta OCSP no está firmada por la autoridad emisora ni por su"
                    + " servicio OCSP");
        }
        return statusOf(parsed.basic, serial, issuer);
    }

    /** An answer that is either a final status (unsuccessful) or a basic response to read. */
    private static final class Parsed {
        final @Nullable BasicOCSPResp basic;
        final RevocationStatus status;

        Parsed(@Nullable BasicOCSPResp basic, RevocationStatus status) {
            this.basic = basic;
            this.status = status;
        }
    }

    private static Parsed parse(byte[] response) {
        Objects.requireNonNull(response, "response");
        OCSPResp parsed;
        int status;
        try {
            parsed = new OCSPResp(response);
            status = parsed.getStatus();   // an ENUMERATED beyond int range throws here (found by fuzzing)
        } catch (IOException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO, null, e, "no es un OCSPResponse");
        }
        if (status != OCSPResp.SUCCESSFUL) {
            return new Parsed(null, RevocationStatus.unknown("OCSP " + statusName(status)));
        }
        try {
            Object body = parsed.getResponseObject();
            if (body instanceof BasicOCSPResp basic) {
                readEverything(basic);
                return new Parsed(basic, RevocationStatus.unknown("sin respuesta"));
            }
            return new Parsed(null, RevocationStatus.unknown("OCSP sin respuesta básica"));
        } catch (OCSPException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO, null, e, "el cuerpo está dañado");
        }
    }

    /**
     * Bouncy Castle parses the parts of a basic response only when they are asked for, throwing unchecked
     * exceptions from deep inside; reading every part once here turns a malformed answer into
     * {@code EFIRMA_OCSP_INVALIDO} up front (two such escapes were found by fuzzing OCSP answers).
     */
    private static void readEverything(BasicOCSPResp basic) {
        basic.getCerts();
        basic.getProducedAt();
        for (SingleResp single : basic.getResponses()) {
            CertificateID id = single.getCertID();
            id.getSerialNumber();
            id.getHashAlgOID();
            id.getIssuerKeyHash();
            single.getThisUpdate();
            single.getNextUpdate();
            if (single.getCertStatus() instanceof RevokedStatus revoked) {
                revoked.getRevocationTime();
            }
        }
    }

    private static RevocationStatus statusOf(BasicOCSPResp basic, BigInteger serial, @Nullable X509Certificate issuer) {
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().getSerialNumber().equals(serial) || !sameIssuer(single.getCertID(), issuer)) {
                continue;
            }
            Object status = single.getCertStatus();
            if (status == null) {
                return RevocationStatus.good();
            }
            if (status instanceof RevokedStatus revoked) {
                return RevocationStatus.revoked(revoked.getRevocationTime().toInstant());
            }
            if (status instanceof UnknownStatus) {
                return RevocationStatus.unknown("el servicio OCSP no conoce el certificado");
            }
        }
        return RevocationStatus.unknown("la respuesta OCSP es sobre otro certificado");
    }

    /**
     * Compares the issuer key hash only: the SAT's responder writes a 21-byte issuerNameHash (one byte too many
     * for SHA-1), so the name hash of its answers never matches.
     */
    private static boolean sameIssuer(CertificateID id, @Nullable X509Certificate issuer) {
        if (issuer == null) {
            return true;
        }
        try {
            CertificateID expected = new CertificateID(
                    digests().get(new AlgorithmIdentifier(id.getHashAlgOID(), DERNull.INSTANCE)),
                    new X509CertificateHolder(issuer.getEncoded()), id.getSerialNumber());
            return java.util.Arrays.equals(expected.getIssuerKeyHash(), id.getIssuerKeyHash());
        } catch (OCSPException | OperatorCreationException | CertificateEncodingException | IOException
                | RuntimeException e) {
            return false;   // a hash algorithm the answer names but nobody implements: not this issuer
        }
    }

    private static boolean signedByIssuerOrDelegate(BasicOCSPResp basic, X509Certificate issuer) {
        try {
            if (basic.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(Bc.provider())
                    .build(issuer.getPublicKey()))) {
                return true;
            }
        } catch (OCSPException | OperatorCreationException | RuntimeException e) {
            // Not signed by the CA itself: try a delegated responder.
        }
        X509CertificateHolder[] included;
        try {
            included = basic.getCerts();
        } catch (RuntimeException e) {
            // Bouncy Castle parses the included certificates only here; a malformed one means no delegate
            // (found by fuzzing OCSP answers: it escaped as IllegalArgumentException).
            return false;
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(Bc.provider());
        for (X509CertificateHolder holder : included) {
            try {
                X509Certificate responder = converter.getCertificate(holder);
                responder.verify(issuer.getPublicKey());
                java.util.List<String> usages = responder.getExtendedKeyUsage();
                if (usages != null && usages.contains(OCSP_SIGNING)
                        && basic.isSignatureValid(new JcaContentVerifierProviderBuilder()
                                .setProvider(Bc.provider()).build(responder.getPublicKey()))) {
                    return true;
                }
            } catch (GeneralSecurityException | OCSPException | OperatorCreationException | RuntimeException e) {
                // This certificate is not a valid delegate of the issuer; look at the next one.
            }
        }
        return false;
    }

    /**
     * A revocation checker that asks an OCSP responder through the host's transport. An unreachable
     * responder or an unreadable answer gives {@link RevocationStatus.State#UNKNOWN}.
     *
     * @param transport the host's HTTP exchange
     * @return the checker
     */
    public static RevocationChecker checker(Transport transport) {
        Objects.requireNonNull(transport, "transport");
        return (certificate, issuer, at) -> {
            try {
                return verifiedStatus(transport.exchange(request(certificate, issuer)), certificate.numero().serial(),
                        issuer);
            } catch (IOException e) {
                return RevocationStatus.unknown("no se pudo consultar el servicio OCSP");
            } catch (EfirmaException e) {
                return RevocationStatus.unknown("respuesta OCSP ilegible");
            }
        };
    }

    private static String statusName(int status) {
        switch (status) {
            case OCSPResp.MALFORMED_REQUEST:
                return "malformedRequest";
            case OCSPResp.INTERNAL_ERROR:
                return "internalError";
            case OCSPResp.TRY_LATER:
                return "tryLater";
            case OCSPResp.SIG_REQUIRED:
                return "sigRequired";
            case OCSPResp.UNAUTHORIZED:
                return "unauthorized";
            default:
                return "estado " + status;
        }
    }

    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().setProvider(Bc.provider()).build();
    }
}
