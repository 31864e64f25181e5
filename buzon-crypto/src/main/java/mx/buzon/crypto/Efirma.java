package mx.buzon.crypto;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import mx.buzon.crypto.internal.CertificateDecoder;
import mx.buzon.crypto.internal.CmsSigner;
import mx.buzon.crypto.internal.KeyDecoder;
import mx.buzon.crypto.internal.Pkcs12Decoder;

/**
 * An e.firma (FIEL) or CSD ready to sign: the certificate and its private key, loaded from the files a person
 * has on disk.
 *
 * <p>Example:
 * <pre>{@code
 * Efirma efirma = Efirma.load(Path.of("EKU9003173C9.cer"), Path.of("EKU9003173C9.key"), passwordChars);
 * String sello = efirma.sello("||1.0|BI-20250203-100717151|...||");
 * }</pre>
 *
 * <p><b>Passwords.</b> Every factory takes the password as {@code char[]} and <em>wipes that array</em>
 * (fills it with {@code '\0'}) before returning, whether it succeeds or throws; the copies it makes while
 * decrypting are wiped too. The caller must not reuse the array; to try again, read the password again.
 * A non-ASCII password is tried as its windows-1252 bytes (what the SAT's software uses) and then as UTF-8.
 * The password never appears in a message, a log or a {@code toString}.
 *
 * <p>Loading checks only that the files can be read. That the key belongs to the certificate, that the
 * certificate is valid, is a FIEL, belongs to the expected RFC or chains to the SAT is what
 * {@link EfirmaValidator} reports. {@link #keyMatches()} answers the first question directly.
 *
 * <p>Immutable and thread-safe: each thread signs with its own initialised {@link Signature}, kept for reuse
 * (a thread that signed keeps a reference to the key until the e.firma is garbage-collected and the thread
 * touches its thread-locals again). Holds a private key: do not log it, do not serialise it.
 */
public final class Efirma {

    /** The algorithm of the sello digital: RSA PKCS#1 v1.5 over SHA-256. */
    public static final String SELLO_ALGORITHM = "SHA256withRSA";

    private final EfirmaCertificate certificate;
    private final PrivateKey privateKey;
    private final boolean keyMatches;
    /** One initialised signer per thread: a {@link Signature} is not thread-safe, and creating one per sello costs. */
    private final ThreadLocal<Signature> signers;

    private Efirma(EfirmaCertificate certificate, PrivateKey privateKey) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.keyMatches = matches(certificate, privateKey);
        this.signers = ThreadLocal.withInitial(this::newSigner);
    }

    /**
     * Loads a {@code .cer} and {@code .key} pair from disk.
     *
     * @param cerFile the certificate: DER (as the SAT issues it), PEM or Base64
     * @param keyFile the private key: encrypted PKCS#8 DER (as the SAT issues it), PEM, plain PKCS#8, PKCS#1
     * @param passwordChars the key's password; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO}, {@code EFIRMA_ARCHIVO_INVALIDO} (naming the
     *         {@code .cer} or the {@code .key}), {@code EFIRMA_CONTRASENA_INCORRECTA},
     *         {@code EFIRMA_LLAVE_NO_SOPORTADA}, {@code EFIRMA_CERTIFICADO_SIN_RFC}
     */
    public static Efirma load(Path cerFile, Path keyFile, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            Objects.requireNonNull(cerFile, "cerFile");
            Objects.requireNonNull(keyFile, "keyFile");
            EfirmaCertificate certificate = EfirmaCertificate.of(
                    CertificateDecoder.decode(FileBytes.read(cerFile, EfirmaFile.CER), FileBytes.name(cerFile)));
            byte[] keyBytes = FileBytes.read(keyFile, EfirmaFile.KEY);
            try {
                return new Efirma(certificate, requireWorking(
                        KeyDecoder.decode(keyBytes, passwordChars, FileBytes.name(keyFile)), EfirmaFile.KEY,
                        FileBytes.name(keyFile)));
            } finally {
                Arrays.fill(keyBytes, (byte) 0);
            }
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    /**
     * Loads an e.firma from the bytes of its {@code .cer} and {@code .key}.
     *
     * @param cerBytes the certificate's content
     * @param keyBytes the key's content (not modified)
     * @param passwordChars the key's password; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #load(Path, Path, char[])}
     */
    public static Efirma of(byte[] cerBytes, byte[] keyBytes, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            Objects.requireNonNull(cerBytes, "cerBytes");
            Objects.requireNonNull(keyBytes, "keyBytes");
            EfirmaCertificate certificate = EfirmaCertificate.of(CertificateDecoder.decode(cerBytes, "(en memoria)"));
            return new Efirma(certificate, requireWorking(KeyDecoder.decode(keyBytes, passwordChars, "(en memoria)"),
                    EfirmaFile.KEY, "(en memoria)"));
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    /**
     * Loads a PKCS#12 file ({@code .pfx}/{@code .p12}): legacy RC2/3DES, PBES2/AES, or with an empty password.
     *
     * @param pfxFile the file
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO}, {@code EFIRMA_ARCHIVO_INVALIDO} (naming the
     *         {@code .pfx}), {@code EFIRMA_CONTRASENA_INCORRECTA}, {@code EFIRMA_PFX_INCOMPLETO}
     */
    public static Efirma loadPfx(Path pfxFile, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            Objects.requireNonNull(pfxFile, "pfxFile");
            return fromPfx(FileBytes.read(pfxFile, EfirmaFile.PFX), passwordChars, FileBytes.name(pfxFile));
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    /**
     * Loads a PKCS#12 from its bytes.
     *
     * @param pfxBytes the content
     * @param passwordChars the password, possibly empty; <b>wiped</b> before this method returns
     * @return the e.firma
     * @throws EfirmaException as {@link #loadPfx(Path, char[])}
     */
    public static Efirma ofPfx(byte[] pfxBytes, char[] passwordChars) {
        Objects.requireNonNull(passwordChars, "passwordChars");
        try {
            Objects.requireNonNull(pfxBytes, "pfxBytes");
            return fromPfx(pfxBytes, passwordChars, "(en memoria)");
        } finally {
            Arrays.fill(passwordChars, '\0');
        }
    }

    private static Efirma fromPfx(byte[] bytes, char[] password, String name) {
        Pkcs12Decoder.Entry entry = Pkcs12Decoder.decode(bytes, password, name);
        if (!"RSA".equals(entry.key().getAlgorithm())) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA, EfirmaFile.PFX, null,
                    EfirmaFile.PFX.noun(), name, entry.key().getAlgorithm());
        }
        return new Efirma(EfirmaCertificate.of(entry.certificate()), requireWorking(toJdkKey(entry.key()), EfirmaFile.PFX,
                name));
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
        Signature signer = signers.get();
        try {
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException | RuntimeException e) {
            signers.remove(); // never reuse a signer left in an unknown state
            throw new IllegalStateException("SHA256withRSA must sign with an RSA key", e);
        }
    }

    private Signature newSigner() {
        try {
            Signature signer = Signature.getInstance(SELLO_ALGORITHM);
            signer.initSign(privateKey);
            return signer;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA must be available and accept an RSA key", e);
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

    /** @return e.g. {@code Efirma[EKU9003173C9, FIEL, 30001000000500003415]}; never key material */
    @Override
    public String toString() {
        return "Efirma[" + certificate.rfcText() + ", " + certificate.kind() + ", " + certificate.numero() + "]";
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
