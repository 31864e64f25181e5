package mx.buzon.crypto;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.crypto.internal.CmsSigner;
import mx.buzon.crypto.internal.Exports;
import mx.buzon.crypto.internal.Passwords;
import mx.buzon.crypto.internal.Jca;
import mx.buzon.crypto.internal.KeyDecoder;
import mx.buzon.crypto.internal.Pkcs12Decoder;
import org.jspecify.annotations.Nullable;

/**
 * An e.firma (FIEL) or CSD ready to sign: the certificate and its private key, loaded from the files a person
 * has on disk.
 *
 * <p>Example:
 * <pre>{@code
 * Efirma efirma = Efirma.read(Path.of("EKU9003173C9.cer"), Path.of("EKU9003173C9.key"), passwordChars);
 * String sello = efirma.sello("||1.0|BI-20250203-100717151|...||");
 * }</pre>
 *
 * <p><b>Passwords.</b> Every factory takes the password as {@code char[]} and <em>wipes that array</em>
 * (fills it with {@code '\0'}) before returning, whether it succeeds or throws; the copies it makes while
 * decrypting are wiped too. The caller must not reuse the array; to try again, read the password again.
 * A non-ASCII password is tried as its windows-1252 bytes (what the SAT's software uses) and then as UTF-8, for
 * every key format (PKCS#8, PKCS#1 PEM with {@code DEK-Info}, PFX). An array that is all {@code '\0'} (wiped by an
 * earlier load) is {@code EFIRMA_CONTRASENA_BORRADA}, never a wrong password.
 * The password never appears in a message, a log or a {@code toString}.
 *
 * <p>Loading checks only that the files can be read. That the key belongs to the certificate, that the
 * certificate is valid, is a FIEL, belongs to the expected RFC or chains to the SAT is what
 * {@link EfirmaValidator} reports. {@link #keyMatches()} answers the first question directly.
 *
 * <p><b>PFX with several credentials.</b> A {@code .pfx} may hold more than one key (a FIEL and a CSD):
 * {@link #pfxEntries(Path, char[])} lists them, {@link #readPfx(Path, char[], String)} chooses one by alias, RFC or
 * número de certificado, and loading such a file without choosing is refused with {@code EFIRMA_PFX_AMBIGUO}
 * instead of silently giving the first key.
 *
 * <p>Immutable and thread-safe: every sello creates its own {@link Signature} from a cached provider, so no
 * initialised signer (holding the private key) lingers in a thread-local of a pooled thread. Holds a private key:
 * do not log it, do not serialise it.
 */
public final class Efirma {

    /** The algorithm of the sello digital: RSA PKCS#1 v1.5 over SHA-256. */
    public static final String SELLO_ALGORITHM = "SHA256withRSA";

    private final EfirmaCertificate certificate;
    private final PrivateKey privateKey;
    private final boolean keyMatches;

    private Efirma(EfirmaCertificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.keyMatches = matches(certificate, privateKey);
    }

    /**
     * One credential of a PFX, as {@link #pfxEntries(Path, char[])} lists it.
     *
     * @param alias the entry's alias (its "friendly name"), e.g. {@code fiel}
     * @param certificate the entry's certificate
     */
    public record PfxEntry(String alias, EfirmaCertificate certificate) {
        /**
         * @param alias see the record
         * @param certificate see the record
         */
        public PfxEntry {
            Objects.requireNonNull(alias, "alias");
            Objects.requireNonNull(certificate, "certificate");
        }

        /** @return e.g. {@code fiel: EKU9003173C9 FIEL 30001000000500003415} */
        @Override
        public String toString() {
            return alias + ": " + certificate.rfcText() + " " + certificate.kind() + " " + certificate.numero();
        }
    }

    /**
     * The largest {@code .cer}, {@code .key}, {@code .pfx}, password or trust-anchor file any reader of this module
     * accepts, whether it comes as a file, a stream or an array: 1 MiB. A SAT file has a few KB; the bound keeps a
     * wrong or hostile upload from costing unbounded memory ({@code EFIRMA_ARCHIVO_INVALIDO} beyond it).
     */
    public static final int MAX_FILE_BYTES = 1 << 20;

