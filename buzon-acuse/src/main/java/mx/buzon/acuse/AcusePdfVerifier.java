package mx.buzon.acuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.acuse.internal.AcuseEnvelope;
import mx.buzon.acuse.internal.SealCms;
import mx.buzon.acuse.internal.SealedBytes;
import mx.buzon.acuse.internal.VisibleFields;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.EfirmaChecks;
import mx.buzon.crypto.EfirmaException;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;

/**
 * Verifies an acuse PDF issued by {@link AcuseIssuer} from the file alone, trusting nothing it has not checked,
 * in this order:
 * <ol>
 *   <li><b>the raw bytes</b>, before any PDF parsing: exactly one PDF signature, whose byte range covers the whole
 *       file except its own {@code /Contents}, nothing appended after it ({@code ACUSE_SIN_SELLO_PDF},
 *       {@code ACUSE_SELLO_PDF_MULTIPLE}, {@code ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO},
 *       {@code ACUSE_SELLO_PDF_MALFORMADO});</li>
 *   <li><b>the seal</b>: its CMS verifies over those bytes ({@code ACUSE_SELLO_PDF_INVALIDO}), and its
 *       certificate is one of the institution certificates the host trusts, or issued by one
 *       (else the warning {@code ACUSE_INSTITUCION_NO_CONFIABLE} and at best
 *       {@link Veredicto#INTEGRO_NO_AUTENTICADO});</li>
 *   <li>only then <b>the data</b>: the embedded JSON, parsed strictly; the cadena rebuilt from its fields equals the
 *       stored one; the sello digital verifies with the sealing certificate; the firma del particular with the
 *       particular's certificate;</li>
 *   <li><b>the particular's certificate at the acuse's instant</b>: vigente, a FIEL (not a CSD), of the acuse's
 *       RFC and número, and chained to the SAT roots the host gives ({@link #withSatRoots}); the sealing
 *       certificate vigente at that instant too;</li>
 *   <li><b>the visible fields</b>: folio, RFC and fecha in their labelled places of the first page, as text
 *       extraction reads them.</li>
 * </ol>
 * Verification never re-renders the PDF: acuses stay verifiable across PDFBox, font and text changes. The seal
 * covers every byte, so a changed header, note, URL, QR code or zone fails step 1 or 2; a document re-rendered
 * by anyone else carries no seal, or one that is not the trusted institution's.
 *
 * <pre>{@code
 * AcusePdfVerifier verifier = AcusePdfVerifier.trusting(List.of(imssSealCertificate))
 *         .withSatRoots(TrustAnchors.satProduccion());
 * AcuseVerification result = verifier.verify(Path.of("acuse.pdf"));    // AcuseException if unreadable
 * if (result.veredicto() != Veredicto.VALIDO) {
 *     result.findings().forEach(p -> show(p.code(), p.message()));   // e.g. ACUSE_SELLO_PDF_INVALIDO
 * }
 * }</pre>
 *
 * <p>Expected bad outcomes are findings ({@link AcuseErrorCode}); only an unreadable file is an
 * {@link AcuseException}. Immutable and thread-safe.
 */
public final class AcusePdfVerifier {

    private static final EfirmaValidator PARTICULAR_BASE = EfirmaValidator.of(EfirmaChecks.vigente(),
            EfirmaChecks.fiel());

    /** The digest a format-3 activation must carry: once per JVM, the text is a constant of the SDK. */
    private static final String TERMINOS_ACTIVACION_SHA256 =
            Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString();

    private final List<X509Certificate> trustedInstitutions;
    private final @Nullable EfirmaCertificate particular;
    private final @Nullable TrustAnchors satRoots;

    private AcusePdfVerifier(List<X509Certificate> trustedInstitutions, @Nullable EfirmaCertificate particular,
            @Nullable TrustAnchors satRoots) {
        this.trustedInstitutions = List.copyOf(trustedInstitutions);
        this.particular = particular;
        this.satRoots = satRoots;
    }

    /**
     * A verifier that trusts these institution certificates (several are allowed: the current and the previous
     * sealing certificate, or a CA that issues them). An acuse sealed by any other certificate is at best
     * {@link Veredicto#INTEGRO_NO_AUTENTICADO}.
     *
     * @param institutionCertificates the sealing certificates (or their CAs) the host obtained by other means
     * @return the verifier
     */
    public static AcusePdfVerifier trusting(Collection<X509Certificate> institutionCertificates) {
        List<X509Certificate> list = List.copyOf(institutionCertificates);
        if (list.isEmpty()) {
            throw new IllegalArgumentException("trusting() needs at least one institution certificate; use"
                    + " withoutTrustedInstitution() to check integrity only");
        }
        return new AcusePdfVerifier(list, null, null);
    }

