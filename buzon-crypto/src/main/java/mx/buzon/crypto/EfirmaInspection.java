package mx.buzon.crypto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.Persona;
import mx.buzon.problem.Finding;

/**
 * Everything a person wants to know about an e.firma at an instant, in one value: what {@code buzon efirma
 * inspect} prints (the component names are the JSON field names of that command, except {@code findings},
 * which the command writes as {@code "problemas"}).
 *
 * <p>Example: {@code rfc=EKU9003173C9, rfcRepresentante=VADA800927DJ3, curp=Optional.empty,
 * curpRepresentante=VADA800927HSRSRL05, nombre=ESCUELA KEMPER URGATE SA DE CV,
 * nombreSinRegimenCapital=ESCUELA KEMPER URGATE, persona=MORAL, tipo=FIEL, noCertificado=30001000000500003415,
 * validoDesde=2023-05-18T04:37:14Z, validoHasta=2027-05-17T04:37:14Z, vigente=true, llaveCorresponde=true,
 * findings=[]}. Immutable and thread-safe.
 *
 * @param rfc the titular's RFC as written in the certificate
 * @param rfcRepresentante the legal representative's RFC (personas morales)
 * @param curp the titular's CURP as written (personas físicas; a persona moral has none)
 * @param curpRepresentante the legal representative's CURP as written (personas morales)
 * @param nombre the name or razón social
 * @param nombreSinRegimenCapital the name without its régimen capital (CFDI 4.0)
 * @param persona física or moral
 * @param tipo FIEL or CSD
 * @param noCertificado the número de certificado (20 digits for SAT certificates)
 * @param validoDesde notBefore
 * @param validoHasta notAfter
 * @param vigente whether the instant is within the validity
 * @param llaveCorresponde whether the private key is the certificate's
 * @param findings the warnings of reading the certificate's file, then the validator's findings, in order
 */
public record EfirmaInspection(String rfc, Optional<String> rfcRepresentante, Optional<String> curp,
        Optional<String> curpRepresentante, String nombre, String nombreSinRegimenCapital, Persona persona,
        CertificateKind tipo, String noCertificado, Instant validoDesde, Instant validoHasta, boolean vigente,
        boolean llaveCorresponde, List<Finding> findings) {

    /**
     * @param rfc see the class
     * @param rfcRepresentante see the class
     * @param curp see the class
     * @param curpRepresentante see the class
     * @param nombre see the class
     * @param nombreSinRegimenCapital see the class
     * @param persona see the class
     * @param tipo see the class
     * @param noCertificado see the class
     * @param validoDesde see the class
     * @param validoHasta see the class
     * @param vigente see the class
     * @param llaveCorresponde see the class
     * @param findings see the class (copied)
     */
    public EfirmaInspection {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(rfcRepresentante, "rfcRepresentante");
        Objects.requireNonNull(curp, "curp");
        Objects.requireNonNull(curpRepresentante, "curpRepresentante");
        Objects.requireNonNull(nombre, "nombre");
        Objects.requireNonNull(nombreSinRegimenCapital, "nombreSinRegimenCapital");
        Objects.requireNonNull(persona, "persona");
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(noCertificado, "noCertificado");
        Objects.requireNonNull(validoDesde, "validoDesde");
        Objects.requireNonNull(validoHasta, "validoHasta");
        findings = List.copyOf(findings);
    }

    /**
     * Inspects a loaded e.firma.
     *
     * @param efirma the e.firma
     * @param validator the rules (e.g. {@link EfirmaValidator#forActuaciones(TrustAnchors)})
     * @param at the instant
     * @return the inspection; {@link #findings()} is the certificate's {@link EfirmaCertificate#fileWarnings()}
     *         followed by the validator's report
     */
    public static EfirmaInspection of(Efirma efirma, EfirmaValidator validator, Instant at) {
        EfirmaCertificate c = efirma.certificate();
        List<Finding> findings = new ArrayList<>(c.fileWarnings());
        findings.addAll(validator.validate(efirma, at).findings());
        return new EfirmaInspection(c.rfcText(), c.rfcRepresentante().map(Object::toString), c.curpText(),
                c.curpRepresentanteText(), c.nombre(), c.nombreSinRegimenCapital(), c.persona(), c.kind(),
                c.numero().toString(), c.validFrom(), c.validUntil(), c.isValidAt(at), efirma.keyMatches(),
                findings);
    }

    /**
     * @return {@code true} when no finding is an error (warnings allowed): the command line's exit-0 condition;
     *         {@code findings().isEmpty()} says there is not even a warning
     */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }
}