    /**
     * Reads a {@code .cer} and {@code .key} pair from disk.
     *
     * @param cerFile the certificate: DER (as the SAT issues it), PEM or Base64
     * @param keyFile the private key: encrypted PKCS#8 DER (as the SAT issues it), PEM, plain PKCS#8, PKCS#1
     * @param passwordChars the key's password; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO}, {@code EFIRMA_ARCHIVO_INVALIDO} (naming the
     *         {@code .cer} or the {@code .key}; also a file over {@link #MAX_FILE_BYTES}),
     *         {@code EFIRMA_CONTRASENA_INCORRECTA}, {@code EFIRMA_LLAVE_NO_SOPORTADA},
     *         {@code EFIRMA_CERTIFICADO_SIN_RFC}, {@code EFIRMA_CONTRASENA_BORRADA} when the array was already wiped
     *         by an earlier read
     */
    public static Efirma read(Path cerFile, Path keyFile, char[] passwordChars) {
        return read(FileBytes.of(cerFile, "cerFile"), FileBytes.of(keyFile, "keyFile"), passwordChars);
    }

    /**
     * Reads an e.firma from the bytes of its {@code .cer} and {@code .key}.
     *
     * @param cerBytes the certificate's content (not modified)
     * @param keyBytes the key's content (not modified)
     * @param passwordChars the key's password; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #read(Path, Path, char[])}
     */
    public static Efirma read(byte[] cerBytes, byte[] keyBytes, char[] passwordChars) {
        return read(FileBytes.of(cerBytes, "cerBytes"), FileBytes.of(keyBytes, "keyBytes"), passwordChars);
    }

    /**
     * Reads an e.firma from streams of its {@code .cer} and {@code .key} (an upload, say), reading at most
     * {@link #MAX_FILE_BYTES} + 1 bytes of each. The streams are not closed.
     *
     * @param cer the certificate's content
     * @param key the key's content
     * @param passwordChars the key's password; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #read(Path, Path, char[])}
     */
    public static Efirma read(InputStream cer, InputStream key, char[] passwordChars) {
        return read(FileBytes.of(cer, "cer"), FileBytes.of(key, "key"), passwordChars);
    }