    /**
     * Shorthand for {@link #trusting} one certificate.
     *
     * @param institucion the institution's certificate
     * @return the verifier
     */
    public static AcusePdfVerifier withInstitution(EfirmaCertificate institucion) {
        return trusting(List.of(Objects.requireNonNull(institucion, "institucion").x509()));
    }

    /**
     * A verifier that trusts no institution: it checks that the acuse is intact and self-consistent, and its best
     * verdict is {@link Veredicto#INTEGRO_NO_AUTENTICADO} (never {@link Veredicto#VALIDO}).
     *
     * @return the verifier
     */
    public static AcusePdfVerifier withoutTrustedInstitution() {
        return new AcusePdfVerifier(List.of(), null, null);
    }

    /**
     * A copy that verifies the firma del particular with this certificate instead of the one embedded in the
     * acuse (e.g. the {@code .cer} the particular keeps); it must still be of the acuse's RFC and
     * {@code NoCertificado}.
     *
     * @param particularCertificate the particular's certificate
     * @return the copy
     */
    public AcusePdfVerifier withParticular(EfirmaCertificate particularCertificate) {
        return new AcusePdfVerifier(trustedInstitutions,
                Objects.requireNonNull(particularCertificate, "particularCertificate"), satRoots);
    }

    /**
     * A copy that also requires the particular's certificate to chain to these SAT certificate authorities
     * (without it the result carries the warning {@code ACUSE_CADENA_PARTICULAR_SIN_VERIFICAR}).
     *
     * @param roots e.g. {@link TrustAnchors#satProduccion()}
     * @return the copy
     */
    public AcusePdfVerifier withSatRoots(TrustAnchors roots) {
        return new AcusePdfVerifier(trustedInstitutions, particular, Objects.requireNonNull(roots, "roots"));
    }

