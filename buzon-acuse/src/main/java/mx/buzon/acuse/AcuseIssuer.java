package mx.buzon.acuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import mx.buzon.acuse.internal.AcuseEnvelope;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.acuse.internal.AcusePdfWriter;
import mx.buzon.acuse.internal.PdfSeal;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.EfirmaChecks;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * Signs, seals and renders a domain {@link Acuse} as a PDF/A-3b acuse de recibo (Lineamientos 6.1; docs/LEGAL.md §5,
 * §6): the firma del particular is the particular's e.firma over the cadena original (where
 * {@link mx.buzon.core.acuse.AcuseTipo#firmaParticular()}), the sello digital is the institution's credential
 * over the same cadena, the QR carries {@link VerificacionUrl#url(Acuse)}, and the PDF embeds the acuse's JSON
 * (via {@code BuzonModule}, with the exact cadena) plus the particular's certificate. Finally the institution
 * <b>seals the finished file</b> with a standard PDF signature (PAdES baseline B-B: CMS detached,
 * {@code ETSI.CAdES.detached}, SHA-256, signing-certificate-v2, the institution's certificate and the
 * {@linkplain Builder#chain chain} given embedded; {@code /M} is the acuse's instant): it covers every byte of the
 * file, so {@link AcusePdfVerifier}, poppler's {@code pdfsig}, Adobe Reader or the EU's DSS can tell any change.
 * Optional: an RFC 3161 time-stamp of the signature ({@link Builder#timeStamper}, B-T) and revocation data in a
 * {@code /DSS} dictionary ({@link Builder#revocationData}, B-LT).
 *
 * <pre>{@code
 * AcuseIssuer issuer = AcuseIssuer.builder(imssSello, VerificacionUrl.of("verifica.example.mx", "/acuse")).build();
 * IssuedAcuse issued = issuer.issue(activacion, efirmaDelParticular);   // signs, seals, renders
 * Files.write(Path.of(issued.acuse().folio() + ".pdf"), issued.pdf());
 * }</pre>
 *
 * <p>Both certificates must be valid at the acuse's instant, the particular's must be a FIEL (a CSD does not sign
 * actuaciones, Lineamientos 4.2), its RFC must be the acuse's and, when the cadena carries {@code NoCertificado},
 * it must be the particular's certificate number. Every text must be
 * drawable with the acuse fonts (Latin, Greek, Cyrillic, general punctuation): an emoji or CJK character in a
 * name or field is refused with an {@link IllegalArgumentException} naming the code point, because the cadena
 * is printed exactly. Deterministic without a time-stamper: issuing the same acuse twice gives the same bytes
 * (RSA PKCS#1 v1.5, no clock read). Immutable and thread-safe (signing is stateless; rendering is
 * deterministic) when the time-stamper is.
 */
public final class AcuseIssuer {

    /** Header lines that say the sello is made with a test credential (for demos and tests). */
    public static final List<String> TEST_INSTITUTION = List.of("GOBIERNO DE MÉXICO",
            "Instituto Mexicano del Seguro Social", "INSTITUCIÓN DE PRUEBA: acuse sin validez oficial");

    /** The note printed on acuses sealed with a test credential. */
    public static final String TEST_NOTE = "Sellado con una credencial de PRUEBA del SDK que simula al IMSS: sin "
            + "validez oficial.";

    private final Efirma institucion;
    private final VerificacionUrl verificacionUrl;
    private final List<String> institutionLines;
    private final List<String> notas;
    private final List<X509Certificate> chain;
    private final @Nullable TimeStamper timeStamper;
    private final Optional<PdfSeal.Revocation> revocation;

    private AcuseIssuer(Builder b) {
        this.institucion = b.institucion;
        this.verificacionUrl = b.verificacionUrl;
        this.institutionLines = List.copyOf(b.institutionLines);
        this.notas = List.copyOf(b.notas);
        List<X509Certificate> all = new ArrayList<>();
        all.add(b.institucion.certificate().x509());
        all.addAll(b.chain);
        this.chain = List.copyOf(all);
        this.timeStamper = b.timeStamper;
        this.revocation = b.revocation;
    }

    /**
     * A builder.
     *
     * @param institucion the institution's sealing credential (certificate and private key)
     * @param verificacionUrl how the QR's URL is built
     * @return the builder, with the default header and no extra notes
     */
    public static Builder builder(Efirma institucion, VerificacionUrl verificacionUrl) {
        return new Builder(institucion, verificacionUrl);
    }

    /**
     * An issuer labelled as a TEST institution ({@link #TEST_INSTITUTION} header and {@link #TEST_NOTE}), for
     * demos and test suites that seal with a generated credential.
     *
     * @param testInstitucion a test credential, e.g. from {@code TestEfirmas}
     * @param verificacionUrl how the QR's URL is built
     * @return the issuer
     */
    public static AcuseIssuer forTesting(Efirma testInstitucion, VerificacionUrl verificacionUrl) {
        return builder(testInstitucion, verificacionUrl).institution(TEST_INSTITUTION).note(TEST_NOTE).build();
    }

    /**
     * Seals and renders an acuse the particular does not sign (e.g. {@code REGISTRO_MEDIOS_CONTACTO},
     * {@code NOTIFICACION_TENIDA_POR_NOTIFICADA}).
     *
     * @param acuse the acuse (any previous sello is replaced)
     * @return the sealed acuse and its PDF
     * @throws IllegalArgumentException when the type needs the particular's firma (use
     *     {@link #issue(Acuse, Efirma)}), the institution's certificate is not valid at the acuse's instant, or a
     *     text cannot be drawn (see the class documentation)
     */
    public IssuedAcuse issue(Acuse acuse) {
        Objects.requireNonNull(acuse, "acuse");
        if (acuse.tipo().firmaParticular()) {
            throw new IllegalArgumentException("An acuse " + acuse.tipo() + " is signed by the particular: pass the"
                    + " particular's e.firma or certificate");
        }
        return seal(acuse, Optional.empty());
    }

    /**
     * Signs with the particular's e.firma (when the acuse has no firma yet), seals and renders.
     *
     * @param acuse an acuse of a type the particular signs
     * @param particular the particular's e.firma
     * @return the signed and sealed acuse and its PDF
     * @throws IllegalArgumentException when the type is not signed by the particular, the e.firma is not the
     *     particular's (RFC, número de certificado), a certificate is not valid at the acuse's instant, or an
     *     existing firma does not verify
     */
    public IssuedAcuse issue(Acuse acuse, Efirma particular) {
        Objects.requireNonNull(acuse, "acuse");
        Objects.requireNonNull(particular, "particular");
        Acuse signed = acuse.firmaParticular().isPresent() ? acuse
                : acuse.withFirma(particular.sello(acuse.cadenaOriginal().toString()));
        return issue(signed, particular.certificate());
    }

    /**
     * Seals and renders an acuse the particular already signed elsewhere (e.g. in the browser).
     *
     * @param acuse an acuse carrying its firma del particular
     * @param particular the certificate of the e.firma that signed it
     * @return the sealed acuse and its PDF
     * @throws IllegalArgumentException when the acuse has no firma, the firma does not verify with the
     *     certificate, or the certificate is not the particular's or not valid at the acuse's instant
     */
    public IssuedAcuse issue(Acuse acuse, EfirmaCertificate particular) {
        Objects.requireNonNull(acuse, "acuse");
        Objects.requireNonNull(particular, "particular");
        String firma = acuse.firmaParticular().orElseThrow(() -> new IllegalArgumentException(
                "The acuse " + acuse.folio() + " (" + acuse.tipo() + ") carries no firma del particular"));
        if (!particular.rfc().equals(acuse.particular().rfc())) {
            throw new IllegalArgumentException("The e.firma is of RFC " + particular.rfcText() + ", the acuse of "
                    + acuse.particular().rfc());
        }
        Optional<NumeroCertificado> numero = acuse.noCertificado();
        if (numero.isPresent() && !numero.get().equals(particular.numero())) {
            throw new IllegalArgumentException("The acuse names certificate " + numero.get() + ", the e.firma is "
                    + particular.numero());
        }
        requireValid(particular, acuse, "particular");
        ValidationReport report = PARTICULAR.validate(particular, acuse.emitidoEn());
        if (!report.isValid()) {
            throw new IllegalArgumentException("The particular's certificate " + particular.numero()
                    + " cannot sign an actuación at " + acuse.emitidoEn() + ": " + report.codes());
        }
        if (!particular.verifiesSello(acuse.cadenaOriginal().toString(), firma)) {
            throw new IllegalArgumentException("The firma of acuse " + acuse.folio()
                    + " does not verify with certificate " + particular.numero());
        }
        return seal(acuse, Optional.of(particular));
    }

    private IssuedAcuse seal(Acuse acuse, Optional<EfirmaCertificate> particular) {
        requireValid(institucion.certificate(), acuse, "institution");
        Acuse sealed = acuse.withSello(institucion.sello(acuse.cadenaOriginal().toString()));
        String url = verificacionUrl.url(sealed);
        AcuseEnvelope envelope = new AcuseEnvelope(sealed, sealed.cadenaOriginal().toString(), url,
                institutionLines, notas, particular.map(AcuseIssuer::base64));
        byte[] json = envelope.toJson();
        AcuseLayout layout = AcuseMapping.layout(sealed, url, institutionLines, notas, json);
        Optional<UnaryOperator<byte[]>> stamper = Optional.ofNullable(timeStamper).map(t -> t::timeStampToken);
        PdfSeal.Sealer sealer = new PdfSeal.Sealer(acuse.fechaHoraCentro(), institucion.certificate().nombre(),
                chain, institucion::signature, stamper, revocation);
        try {
            byte[] pdf = AcusePdfWriter.writeSealed(layout, sealer);
            return new IssuedAcuse(sealed, pdf, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot seal the acuse " + acuse.folio() + " in memory", e);
        }
    }

    /** What the particular's certificate must be to sign an actuación (Lineamientos 4.2): vigente and a FIEL. */
    private static final EfirmaValidator PARTICULAR = EfirmaValidator.of(EfirmaChecks.vigente(), EfirmaChecks.fiel());

    private static void requireValid(EfirmaCertificate certificate, Acuse acuse, String whose) {
        if (!certificate.isValidAt(acuse.emitidoEn())) {
            throw new IllegalArgumentException("The " + whose + "'s certificate " + certificate.numero()
                    + " is not valid at " + acuse.emitidoEn() + " (valid " + certificate.validFrom() + " to "
                    + certificate.validUntil() + ")");
        }
    }

    private static String base64(EfirmaCertificate certificate) {
        return Base64.getEncoder().encodeToString(certificate.encoded());
    }

    @Override
    public String toString() {
        return "AcuseIssuer[institution " + institucion.certificate().rfcText() + " " + institucion.certificate().numero()
                + ", " + verificacionUrl + "]";
    }

    /** Configures an {@link AcuseIssuer}. Not thread-safe; use one builder per thread. */
    public static final class Builder {
        private final Efirma institucion;
        private final VerificacionUrl verificacionUrl;
        private List<String> institutionLines = AcuseLayout.DEFAULT_INSTITUTION;
        private final List<String> notas = new ArrayList<>();
        private final List<X509Certificate> chain = new ArrayList<>();
        private @Nullable TimeStamper timeStamper;
        private Optional<PdfSeal.Revocation> revocation = Optional.empty();

        private Builder(Efirma institucion, VerificacionUrl verificacionUrl) {
            this.institucion = Objects.requireNonNull(institucion, "institucion");
            this.verificacionUrl = Objects.requireNonNull(verificacionUrl, "verificacionUrl");
        }

        /**
         * The header lines.
         *
         * @param lines e.g. {@link AcuseLayout#DEFAULT_INSTITUTION} (the default) or {@link #TEST_INSTITUTION}
         * @return this builder
         */
        public Builder institution(List<String> lines) {
            this.institutionLines = List.copyOf(lines);
            return this;
        }

        /**
         * Adds a note printed after the standard notes of every acuse.
         *
         * @param text e.g. {@link #TEST_NOTE}
         * @return this builder
         */
        public Builder note(String text) {
            notas.add(Objects.requireNonNull(text, "note"));
            return this;
        }

        /**
         * The issuers of the institution's certificate, embedded in the seal after it (PAdES wants the chain in
         * the signature so that a verifier can build the path).
         *
         * @param issuers e.g. the CA that issued the sealing certificate, then its root
         * @return this builder
         */
        public Builder chain(List<X509Certificate> issuers) {
            issuers.forEach(c -> chain.add(Objects.requireNonNull(c, "issuer")));
            return this;
        }

        /**
         * Time-stamps the seal's signature value (PAdES B-T): the token is an unsigned attribute of the CMS.
         * Issuing is then no longer byte-for-byte repeatable (the token carries the authority's time).
         *
         * @param stamper the host's RFC 3161 client
         * @return this builder
         */
        public Builder timeStamper(TimeStamper stamper) {
            this.timeStamper = Objects.requireNonNull(stamper, "timeStamper");
            return this;
        }

        /**
         * Revocation data of the institution's chain, written to a {@code /DSS} dictionary of the sealed file
         * (PAdES B-LT long-term validation material), inside what the seal covers.
         *
         * @param certificates DER certificates the data needs (e.g. an OCSP responder's)
         * @param ocspResponses DER OCSP responses, as the host obtained them
         * @param crls DER CRLs
         * @return this builder
         */
        public Builder revocationData(List<byte[]> certificates, List<byte[]> ocspResponses, List<byte[]> crls) {
            this.revocation = Optional.of(new PdfSeal.Revocation(certificates, ocspResponses, crls));
            return this;
        }

        /** @return the issuer */
        public AcuseIssuer build() {
            return new AcuseIssuer(this);
        }
    }
}