    private static Efirma read(FileBytes cer, FileBytes key, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            String keyName = key.name();
            cer.name();
            requireNotWiped(passwordChars, EfirmaFile.KEY, keyName);
            EfirmaCertificate certificate = EfirmaCertificate.read(cer);
            byte[] keyBytes = key.read(EfirmaFile.KEY);
            try {
                return new Efirma(certificate, requireWorking(KeyDecoder.decode(keyBytes, passwordChars, keyName),
                        EfirmaFile.KEY, keyName));
            } finally {
                if (key.owned()) {
                    Arrays.fill(keyBytes, (byte) 0);
                }
            }
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    /**
     * Reads a PKCS#12 file ({@code .pfx}/{@code .p12}) holding one credential: legacy RC2/3DES, PBES2/AES, or
     * with an empty password.
     *
     * @param pfxFile the file
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO}, {@code EFIRMA_ARCHIVO_INVALIDO} (naming the
     *         {@code .pfx}; also a file over {@link #MAX_FILE_BYTES}), {@code EFIRMA_CONTRASENA_INCORRECTA},
     *         {@code EFIRMA_PFX_INCOMPLETO}, {@code EFIRMA_PFX_AMBIGUO} when it holds several credentials (choose
     *         with {@link #readPfx(Path, char[], String)}), {@code EFIRMA_CONTRASENA_BORRADA}
     */
    public static Efirma readPfx(Path pfxFile, char[] passwordChars) {
        return readPfx(FileBytes.of(pfxFile, "pfxFile"), passwordChars, null);
    }

    /**
     * Reads one credential of a PKCS#12 file that may hold several (a FIEL and a CSD, say).
     *
     * @param pfxFile the file
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @param entrada the credential: its alias, its RFC (e.g. {@code EKU9003173C9}) or its número de certificado
     *        (e.g. {@code 30001000000500003416}, or the serial in hex or decimal)
     * @return the e.firma
     * @throws EfirmaException as {@link #readPfx(Path, char[])}; {@code EFIRMA_PFX_ENTRADA_NO_ENCONTRADA} when no
     *         credential matches, {@code EFIRMA_PFX_AMBIGUO} when several do (an RFC with its FIEL and its CSD)
     */
    public static Efirma readPfx(Path pfxFile, char[] passwordChars, String entrada) {
        return readPfx(FileBytes.of(pfxFile, "pfxFile"), passwordChars, requireEntrada(entrada, passwordChars));
    }

    /**
     * Reads a PKCS#12 holding one credential from its bytes.
     *
     * @param pfxBytes the content (not modified)
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #readPfx(Path, char[])}
     */
    public static Efirma readPfx(byte[] pfxBytes, char[] passwordChars) {
        return readPfx(FileBytes.of(pfxBytes, "pfxBytes"), passwordChars, null);
    }

    /**
     * Reads one credential of a PKCS#12 from its bytes.
     *
     * @param pfxBytes the content (not modified)
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @param entrada alias, RFC or número de certificado, as in {@link #readPfx(Path, char[], String)}
     * @return the e.firma
     * @throws EfirmaException as {@link #readPfx(Path, char[], String)}
     */
    public static Efirma readPfx(byte[] pfxBytes, char[] passwordChars, String entrada) {
        return readPfx(FileBytes.of(pfxBytes, "pfxBytes"), passwordChars, requireEntrada(entrada, passwordChars));
    }

    /**
     * Reads a PKCS#12 holding one credential from a stream, reading at most {@link #MAX_FILE_BYTES} + 1 bytes. The
     * stream is not closed.
     *
     * @param pfx the content
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #readPfx(Path, char[])}
     */
    public static Efirma readPfx(InputStream pfx, char[] passwordChars) {
        return readPfx(FileBytes.of(pfx, "pfx"), passwordChars, null);
    }

    /**
     * Reads one credential of a PKCS#12 from a stream, as {@link #readPfx(InputStream, char[])}.
     *
     * @param pfx the content
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @param entrada alias, RFC or número de certificado, as in {@link #readPfx(Path, char[], String)}
     * @return the e.firma
     * @throws EfirmaException as {@link #readPfx(Path, char[], String)}
     */
    public static Efirma readPfx(InputStream pfx, char[] passwordChars, String entrada) {
        return readPfx(FileBytes.of(pfx, "pfx"), passwordChars, requireEntrada(entrada, passwordChars));
    }

    private static String requireEntrada(@Nullable String entrada, char[] passwordChars) {
        if (entrada == null) {
            if (passwordChars != null) {
                Arrays.fill(passwordChars, '\0');
            }
            throw new NullPointerException("entrada");
        }
        return entrada;
    }

    private static Efirma readPfx(FileBytes pfx, char[] passwordChars, @Nullable String entrada) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            String name = pfx.name();
            requireNotWiped(passwordChars, EfirmaFile.PFX, name);
            byte[] bytes = pfx.read(EfirmaFile.PFX);
            try {
                return fromPfx(bytes, passwordChars, name, entrada);
            } finally {
                if (pfx.owned()) {
                    Arrays.fill(bytes, (byte) 0);
                }
            }
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    /**
     * Lists the credentials of a PKCS#12 file (its key entries with their certificates), e.g. to let a person
     * choose. The keys are decrypted to find them and then dropped.
     *
     * @param pfxFile the file
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the entries in the file's order, at least one
     * @throws EfirmaException as {@link #readPfx(Path, char[])}, except {@code EFIRMA_PFX_AMBIGUO}
     */
    public static List<PfxEntry> pfxEntries(Path pfxFile, char[] passwordChars) {
        return pfxEntries(FileBytes.of(pfxFile, "pfxFile"), passwordChars);
    }

    /**
     * Lists the credentials of a PKCS#12 from its bytes.
     *
     * @param pfxBytes the content (not modified)
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the entries in the file's order, at least one
     * @throws EfirmaException as {@link #pfxEntries(Path, char[])}
     */
    public static List<PfxEntry> pfxEntries(byte[] pfxBytes, char[] passwordChars) {
        return pfxEntries(FileBytes.of(pfxBytes, "pfxBytes"), passwordChars);
    }

    /**
     * Lists the credentials of a PKCS#12 read from a stream (at most {@link #MAX_FILE_BYTES} + 1 bytes; the stream
     * is not closed).
     *
     * @param pfx the content
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the entries in the file's order, at least one
     * @throws EfirmaException as {@link #pfxEntries(Path, char[])}
     */
    public static List<PfxEntry> pfxEntries(InputStream pfx, char[] passwordChars) {
        return pfxEntries(FileBytes.of(pfx, "pfx"), passwordChars);
    }

    private static List<PfxEntry> pfxEntries(FileBytes pfx, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            String name = pfx.name();
            requireNotWiped(passwordChars, EfirmaFile.PFX, name);
            return describe(Pkcs12Decoder.decodeAll(pfx.read(EfirmaFile.PFX), passwordChars, name));
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    private static List<PfxEntry> describe(List<Pkcs12Decoder.Entry> entries) {
        List<PfxEntry> described = new ArrayList<>(entries.size());
        for (Pkcs12Decoder.Entry entry : distinct(entries)) {
            described.add(new PfxEntry(entry.alias(), EfirmaCertificate.of(entry.certificate())));
        }
        return List.copyOf(described);
    }

    /** The entries without repeats of the same certificate (some tools store a credential twice). */
    private static List<Pkcs12Decoder.Entry> distinct(List<Pkcs12Decoder.Entry> entries) {
        Map<X509Certificate, Pkcs12Decoder.Entry> byCertificate = new LinkedHashMap<>();
        for (Pkcs12Decoder.Entry entry : entries) {
            byCertificate.putIfAbsent(entry.certificate(), entry);
        }
        return new ArrayList<>(byCertificate.values());
    }

    private static Efirma fromPfx(byte[] bytes, char[] password, String name, @Nullable String entrada) {
        List<Pkcs12Decoder.Entry> entries = distinct(Pkcs12Decoder.decodeAll(bytes, password, name));
        Pkcs12Decoder.Entry entry = choose(entries, entrada, name);
        if (!"RSA".equals(entry.key().getAlgorithm())) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA, EfirmaFile.PFX, null,
                    EfirmaFile.PFX.noun(), name, entry.key().getAlgorithm());
        }
        return new Efirma(EfirmaCertificate.of(entry.certificate()), requireWorking(toJdkKey(entry.key()), EfirmaFile.PFX,
                name));
    }

