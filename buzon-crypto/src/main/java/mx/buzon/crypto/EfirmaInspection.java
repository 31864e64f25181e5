package mx.buzon.crypto;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.Persona;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Everything a person wants to know about an e.firma at an instant, in one value: what {@code buzon efirma
 * inspect} prints (the accessor names are the JSON field names of that command, except {@code findings},
 * which the command writes as {@code "problemas"}).
 *
 * <p>Example: {@code rfc=EKU9003173C9, rfcRepresentante=VADA800927DJ3, curp=Optional.empty,
 * curpRepresentante=VADA800927HSRSRL05, nombre=ESCUELA KEMPER URGATE SA DE CV,
 * nombreSinRegimenCapital=ESCUELA KEMPER URGATE, persona=MORAL, tipo=FIEL, noCertificado=30001000000500003415,
 * validoDesde=2023-05-18T04:37:14Z, validoHasta=2027-05-17T04:37:14Z, vigente=true, llaveCorresponde=true,
 * findings=[]}.
 *
 * <p>Made only by {@link #of}: every part is read from the e.firma at one instant ({@code vigente} from the
 * validity and that instant, {@code persona} from the RFC, the problems from the validator), so a public
 * constructor could only accept parts that contradict each other. Equality compares every part. Immutable and
 * thread-safe.
 */
public final class EfirmaInspection {

    private final String rfc;
    private final Optional<String> rfcRepresentante;
    private final Optional<String> curp;
    private final Optional<String> curpRepresentante;
    private final String nombre;
    private final String nombreSinRegimenCapital;
    private final Persona persona;
    private final CertificateKind tipo;
    private final NumeroCertificado noCertificado;
    private final Instant validoDesde;
    private final Instant validoHasta;
    private final boolean vigente;
    private final boolean llaveCorresponde;
    private final List<Finding> findings;

    private EfirmaInspection(EfirmaCertificate c, Instant at, boolean llaveCorresponde, List<Finding> findings) {
        this.rfc = c.rfcText();
        this.rfcRepresentante = c.rfcRepresentante().map(Object::toString);
        this.curp = c.curpText();
        this.curpRepresentante = c.curpRepresentanteText();
        this.nombre = c.nombre();
        this.nombreSinRegimenCapital = c.nombreSinRegimenCapital();
        this.persona = c.persona();
        this.tipo = c.kind();
        this.noCertificado = c.numero();
        this.validoDesde = c.validFrom();
        this.validoHasta = c.validUntil();
        this.vigente = c.isValidAt(at);
        this.llaveCorresponde = llaveCorresponde;
        this.findings = List.copyOf(findings);
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
        return of(efirma, validator, at, List.of());
    }

    /**
     * Inspects a loaded e.firma whose loading itself warned (e.g. a password file with a trailing newline, which the
     * command line reports): those warnings come first.
     *
     * @param efirma the e.firma
     * @param validator the rules
     * @param at the instant
     * @param loadWarnings findings of loading the files, listed before the certificate's own
     * @return the inspection
     */
    public static EfirmaInspection of(Efirma efirma, EfirmaValidator validator, Instant at,
            List<Finding> loadWarnings) {
        Objects.requireNonNull(efirma, "efirma");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(at, "at");
        EfirmaCertificate c = efirma.certificate();
        List<Finding> findings = new ArrayList<>(loadWarnings);
        findings.addAll(c.fileWarnings());
        findings.addAll(validator.validate(efirma, at).findings());
        return new EfirmaInspection(c, at, efirma.keyMatches(), findings);
    }

    /** @return the titular's RFC as written in the certificate, e.g. {@code EKU9003173C9} */
    public String rfc() {
        return rfc;
    }

    /** @return the legal representative's RFC (personas morales) */
    public Optional<String> rfcRepresentante() {
        return rfcRepresentante;
    }

    /** @return the titular's CURP as written (personas físicas; a persona moral has none) */
    public Optional<String> curp() {
        return curp;
    }

    /** @return the legal representative's CURP as written (personas morales) */
    public Optional<String> curpRepresentante() {
        return curpRepresentante;
    }

    /** @return the name or razón social */
    public String nombre() {
        return nombre;
    }

    /** @return the name without its régimen capital (CFDI 4.0) */
    public String nombreSinRegimenCapital() {
        return nombreSinRegimenCapital;
    }

    /** @return física or moral */
    public Persona persona() {
        return persona;
    }

    /** @return FIEL or CSD */
    public CertificateKind tipo() {
        return tipo;
    }

    /** @return the número de certificado, e.g. {@code 30001000000500003415} */
    public NumeroCertificado noCertificado() {
        return noCertificado;
    }

    /** @return the first instant of validity (notBefore) */
    public Instant validoDesde() {
        return validoDesde;
    }

    /** @return the last instant of validity (notAfter) */
    public Instant validoHasta() {
        return validoHasta;
    }

    /** @return whether the instant of the inspection is within the validity */
    public boolean vigente() {
        return vigente;
    }

    /** @return whether the private key is the certificate's */
    public boolean llaveCorresponde() {
        return llaveCorresponde;
    }

    /** @return the warnings of reading the files, then the validator's findings, in order */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @return {@code true} when no finding is an error (warnings allowed): the command line's exit-0 condition
     */
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EfirmaInspection i && rfc.equals(i.rfc) && rfcRepresentante.equals(i.rfcRepresentante)
                && curp.equals(i.curp) && curpRepresentante.equals(i.curpRepresentante) && nombre.equals(i.nombre)
                && nombreSinRegimenCapital.equals(i.nombreSinRegimenCapital) && persona == i.persona
                && tipo == i.tipo && noCertificado.equals(i.noCertificado) && validoDesde.equals(i.validoDesde)
                && validoHasta.equals(i.validoHasta) && vigente == i.vigente
                && llaveCorresponde == i.llaveCorresponde && findings.equals(i.findings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rfc, rfcRepresentante, curp, curpRepresentante, nombre, nombreSinRegimenCapital, persona,
                tipo, noCertificado, validoDesde, validoHasta, vigente, llaveCorresponde, findings);
    }

    /** @return every part, named, as a record would print it (nothing in it is secret) */
    @Override
    public String toString() {
        return "EfirmaInspection[rfc=" + rfc + ", rfcRepresentante=" + rfcRepresentante + ", curp=" + curp
                + ", curpRepresentante=" + curpRepresentante + ", nombre=" + nombre + ", nombreSinRegimenCapital="
                + nombreSinRegimenCapital + ", persona=" + persona + ", tipo=" + tipo + ", noCertificado="
                + noCertificado + ", validoDesde=" + validoDesde + ", validoHasta=" + validoHasta + ", vigente="
                + vigente + ", llaveCorresponde=" + llaveCorresponde + ", findings=" + findings + "]";
    }
}
