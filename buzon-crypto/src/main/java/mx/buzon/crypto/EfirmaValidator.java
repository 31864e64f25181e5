package mx.buzon.crypto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.Finding;

/**
 * Validates an e.firma against an instant the caller gives, with a list of rules ({@link EfirmaCheck}s),
 * reporting every problem at once as Spanish findings.
 *
 * <p>Example, for signing an actuación in the Buzón on behalf of the RFC the person typed:
 * <pre>{@code
 * ValidationReport report = EfirmaValidator.forActuaciones(TrustAnchors.satProduccion())
 *         .and(EfirmaChecks.rfc(typedRfc))
 *         .validate(efirma, instant);
 * if (!report.isValid()) { show(report.findings()); }
 * }</pre>
 *
 * <p>{@link #validate(Efirma, Instant)} also reports {@code EFIRMA_LLAVE_NO_CORRESPONDE} first when the key is
 * not the certificate's. Immutable and thread-safe when its rules are.
 */
public final class EfirmaValidator {

    private final List<EfirmaCheck> checks;

    private EfirmaValidator(List<EfirmaCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /**
     * @param checks the rules, evaluated in this order
     * @return the validator
     */
    public static EfirmaValidator of(EfirmaCheck... checks) {
        return new EfirmaValidator(Arrays.asList(checks));
    }

    /**
     * The rules for signing an actuación: vigente, FIEL (not CSD), issued by a trusted CA, and the RFC
     * check-digit warning. Lineamientos del Buzón IMSS; CFF art. 17-D.
     *
     * <p>Revocation is <em>not</em> checked: this validator makes no network call and knows no CRL or OCSP
     * answer, so a revoked but unexpired FIEL passes. Add
     * {@link EfirmaChecks#notRevoked(RevocationChecker, TrustAnchors) EfirmaChecks.notRevoked(checker, anchors)}
     * with {@link #and(EfirmaCheck)} when the host has a revocation source.
     *
     * @param anchors the CAs the host trusts
     * @return the validator
     */
    public static EfirmaValidator forActuaciones(TrustAnchors anchors) {
        return of(EfirmaChecks.vigente(), EfirmaChecks.fiel(), EfirmaChecks.chain(anchors),
                EfirmaChecks.rfcCheckDigit());
    }

    /**
     * The rules for sellos of comprobantes fiscales (CFDI, including CFDI de nómina), which the SAT requires to be
     * made with a CSD and not with the e.firma: vigente, CSD (not FIEL: {@code EFIRMA_ES_FIEL}), issued by a
     * trusted CA, and the RFC check-digit warning. CFF art. 29, fracción II.
     *
     * @param anchors the CAs the host trusts
     * @return the validator
     */
    public static EfirmaValidator forSellos(TrustAnchors anchors) {
        return of(EfirmaChecks.vigente(), EfirmaChecks.csd(), EfirmaChecks.chain(anchors),
                EfirmaChecks.rfcCheckDigit());
    }

    /**
     * @param check one more rule, evaluated after the others
     * @return a new validator
     */
    public EfirmaValidator and(EfirmaCheck check) {
        List<EfirmaCheck> more = new ArrayList<>(checks);
        more.add(Objects.requireNonNull(check, "check"));
        return new EfirmaValidator(more);
    }

    /**
     * Shorthand for {@code and(EfirmaChecks.rfc(expected))}.
     *
     * @param expected the RFC the person typed
     * @return a new validator
     */
    public EfirmaValidator expectingRfc(Rfc expected) {
        return and(EfirmaChecks.rfc(expected));
    }

    /**
     * @param efirma the loaded e.firma
     * @param at the instant of use
     * @return the key-match finding, if any, then every rule's findings
     */
    public ValidationReport validate(Efirma efirma, Instant at) {
        Objects.requireNonNull(efirma, "efirma");
        List<Finding> findings = new ArrayList<>();
        if (!efirma.keyMatches()) {
            findings.add(Finding.error(EfirmaErrorCode.EFIRMA_LLAVE_NO_CORRESPONDE,
                    efirma.certificate().numero().toString(), efirma.certificate().numero()));
        }
        findings.addAll(validate(efirma.certificate(), at).findings());
        return new ValidationReport(findings);
    }

    /**
     * @param certificate a certificate alone (e.g. the signer of a received acuse)
     * @param at the instant of use
     * @return every rule's findings
     */
    public ValidationReport validate(EfirmaCertificate certificate, Instant at) {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(at, "at");
        List<Finding> findings = new ArrayList<>();
        for (EfirmaCheck check : checks) {
            findings.addAll(check.check(certificate, at));
        }
        return new ValidationReport(findings);
    }
}