    private static Pkcs12Decoder.Entry choose(List<Pkcs12Decoder.Entry> entries, @Nullable String entrada,
            String name) {
        List<Pkcs12Decoder.Entry> matching = new ArrayList<>();
        for (Pkcs12Decoder.Entry entry : entries) {
            if (entrada == null || matches(entry, entrada.strip())) {
                matching.add(entry);
            }
        }
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String all = entries.stream().map(Efirma::describe).collect(Collectors.joining("; "));
        if (matching.isEmpty()) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_PFX_ENTRADA_NO_ENCONTRADA, EfirmaFile.PFX, null,
                    EfirmaFile.PFX.noun(), name, entrada, all);
        }
        throw new EfirmaException(EfirmaErrorCode.EFIRMA_PFX_AMBIGUO, EfirmaFile.PFX, null, EfirmaFile.PFX.noun(),
                name, matching.size(), matching.stream().map(Efirma::describe).collect(Collectors.joining("; ")));
    }

    private static String describe(Pkcs12Decoder.Entry entry) {
        try {
            return new PfxEntry(entry.alias(), EfirmaCertificate.of(entry.certificate())).toString();
        } catch (EfirmaException e) {
            return entry.alias() + ": (certificado sin RFC del SAT)";
        }
    }

    private static boolean matches(Pkcs12Decoder.Entry entry, String entrada) {
        if (entry.alias().equalsIgnoreCase(entrada)) {
            return true;
        }
        EfirmaCertificate certificate;
        try {
            certificate = EfirmaCertificate.of(entry.certificate());
        } catch (EfirmaException e) {
            return false;
        }
        if (certificate.rfcText().equalsIgnoreCase(entrada)) {
            return true;
        }
        return NumeroCertificado.validate(entrada).value().map(certificate.numero()::equals).orElse(false);
    }

    /** @return the certificate */
    public EfirmaCertificate certificate() {
        return certificate;
    }

    /**
     * @return whether the private key is the one of the certificate (same RSA modulus and public exponent)
     */
    public boolean keyMatches() {
        return keyMatches;
    }

    /**
     * The sello digital of bytes: Base64 (RFC 4648, no line breaks) of SHA256withRSA over them. Byte-identical
     * to {@code openssl dgst -sha256 -sign key.pem | base64 -w0}.
     *
     * @param data the bytes to sign
     * @return the sello
     * @throws EfirmaException {@code EFIRMA_LLAVE_NO_CORRESPONDE} when the key is not the certificate's (a
     *         sello nobody could verify is never produced)
     */
    public String sello(byte[] data) {
        return Base64.getEncoder().encodeToString(signature(Objects.requireNonNull(data, "data")));
    }

    /**
     * The sello digital of a text (a cadena original): {@link #sello(byte[])} of its UTF-8 bytes.
     *
     * @param cadenaOriginal e.g. {@code "||1.0|BI-20250203-100717151|EKU9003173C9||"}
     * @return the sello
     */
    public String sello(String cadenaOriginal) {
        return sello(cadenaOriginal.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The raw SHA256withRSA signature of bytes.
     *
     * @param data the bytes
     * @return the signature (as long as the modulus, 256 bytes for RSA-2048)
     */
    public byte[] signature(byte[] data) {
        requireMatchingKey();
        try {
            Signature signer = Jca.sha256WithRsa();
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA must sign with an RSA key", e);
        }
    }

    /**
     * A detached CMS (PKCS#7) SignedData of a document: SHA-256 digest, RSA signature, the certificate
     * included, signed attributes content-type, message-digest and signing-time (the given instant; no clock
     * is read). Verifiable with {@link CmsSignatures#verifyDetached(byte[], byte[])} and with
     * {@code openssl cms -verify -binary -inform DER -content document -noverify}.
     *
     * @param document the signed bytes (not included in the result)
     * @param signingTime the instant written as signing-time
     * @return the DER encoding of the ContentInfo
     */
    public byte[] cmsDetached(byte[] document, Instant signingTime) {
        requireMatchingKey();
        return CmsSigner.signDetached(certificate.x509(), privateKey, Objects.requireNonNull(document, "document"),
                Objects.requireNonNull(signingTime, "signingTime"));
    }

    /**
     * Exports the credential as a PKCS#12 file ({@code .pfx}) under a new password: the key in a PBES2 bag with
     * AES-256-CBC and PBKDF2-HMAC-SHA256 (10,000 iterations), the certificate likewise encrypted, the whole
     * protected by an HMAC-SHA256 MAC; the entry's alias is the número de certificado. Read by OpenSSL 1.1.1 and
     * later, the JDK, Windows 10 and later, and {@link #readPfx(Path, char[])}.
     *
     * @param newPasswordChars the password of the file; <b>wiped</b> before this method returns
     * @return the DER of the PFX
     */
    public byte[] toPkcs12(char[] newPasswordChars) {
        Objects.requireNonNull(newPasswordChars, "newPasswordChars");
        try {
            return Exports.pkcs12(privateKey, certificate.x509(), certificate.numero().toString(), newPasswordChars,
                    new SecureRandom());
        } finally {
            Arrays.fill(newPasswordChars, '\0');
        }
    }

    /**
     * The private key re-encrypted under a new password, as encrypted PKCS#8 DER exactly like the {@code .key}
     * the SAT issues (PBES2, PBKDF2-HMAC-SHA1 with an 8-byte salt and 2048 iterations, DES-EDE3-CBC), so that the
     * SAT's own software and every tool that reads its files read it. The password is encrypted with as its
     * windows-1252 bytes, as the SAT's software does (UTF-8 for characters windows-1252 lacks); the loaders of
     * this class try both.
     *
     * @param newPasswordChars the new password; <b>wiped</b> before this method returns
     * @return the new {@code .key} content
     */
    public byte[] toEncryptedKey(char[] newPasswordChars) {
        Objects.requireNonNull(newPasswordChars, "newPasswordChars");
        List<char[]> forms = Passwords.eightBitCandidates(newPasswordChars);
        byte[] passwordBytes = new byte[forms.get(0).length];
        try {
            char[] first = forms.get(0); // windows-1252 when it can encode the password, else UTF-8
            for (int i = 0; i < first.length; i++) {
                passwordBytes[i] = (byte) first[i];
            }
            return Exports.satKey(privateKey, passwordBytes, new SecureRandom());
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            Passwords.wipe(forms);
            Arrays.fill(newPasswordChars, '\0');
        }
    }

    /** @return e.g. {@code Efirma[EKU9003173C9, FIEL, 30001000000500003415]}; never key material */
    @Override
    public String toString() {
        return "Efirma[" + certificate.rfcText() + ", " + certificate.kind() + ", " + certificate.numero() + "]";
    }

    /**
     * A password array that is all {@code '\0'} was wiped by an earlier load (every loader wipes what it gets):
     * reporting it as a wrong password would send support to the customer for a bug of the host.
     */
    private static void requireNotWiped(char[] password, EfirmaFile file, String name) {
        if (password.length == 0) {
            return; // the empty password of a PFX is a real one
        }
        for (char c : password) {
            if (c != '\0') {
                return;
            }
        }
        throw new EfirmaException(EfirmaErrorCode.EFIRMA_CONTRASENA_BORRADA, file, null, file.noun(), name);
    }

    private void requireMatchingKey() {
        if (!keyMatches) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_LLAVE_NO_CORRESPONDE, EfirmaFile.KEY, null,
                    certificate.numero());
        }
    }

    private static boolean matches(EfirmaCertificate certificate, PrivateKey key) {
        if (!(certificate.publicKey() instanceof RSAPublicKey publicKey)) {
            return false;
        }
        if (key instanceof RSAPrivateCrtKey crt) {
            return crt.getModulus().equals(publicKey.getModulus())
                    && crt.getPublicExponent().equals(publicKey.getPublicExponent());
        }
        if (key instanceof java.security.interfaces.RSAPrivateKey rsa
                && !rsa.getModulus().equals(publicKey.getModulus())) {
            return false;
        }
        return signVerifies(certificate, key);
    }

    private static boolean signVerifies(EfirmaCertificate certificate, PrivateKey key) {
        byte[] probe = BigInteger.valueOf(0x5A7L).toByteArray();
        try {
            Signature signer = Signature.getInstance(SELLO_ALGORITHM);
            signer.initSign(key);
            signer.update(probe);
            Signature verifier = Signature.getInstance(SELLO_ALGORITHM);
            verifier.initVerify(certificate.publicKey());
            verifier.update(probe);
            return verifier.verify(signer.sign());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * Signs a probe with the key alone. A key whose private components are inconsistent (a damaged file whose
     * modulus and exponent survived) cannot sign anything; it is refused when loaded, naming the file, instead of
     * passing {@link #keyMatches()} on its modulus and failing every later sello (found by fuzzing the loader).
     */
    private static PrivateKey requireWorking(PrivateKey key, EfirmaFile file, String name) {
        try {
            Signature signer = Signature.getInstance(SELLO_ALGORITHM);
            signer.initSign(key);
            signer.update(BigInteger.valueOf(0x5A7L).toByteArray());
            signer.sign();
            return key;
        } catch (GeneralSecurityException | RuntimeException e) {
            // No cause attached: the provider's exception may describe the key's components.
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, file, null, file.noun(), name,
                    "la llave RSA está dañada: sus componentes no son consistentes y no puede firmar");
        }
    }

    /** Re-encodes a key from another provider as a JDK key, so signing runs on the JDK's RSA. */
    private static PrivateKey toJdkKey(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            return key;
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            return key;
        } finally {
            Arrays.fill(encoded, (byte) 0);
        }
    }
}
