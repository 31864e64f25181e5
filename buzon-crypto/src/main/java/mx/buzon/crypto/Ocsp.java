package mx.buzon.crypto;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import mx.buzon.crypto.internal.Bc;
import org.bouncycastle.cert.X509CertificateHolder;
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
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * OCSP (RFC 6960) without a network: build the request, parse the answer. The host moves the bytes (an HTTP
 * POST with {@code Content-Type: application/ocsp-request} to the SAT's responder) through an
 * {@link Transport}, which keeps this SDK free of HTTP clients and testable offline.
 *
 * <p>The SAT answers {@code tryLater} when the request names the wrong issuer certificate. The answer's
 * signature is not verified here (the responder certificate is the host's choice); the status is matched to
 * the certificate by serial number. Stateless and thread-safe.
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
     * Reads an OCSP answer and tells the status of the certificate with the given serial.
     *
     * @param response the DER OCSPResponse
     * @param serial the serial number of the certificate asked about
     *        ({@code certificate.numero().serial()})
     * @return good or revoked (with its instant) when the answer says so for that serial; unknown for an
     *         unsuccessful answer ({@code tryLater}, {@code unauthorized}...), a status "unknown", or an answer
     *         about other serials
     * @throws EfirmaException {@code EFIRMA_OCSP_INVALIDO} when the bytes are not an OCSP response
     */
    public static RevocationStatus parseResponse(byte[] response, BigInteger serial) {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(serial, "serial");
        OCSPResp parsed;
        try {
            parsed = new OCSPResp(response);
        } catch (IOException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO, null, e, "no es un OCSPResponse");
        }
        if (parsed.getStatus() != OCSPResp.SUCCESSFUL) {
            return RevocationStatus.unknown("OCSP " + statusName(parsed.getStatus()));
        }
        BasicOCSPResp basic;
        try {
            Object body = parsed.getResponseObject();
            if (!(body instanceof BasicOCSPResp b)) {
                return RevocationStatus.unknown("OCSP sin respuesta básica");
            }
            basic = b;
        } catch (OCSPException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO, null, e, "el cuerpo está dañado");
        }
        for (SingleResp single : basic.getResponses()) {
            if (!single.getCertID().getSerialNumber().equals(serial)) {
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
                return parseResponse(transport.exchange(request(certificate, issuer)), certificate.numero().serial());
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
