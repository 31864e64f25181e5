package mx.buzon.crypto;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.internal.SubjectFields;
import mx.buzon.problem.Finding;

/**
 * The rules an e.firma must meet to sign in the Buzón, each an {@link EfirmaCheck}.
 *
 * <p>Lineamientos del Buzón IMSS: actuaciones are signed with the particular's e.firma (FIEL) vigente; CFF
 * art. 17-D: the e.firma must be valid, not revoked, and issued by the SAT. Stateless and thread-safe.
 */
public final class EfirmaChecks {

    private EfirmaChecks() {
    }

    /**
     * Valid at the instant: {@code EFIRMA_AUN_NO_VIGENTE} before notBefore, {@code EFIRMA_VENCIDA} after
     * notAfter.
     *
     * @return the rule
     */
    public static EfirmaCheck vigente() {
        return (certificate, at) -> {
            if (at.isBefore(certificate.validFrom())) {
                return List.of(Finding.error(EfirmaErrorCode.EFIRMA_AUN_NO_VIGENTE, certificate.validFrom().toString(),
                        certificate.numero(), certificate.validFrom()));
            }
            if (at.isAfter(certificate.validUntil())) {
                return List.of(Finding.error(EfirmaErrorCode.EFIRMA_VENCIDA, certificate.validUntil().toString(),
                        certificate.numero(), certificate.validUntil()));
            }
            return List.of();
        };
    }

    /**
     * A FIEL and not a CSD: {@code EFIRMA_ES_CSD}.
     *
     * @return the rule
     */
    public static EfirmaCheck fiel() {
        return (certificate, at) -> certificate.kind() == CertificateKind.FIEL ? List.of()
                : List.of(Finding.error(EfirmaErrorCode.EFIRMA_ES_CSD, certificate.numero().toString(),
                        certificate.numero()));
    }

    /**
     * A CSD and not a FIEL, for sellos of comprobantes fiscales (CFDI de nómina): {@code EFIRMA_ES_FIEL}.
     *
     * @return the rule
     */
    public static EfirmaCheck csd() {
        return (certificate, at) -> certificate.kind() == CertificateKind.CSD ? List.of()
                : List.of(Finding.error(EfirmaErrorCode.EFIRMA_ES_FIEL, certificate.numero().toString(),
                        certificate.numero()));
    }

    /**
     * The finding that says the chain was not checked, a warning ({@code EFIRMA_CADENA_NO_REVISADA}): for a host
     * (or a command line) that validates without trusted roots, so that the missing check shows instead of
     * passing silently.
     *
     * @return the rule
     */
    public static EfirmaCheck chainNotChecked() {
        return (certificate, at) -> List.of(Finding.warning(EfirmaErrorCode.EFIRMA_CADENA_NO_REVISADA, null,
                certificate.numero()));
    }

    /**
     * The certificate's RFC (the titular's) is the expected one: {@code EFIRMA_RFC_DISTINTO}.
     *
     * @param expected the RFC the person typed or the Buzón session belongs to
     * @return the rule
     */
    public static EfirmaCheck rfc(Rfc expected) {
        Objects.requireNonNull(expected, "expected");
        return (certificate, at) -> certificate.rfc().equals(expected) ? List.of()
                : List.of(Finding.error(EfirmaErrorCode.EFIRMA_RFC_DISTINTO, certificate.rfc().toString(),
                        certificate.rfc(), expected));
    }

    /**
     * A warning ({@code EFIRMA_RFC_DIGITO_VERIFICADOR}) when the certificate's RFC does not pass the strict
     * check digit; the SAT issued such RFCs, so it never makes the e.firma invalid.
     *
     * @return the rule
     */
    public static EfirmaCheck rfcCheckDigit() {
        return (certificate, at) -> certificate.rfc().hasValidCheckDigit() || certificate.rfc().isGeneric()
                ? List.of()
                : List.of(Finding.warning(EfirmaErrorCode.EFIRMA_RFC_DIGITO_VERIFICADOR, certificate.rfcText(),
                        certificate.rfcText()));
    }

    /**
     * Issued by a CA of the trusted set ({@code EFIRMA_CADENA_NO_CONFIABLE}), and every CA of that chain in the set
     * valid at the instant ({@code EFIRMA_CA_NO_VIGENTE}, one per CA that is not).
     *
     * @param anchors the CAs the host trusts, e.g. {@link TrustAnchors#satProduccion()}
     * @return the rule
     */
    public static EfirmaCheck chain(TrustAnchors anchors) {
        Objects.requireNonNull(anchors, "anchors");
        return (certificate, at) -> {
            List<X509Certificate> chain = anchors.chainOf(certificate.x509());
            if (chain.isEmpty()) {
                return List.of(Finding.error(EfirmaErrorCode.EFIRMA_CADENA_NO_CONFIABLE, certificate.issuer(),
                        certificate.numero(), anchors.name(), certificate.issuerCommonName()));
            }
            List<Finding> findings = new ArrayList<>();
            for (X509Certificate ca : chain) {
                Instant from = ca.getNotBefore().toInstant();
                Instant until = ca.getNotAfter().toInstant();
                if (at.isBefore(from) || at.isAfter(until)) {
                    String name = SubjectFields.commonName(ca);
                    findings.add(Finding.error(EfirmaErrorCode.EFIRMA_CA_NO_VIGENTE, name, name,
                            certificate.numero(), at, "del " + from + " al " + until + " (UTC)"));
                }
            }
            return findings;
        };
    }

    /**
     * Not revoked, per the host's source: {@code EFIRMA_REVOCADA} (error) or
     * {@code EFIRMA_REVOCACION_DESCONOCIDA} (a warning: the source did not answer). The issuer needed by the
     * source is looked up in {@code anchors}; a certificate without a trusted issuer gives the unknown
     * warning (the chain rule reports the chain itself).
     *
     * @param checker the revocation source
     * @param anchors where the issuer is found
     * @return the rule
     */
    public static EfirmaCheck notRevoked(RevocationChecker checker, TrustAnchors anchors) {
        Objects.requireNonNull(checker, "checker");
        Objects.requireNonNull(anchors, "anchors");
        return (certificate, at) -> {
            Optional<X509Certificate> issuer = anchors.issuerOf(certificate.x509());
            RevocationStatus status = issuer.isPresent() ? checker.status(certificate, issuer.get(), at)
                    : RevocationStatus.unknown("no se encontró la autoridad emisora en " + anchors.name());
            switch (status.state()) {
                case GOOD:
                    return List.of();
                case REVOKED:
                    return List.of(Finding.error(EfirmaErrorCode.EFIRMA_REVOCADA, certificate.numero().toString(),
                            certificate.numero(), status.revokedAt().map(t -> " el " + t + " (UTC)").orElse("")));
                default:
                    return List.of(Finding.warning(EfirmaErrorCode.EFIRMA_REVOCACION_DESCONOCIDA,
                            certificate.numero().toString(), certificate.numero(), status.detail()));
            }
        };
    }
}