    /**
     * Verifies a file.
     *
     * @param pdf the acuse's path
     * @return the verification
     * @throws AcuseException when the file cannot be read as a PDF
     */
    public AcuseVerification verify(Path pdf) {
        Objects.requireNonNull(pdf, "pdf");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(pdf)) {
            bytes = in.readNBytes(AcuseReader.DEFAULT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_LECTURA_FALLIDA, e, pdf + ": " + why(e));
        }
        return verify(bytes);
    }

    /**
     * Verifies a PDF read from a stream (an upload, say), reading at most {@link AcuseReader#DEFAULT_MAX_BYTES} + 1
     * bytes, as for a file; the stream is not closed.
     *
     * @param pdf the acuse
     * @return the verification
     * @throws AcuseException {@code ACUSE_LECTURA_FALLIDA} when the stream cannot be read, or as
     *     {@link #verify(byte[])}
     */
    public AcuseVerification verify(InputStream pdf) {
        Objects.requireNonNull(pdf, "pdf");
        byte[] bytes;
        try {
            bytes = pdf.readNBytes(AcuseReader.DEFAULT_MAX_BYTES + 1);
        } catch (IOException e) {
            throw AcuseException.of(AcuseErrorCode.ACUSE_LECTURA_FALLIDA, e, "(flujo de entrada): " + why(e));
        }
        return verify(bytes);
    }

    /** What went wrong reading the file, in Spanish for the usual cases (a missing file's message is its path). */
    private static String why(IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no existe";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "sin permiso de lectura";
        }
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /**
     * Verifies PDF bytes.
     *
     * @param pdf the acuse
     * @return the verification
     * @throws AcuseException when the bytes cannot be read as a PDF
     */
    public AcuseVerification verify(byte[] pdf) {
        Objects.requireNonNull(pdf, "pdf");
        AcuseReader reader = AcuseReader.standard();
        reader.requireReadable(pdf);
        List<Finding> problems = new ArrayList<>();

        // 1. The raw bytes: one signature over the whole file.
        SealedBytes.Scan scan = SealedBytes.scan(pdf);
        if (scan.problem().isPresent()) {
            problems.add(Finding.error(switch (scan.problem().get()) {
                case SIN_SELLO -> AcuseErrorCode.ACUSE_SIN_SELLO_PDF;
                case VARIOS_SELLOS -> AcuseErrorCode.ACUSE_SELLO_PDF_MULTIPLE;
                case NO_CUBRE_ARCHIVO -> AcuseErrorCode.ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO;
                case MALFORMADO -> AcuseErrorCode.ACUSE_SELLO_PDF_MALFORMADO;
            }, null));
            return new AcuseVerification(Veredicto.INVALIDO, Optional.empty(), problems);
        }
        // 2. The seal's CMS, then trust in its certificate.
        SealCms.Result seal = SealCms.verify(scan.cms(), scan.signedContent());
        if (seal.problem().isPresent()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SELLO_PDF_INVALIDO, null, seal.problem().get()));
            return new AcuseVerification(Veredicto.INVALIDO, Optional.empty(), problems);
        }
        X509Certificate sealer = seal.signer().orElseThrow();
        boolean trusted = SealCms.trusted(sealer, seal.certificates(), trustedInstitutions).isPresent();
        if (!trusted) {
            problems.add(Finding.warning(AcuseErrorCode.ACUSE_INSTITUCION_NO_CONFIABLE, null, describe(sealer)));
        }
        // 3. Only now parse the PDF.
        AcuseDocument document = reader.readForVerification(pdf);
        Optional<AcuseClaims> claims = data(document, sealer, problems);
        Veredicto veredicto = problems.stream().anyMatch(Finding::isError) ? Veredicto.INVALIDO
                : trusted ? Veredicto.VALIDO : Veredicto.INTEGRO_NO_AUTENTICADO;
        return new AcuseVerification(veredicto, claims, problems);
    }

    private Optional<AcuseClaims> data(AcuseDocument document, X509Certificate sealer, List<Finding> problems) {
        Optional<AcuseAttachment> attachment = document.attachment();
        if (attachment.isEmpty()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SIN_DATOS, null, AcuseLayout.DEFAULT_JSON_FILE_NAME));
            return Optional.empty();
        }
        if (!attachment.get().checksumMatches()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_DATOS_ALTERADOS, attachment.get().fileName()));
        }
        AcuseEnvelope envelope;
        try {
            envelope = AcuseEnvelope.parse(attachment.get().bytes());
        } catch (IllegalArgumentException e) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_DATOS_ILEGIBLES, null, e.getMessage()));
            return Optional.empty();
        }
        Acuse acuse = envelope.acuse();
        String cadena = envelope.cadenaAlmacenada();
        if (!envelope.cadenaCorresponde()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_CADENA_NO_CORRESPONDE_A_DATOS, cadena,
                    acuse.cadenaOriginal().toString()));
        }
        Optional<String> sello = acuse.selloDigital();
        if (sello.isEmpty() || !verifies(sealer, cadena, sello.get())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SELLO_INVALIDO, null, describe(sealer)));
        }
        if (sealer.getNotBefore().toInstant().isAfter(acuse.emitidoEn())
                || sealer.getNotAfter().toInstant().isBefore(acuse.emitidoEn())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_INSTITUCION_NO_VIGENTE, null,
                    describe(sealer), acuse.emitidoEn()));
        }
        particular(envelope, acuse, cadena, problems);
        terminos(envelope, acuse, problems);
        visible(document, acuse, problems);
        return Optional.of(new AcuseClaims(acuse.tipo().name(), acuse.folio().toString(),
                acuse.particular().rfc().toString(), cadena, sello.orElse(""), acuse.firmaParticular(),
                acuse.noCertificado(), envelope.verificationUrl()));
    }

    private void particular(AcuseEnvelope envelope, Acuse acuse, String cadena, List<Finding> problems) {
        if (acuse.tipo().firmaParticular() && acuse.firmaParticular().isEmpty()) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SIN_FIRMA, null, acuse.tipo().name()));
        }
        if (acuse.firmaParticular().isEmpty()) {
            return;
        }
        EfirmaCertificate certificate = particular;
        if (certificate == null && envelope.certificadoParticular().isPresent()) {
            try {
                certificate = EfirmaCertificate.read(Base64.getDecoder().decode(envelope.certificadoParticular().get()));
            } catch (IllegalArgumentException | EfirmaException ex) {
                problems.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_ILEGIBLE, null, "del particular",
                        ex instanceof EfirmaException ee ? ee.code() : "Base64 inválido"));
                return;
            }
        }
        if (certificate == null) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_SIN_CERTIFICADO, null, "del particular"));
            return;
        }
        String expectedRfc = acuse.particular().rfc().toString();
        Optional<NumeroCertificado> expectedNumero = acuse.noCertificado();
        boolean rfcOk = certificate.rfc().equals(acuse.particular().rfc());
        boolean numeroOk = expectedNumero.map(certificate.numero()::equals).orElse(true);
        if (!rfcOk || !numeroOk) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_NO_CORRESPONDE, certificate.rfcText(),
                    "RFC " + certificate.rfcText() + ", número " + certificate.numero(),
                    "RFC " + expectedRfc + expectedNumero.map(n -> ", número " + n).orElse("")));
        }
        EfirmaValidator validator = satRoots == null ? PARTICULAR_BASE
                : PARTICULAR_BASE.and(EfirmaChecks.chain(satRoots));
        for (Finding f : validator.validate(certificate, acuse.emitidoEn()).findings()) {
            if (f.isError()) {
                problems.add(Finding.error(AcuseErrorCode.ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO, f.code(), f.code(),
                        f.message()));
            }
        }
        if (satRoots == null) {
            problems.add(Finding.warning(AcuseErrorCode.ACUSE_CADENA_PARTICULAR_SIN_VERIFICAR, null));
        }
        if (!certificate.verifiesSello(cadena, acuse.firmaParticular().get())) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_FIRMA_INVALIDA, null,
                    certificate.rfcText() + " núm. " + certificate.numero()));
        }
    }

    /**
     * An activation's {@code Terminos_SHA256} names the text the particular accepted; the page prints the SDK's
     * {@code AcuseTipo.ACTIVACION_BUZON.textoLegal()}. In format 3 the digest is of exactly that text, so a
     * different one means the page shows other terms than the ones signed: an error. In format 2 it covered an
     * earlier, shorter text that this SDK no longer holds, so it cannot be checked either way: a warning.
     */
    private static void terminos(AcuseEnvelope envelope, Acuse acuse, List<Finding> problems) {
        if (acuse.tipo() != AcuseTipo.ACTIVACION_BUZON) {
            return;
        }
        String digest = acuse.campo(CampoAcuse.TERMINOS_SHA256).orElse("");
        if (!AcuseEnvelope.FORMATO.equals(envelope.formato())) {
            problems.add(Finding.warning(AcuseErrorCode.ACUSE_TERMINOS_SIN_VERIFICAR, digest, envelope.formato()));
        } else if (!digest.equalsIgnoreCase(TERMINOS_ACTIVACION_SHA256)) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_TERMINOS_NO_CORRESPONDEN, digest,
                    digest.isEmpty() ? "(ausente)" : digest, TERMINOS_ACTIVACION_SHA256));
        }
    }

    /**
     * The labelled folio, RFC and fecha of the first page, as text extraction reads them. (The cadena and sello
     * drawn on the page are under the seal like every other byte; the data's are the ones verified.)
     */
    private static void visible(AcuseDocument document, Acuse acuse, List<Finding> problems) {
        String text = document.text();
        String folio = acuse.folio().toString();
        String rfc = acuse.particular().rfc().toString();
        if (!VisibleFields.showsFolio(text, folio)) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_FOLIO_NO_COINCIDE, folio, folio));
        }
        if (!VisibleFields.showsRfc(text, rfc)) {
            problems.add(Finding.error(AcuseErrorCode.ACUSE_RFC_NO_COINCIDE, rfc, rfc));
        }
        if (!VisibleFields.showsFecha(text, acuse.fechaHoraCentro())) {
            String fecha = VisibleFields.fecha(acuse.fechaHoraCentro());
            problems.add(Finding.error(AcuseErrorCode.ACUSE_FECHA_NO_COINCIDE, fecha, fecha));
        }
    }

    private static boolean verifies(X509Certificate certificate, String cadena, String sello) {
        try {
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(cadena.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(sello));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** e.g. {@code "INSTITUTO MEXICANO DEL SEGURO SOCIAL" (RFC IMS421231I45, núm. 30001000009960302001)}. */
    private static String describe(X509Certificate c) {
        try {
            EfirmaCertificate sat = EfirmaCertificate.of(c);
            return "\"" + sat.nombre() + "\" (RFC " + sat.rfcText() + ", núm. " + sat.numero() + ")";
        } catch (RuntimeException notSatLike) {
            String name = c.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC1779);
            return "\"" + name + "\" (núm. de serie " + c.getSerialNumber().toString(16) + ")";
        }
    }

    @Override
    public String toString() {
        return "AcusePdfVerifier[" + trustedInstitutions.size() + " trusted institution certificate(s), particular "
                + (particular == null ? "embedded" : particular.numero()) + ", SAT roots "
                + (satRoots == null ? "not checked" : satRoots.name()) + "]";
    }
}
