package mx.buzon.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.InvalidIdentifierException;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.internal.CertificateDecoder;
import mx.buzon.crypto.internal.Jca;
import mx.buzon.crypto.internal.RegimenCapital;
import mx.buzon.crypto.internal.SubjectFields;
import mx.buzon.problem.Finding;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.jspecify.annotations.Nullable;

/**
 * A SAT certificate ({@code .cer}) of an e.firma (FIEL) or a CSD, with the fields the SAT puts in it.
 *
 * <p>Example (the SAT's 2023 test FIEL of a persona moral): {@link #rfc()} {@code EKU9003173C9},
 * {@link #rfcRepresentante()} {@code VADA800927DJ3}, {@link #curpRepresentante()} {@code VADA800927HSRSRL05},
 * {@link #nombre()} {@code ESCUELA KEMPER URGATE SA DE CV}, {@link #nombreSinRegimenCapital()}
 * {@code ESCUELA KEMPER URGATE}, {@link #kind()} {@code FIEL},
 * {@link #numero()} {@code 30001000000500003415}.
 *
 * <p>Where the SAT puts each field: attribute 2.5.4.45 (x500UniqueIdentifier) holds {@code RFC} or, for a
 * persona moral, {@code RFC / RFC_REPRESENTANTE}; 2.5.4.5 (serialNumber) holds {@code CURP} or
 * {@code CURP / CURP_REPRESENTANTE} (empty titular CURP for a persona moral); 2.5.4.41 (name) the name; the
 * OU of a CSD its sucursal. RFCs with {@code Ñ} or {@code &} come as T61String with Latin-1 bytes and are
 * decoded as such. The RFC is parsed in {@link CheckDigitMode#LENIENT} mode (some RFCs the SAT issued do not
 * pass the check digit); the text as written stays available in {@link #rfcText()}. The CURPs are parsed
 * leniently as well, and a CURP text that is not a CURP at all (malformed SAT data) stays available as text
 * ({@link #curpText()}, {@link #curpRepresentanteText()}) while {@link #curp()} is empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class EfirmaCertificate {

    private static final List<String> FIEL_EXTENDED_USAGES = List.of(
            "1.3.6.1.5.5.7.3.2", // clientAuth
            "1.3.6.1.5.5.7.3.4"); // emailProtection

    private final X509Certificate x509;
    private final byte[] encoded;
    private final String rfcText;
    private final Rfc rfc;
    private final @Nullable Rfc rfcRepresentante;
    private final @Nullable String curpText;
    private final @Nullable String curpRepresentanteText;
    private final @Nullable Curp curp;
    private final @Nullable Curp curpRepresentante;
    private final String nombre;
    private final @Nullable String unidadOrganizacional;
    private final CertificateKind kind;
    private final NumeroCertificado numero;
    private final String issuer;
    private final String issuerCommonName;
    private final List<Finding> fileWarnings;

    private EfirmaCertificate(X509Certificate x509, List<Finding> fileWarnings) {
        this.x509 = x509;
        this.fileWarnings = List.copyOf(fileWarnings);
        try {
            this.encoded = x509.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the certificate cannot be encoded", e);
        }
        SubjectFields fields = SubjectFields.of(x509);
        String uniqueIdentifier = fields.subject(SubjectFields.UNIQUE_IDENTIFIER).orElse("");
        String[] rfcs = splitPair(uniqueIdentifier);
        this.rfcText = rfcs[0];
        try {
            this.rfc = Rfc.parse(rfcText, CheckDigitMode.LENIENT);
            this.rfcRepresentante = rfcs[1].isEmpty() ? null : Rfc.parse(rfcs[1], CheckDigitMode.LENIENT);
        } catch (InvalidIdentifierException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_CERTIFICADO_SIN_RFC, EfirmaFile.CER, null,
                    x509.getSerialNumber().toString(16), uniqueIdentifier);
        }
        String[] curps = splitPair(fields.subject(SubjectFields.SERIAL_NUMBER).orElse(""));
        this.curpText = curps[0].isEmpty() ? null : curps[0];
        this.curpRepresentanteText = curps[1].isEmpty() ? null : curps[1];
        this.curp = curpOf(curpText);
        this.curpRepresentante = curpOf(curpRepresentanteText);
        this.nombre = fields.subject(SubjectFields.NAME)
                .or(() -> fields.subject(BCStyle.CN)).orElse("").trim();
        this.unidadOrganizacional = fields.subject(BCStyle.OU).map(String::trim).filter(s -> !s.isEmpty())
                .orElse(null);
        this.kind = kindOf(x509, unidadOrganizacional);
        if (x509.getSerialNumber().signum() < 0) {
            // RFC 5280 4.1.2.2: the serial is a positive integer; the JDK parses a negative one (found by fuzzing).
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.CER, null,
                    EfirmaFile.CER.noun(), "(certificado)", "su número de serie es negativo");
        }
        this.numero = NumeroCertificado.of(x509.getSerialNumber());
        this.issuer = fields.issuerName();
        this.issuerCommonName = fields.issuer(BCStyle.CN).orElse(issuer);
    }

    /**
     * Wraps an already parsed certificate.
     *
     * @param certificate an X.509 certificate of the SAT
     * @return the e.firma certificate
     * @throws EfirmaException {@code EFIRMA_CERTIFICADO_SIN_RFC} when it has no RFC (not a SAT certificate),
     *         {@code EFIRMA_ARCHIVO_INVALIDO} when its serial number is negative (RFC 5280 requires a positive one)
     */
    public static EfirmaCertificate of(X509Certificate certificate) {
        return new EfirmaCertificate(Objects.requireNonNull(certificate, "certificate"), List.of());
    }

    /**
     * Reads a {@code .cer} from bytes: DER (as the SAT issues it), PEM, or the Base64 of the DER.
     *
     * @param cerBytes the file's content (not modified), at most {@link Efirma#MAX_FILE_BYTES}
     * @return the certificate
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO} (file {@link EfirmaFile#CER}) for anything else
     */
    public static EfirmaCertificate read(byte[] cerBytes) {
        return read(FileBytes.of(cerBytes, "cerBytes"));
    }

    /**
     * Reads a {@code .cer} file.
     *
     * @param cerFile the path
     * @return the certificate
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} or {@code EFIRMA_ARCHIVO_INVALIDO}, naming the file
     */
    public static EfirmaCertificate read(Path cerFile) {
        return read(FileBytes.of(cerFile, "cerFile"));
    }

    /**
     * Reads a {@code .cer} from a stream, reading at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes. The stream is
     * not closed.
     *
     * @param cer the content
     * @return the certificate
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} when reading fails, {@code EFIRMA_ARCHIVO_INVALIDO}
     */
    public static EfirmaCertificate read(InputStream cer) {
        return read(FileBytes.of(cer, "cer"));
    }

    static EfirmaCertificate read(FileBytes cer) {
        String name = cer.name();
        return of(CertificateDecoder.decodeWithWarnings(cer.read(EfirmaFile.CER), name));
    }

    private static EfirmaCertificate of(CertificateDecoder.Decoded decoded) {
        return new EfirmaCertificate(decoded.certificate(), decoded.warnings());
    }

    /**
     * What reading the file noticed without refusing it: {@code EFIRMA_DATOS_SOBRANTES} when bytes that are not
     * whitespace follow the DER certificate. {@link EfirmaInspection} lists these with the validator's findings.
     *
     * @return the warnings, empty for a clean file and for {@link #of(X509Certificate)}
     */
    public List<Finding> fileWarnings() {
        return fileWarnings;
    }

    /** @return the titular's RFC, e.g. {@code EKU9003173C9} (parsed leniently) */
    public Rfc rfc() {
        return rfc;
    }

    /** @return the titular's RFC exactly as written in the certificate, e.g. {@code IAÑL750210963} */
    public String rfcText() {
        return rfcText;
    }

    /** @return the RFC of the legal representative (personas morales), e.g. {@code VADA800927DJ3} */
    public Optional<Rfc> rfcRepresentante() {
        return Optional.ofNullable(rfcRepresentante);
    }

    /**
     * The titular's CURP (personas físicas), parsed leniently (the check digit is not enforced, as for the RFC;
     * sex letters H, M and X). A persona moral has none: its certificate carries only the representative's.
     *
     * @return e.g. {@code CACX760510MGTSHC04}; empty when absent or when the text is not a CURP at all (see
     *         {@link #curpText()})
     */
    public Optional<Curp> curp() {
        return Optional.ofNullable(curp);
    }

    /** @return the titular's CURP exactly as written in the certificate (attribute 2.5.4.5), even if malformed */
    public Optional<String> curpText() {
        return Optional.ofNullable(curpText);
    }

    /**
     * @return the representative's CURP (personas morales), parsed leniently, e.g. {@code VADA800927HSRSRL05};
     *         empty when absent or not a CURP at all (see {@link #curpRepresentanteText()})
     */
    public Optional<Curp> curpRepresentante() {
        return Optional.ofNullable(curpRepresentante);
    }

    /** @return the representative's CURP exactly as written in the certificate, even if malformed */
    public Optional<String> curpRepresentanteText() {
        return Optional.ofNullable(curpRepresentanteText);
    }

    /** @return the name or razón social (attribute 2.5.4.41, else the CN), e.g. {@code XOCHILT CASAS CHAVEZ} */
    public String nombre() {
        return nombre;
    }

    /**
     * The name without its régimen capital, as CFDI 4.0 asks for the emisor's and receptor's {@code Nombre}:
     * {@code ESCUELA KEMPER URGATE SA DE CV} gives {@code ESCUELA KEMPER URGATE}. Only a persona moral's name is
     * shortened (a persona física has no régimen capital); the suffixes removed are listed in
     * docs/readme-crypto.md ("Nombre sin régimen capital").
     *
     * @return the name without the trailing régimen capital, e.g. {@code ESCUELA KEMPER URGATE}
     */
    public String nombreSinRegimenCapital() {
        return persona() == Persona.MORAL ? RegimenCapital.strip(nombre) : nombre;
    }

    /** @return física (13-character RFC) or moral (12) */
    public Persona persona() {
        return rfc.persona();
    }

    /**
     * FIEL or CSD. Decided by the extensions: an extended key usage of client authentication or e-mail
     * protection, or a key usage with data encipherment or key agreement, means FIEL; key usage limited to
     * digital signature and non-repudiation means CSD. A certificate without key usage extension falls back
     * to the subject: an OU (the CSD's sucursal) means CSD, none means FIEL.
     *
     * @return the kind
     */
    public CertificateKind kind() {
        return kind;
    }

    /** @return the sucursal (OU) of a CSD, e.g. {@code Sucursal 1}; empty for a FIEL */
    public Optional<String> sucursal() {
        return kind == CertificateKind.CSD ? Optional.ofNullable(unidadOrganizacional) : Optional.empty();
    }

    /** @return the número de certificado, e.g. {@code 30001000000500003415} */
    public NumeroCertificado numero() {
        return numero;
    }

    /** @return the first instant of validity (notBefore) */
    public Instant validFrom() {
        return x509.getNotBefore().toInstant();
    }

    /** @return the last instant of validity (notAfter, inclusive) */
    public Instant validUntil() {
        return x509.getNotAfter().toInstant();
    }

    /**
     * @param instant the instant of use
     * @return whether {@code validFrom <= instant <= validUntil}
     */
    public boolean isValidAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(validFrom()) && !instant.isAfter(validUntil());
    }

    /**
     * The issuer's name for people and logs: its attributes in the certificate's order (as {@code openssl x509
     * -nameopt oneline} shows them), {@code type=value} joined by {@code ", "}, each value decoded (T61String as
     * Latin-1) and escaped as RFC 4514 section 2.4 requires ({@code \,} {@code \+} {@code \"} {@code \\}
     * {@code \<} {@code \>} {@code \;}, a leading {@code #} or space, a trailing space), so a comma inside a
     * value cannot be mistaken for a separator. For the RFC 4514 string itself (reversed order) use
     * {@code x509().getIssuerX500Principal().getName()}.
     *
     * @return e.g. {@code CN=AC UAT, O=SERVICIO DE ADMINISTRACION TRIBUTARIA, OU=SAT-IES Authority, ...}
     */
    public String issuer() {
        return issuer;
    }

    /** @return the issuer's common name, e.g. {@code AC UAT} */
    public String issuerCommonName() {
        return issuerCommonName;
    }

    /** @return the public key */
    public PublicKey publicKey() {
        return x509.getPublicKey();
    }

    /** @return the JCA certificate (immutable) */
    public X509Certificate x509() {
        return x509;
    }

    /** @return a copy of the DER encoding (the {@code .cer} content) */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** @return the PEM text ({@code -----BEGIN CERTIFICATE-----}, 64-column lines, {@code \n}) */
    public String toPem() {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded);
        return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
    }

    /**
     * Checks a sello digital: Base64 of SHA256withRSA over the bytes, made with this certificate's key.
     *
     * @param data the signed bytes
     * @param sello the Base64 signature (whitespace ignored)
     * @return {@code true} only when it verifies; a sello that is not Base64 is {@code false}
     */
    public boolean verifiesSello(byte[] data, String sello) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(sello, "sello");
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(sello);
        } catch (IllegalArgumentException unwrapped) {
            try {
                signature = Base64.getMimeDecoder().decode(sello); // wrapped in lines, as some tools write it
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return verifiesSignature(data, signature);
    }

    /**
     * Checks a raw SHA256withRSA signature (the bytes inside a sello) made with this certificate's key.
     *
     * @param data the signed bytes
     * @param signature the signature bytes
     * @return {@code true} only when it verifies
     */
    public boolean verifiesSignature(byte[] data, byte[] signature) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(signature, "signature");
        Signature verifier;
        try {
            verifier = Jca.sha256WithRsa();
            verifier.initVerify(x509.getPublicKey());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // not an RSA key: nothing this certificate signs as a sello
        }
        try {
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false; // a malformed signature
        }
    }

    /**
     * Checks the sello of a text (a cadena original): its UTF-8 bytes.
     *
     * @param cadenaOriginal the signed text
     * @param sello the Base64 signature
     * @return whether it verifies
     */
    public boolean verifiesSello(String cadenaOriginal, String sello) {
        return verifiesSello(cadenaOriginal.getBytes(StandardCharsets.UTF_8), sello);
    }

    /** @return whether {@code o} is the same certificate (same DER bytes) */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof EfirmaCertificate c && java.util.Arrays.equals(encoded, c.encoded);
    }

    /** @return a hash of the DER bytes */
    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(encoded);
    }

    /** @return e.g. {@code EfirmaCertificate[EKU9003173C9, FIEL, 30001000000500003415]} */
    @Override
    public String toString() {
        return "EfirmaCertificate[" + rfcText + ", " + kind + ", " + numero + "]";
    }

    private static @Nullable Curp curpOf(@Nullable String text) {
        return text == null ? null
                : Curp.validate(text, CheckDigitMode.LENIENT, Curp.SEXOS_HMX).value().orElse(null);
    }

    private static String[] splitPair(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return new String[] {value.trim(), ""};
        }
        return new String[] {value.substring(0, slash).trim(), value.substring(slash + 1).trim()};
    }

    private static CertificateKind kindOf(X509Certificate x509, @Nullable String unidadOrganizacional) {
        try {
            List<String> extended = x509.getExtendedKeyUsage();
            if (extended != null && extended.stream().anyMatch(FIEL_EXTENDED_USAGES::contains)) {
                return CertificateKind.FIEL;
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // An unreadable EKU says nothing; the key usage decides.
        }
        boolean[] usage = x509.getKeyUsage();
        if (usage != null) {
            boolean dataEncipherment = usage.length > 3 && usage[3];
            boolean keyAgreement = usage.length > 4 && usage[4];
            return dataEncipherment || keyAgreement ? CertificateKind.FIEL : CertificateKind.CSD;
        }
        return unidadOrganizacional != null ? CertificateKind.CSD : CertificateKind.FIEL;
    }
}
