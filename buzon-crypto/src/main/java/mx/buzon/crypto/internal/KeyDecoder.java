package mx.buzon.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.buzon.crypto.EfirmaErrorCode;
import mx.buzon.crypto.EfirmaException;
import mx.buzon.crypto.EfirmaFile;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.MD5Digest;
import org.bouncycastle.crypto.generators.OpenSSLPBEParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.openssl.PEMDecryptor;
import org.bouncycastle.openssl.PEMDecryptorProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code .key} in every form seen in practice: encrypted PKCS#8 DER as the SAT issues it (PBES2,
 * PBKDF2-HMAC-SHA1, 3DES-CBC), the same in PEM, plain PKCS#8 (DER or PEM), PKCS#1 (DER, PEM, or PEM with an
 * OpenSSL {@code Proc-Type} encryption header).
 *
 * <p>Structure is checked before decryption, so a truncated or foreign file is reported as
 * {@code EFIRMA_ARCHIVO_INVALIDO}, and any failure after a well-formed encrypted structure (bad padding,
 * garbage plaintext, whatever exception the cipher throws) as {@code EFIRMA_CONTRASENA_INCORRECTA}.
 * The caller's password array is only read; the copies made here are wiped.
 */
public final class KeyDecoder {

    private KeyDecoder() {
    }

    /**
     * @param bytes the file's content
     * @param password the password (ignored for unencrypted keys; not modified)
     * @param name the file's name for messages
     * @return the RSA private key
     */
    public static PrivateKey decode(byte[] bytes, char[] password, String name) {
        if (Encodings.hasBom(bytes)) {
            byte[] content = Encodings.withoutBom(bytes);
            try {
                return decodeContent(content, password, name);
            } finally {
                Arrays.fill(content, (byte) 0);
            }
        }
        return decodeContent(bytes, password, name);
    }

    private static PrivateKey decodeContent(byte[] bytes, char[] password, String name) {
        if (Encodings.isPem(bytes)) {
            return decodePem(bytes, password, name);
        }
        byte[] der = bytes;
        if (bytes.length == 0 || bytes[0] != 0x30) {
            Optional<byte[]> base64 = Encodings.bareBase64(bytes);
            if (base64.isEmpty()) {
                throw invalid(name, bytes.length == 0 ? "está vacío" : "no es DER ni PEM", null);
            }
            der = base64.get();
        }
        int length = Encodings.firstElementLength(der);
        if (length > 0 && length < der.length && Encodings.onlyWhitespace(der, length)) {
            // A CRLF appended by a mail client or an FTP transfer: the key is the DER before it.
            byte[] key = Arrays.copyOf(der, length);
            try {
                return decodeDer(key, password, name);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        return decodeDer(der, password, name);
    }

    private static PrivateKey decodeDer(byte[] der, char[] password, String name) {
        ASN1Sequence sequence;
        try {
            sequence = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "la estructura DER está incompleta o dañada", e);
        }
        if (sequence.size() == 2 && sequence.getObjectAt(0) instanceof ASN1Sequence
                && sequence.getObjectAt(1) instanceof ASN1OctetString) {
            EncryptedPrivateKeyInfo info;
            try {
                info = EncryptedPrivateKeyInfo.getInstance(sequence);
            } catch (RuntimeException e) {
                throw invalid(name, "la llave cifrada está dañada", e);
            }
            return decryptPkcs8(new PKCS8EncryptedPrivateKeyInfo(info), password, name);
        }
        if (isPkcs1(sequence)) {
            return toRsaKey(pkcs1ToPkcs8(sequence, name), name);
        }
        try {
            return toRsaKey(PrivateKeyInfo.getInstance(sequence), name);
        } catch (EfirmaException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(name, "no es una llave privada PKCS#8 ni PKCS#1", e);
        }
    }

    private static boolean isPkcs1(ASN1Sequence sequence) {
        if (sequence.size() < 9) {
            return false;
        }
        for (ASN1Encodable element : sequence) {
            if (!(element instanceof ASN1Integer)) {
                return false;
            }
        }
        return true;
    }

    private static PrivateKeyInfo pkcs1ToPkcs8(ASN1Sequence sequence, String name) {
        try {
            RSAPrivateKey rsa = RSAPrivateKey.getInstance(sequence);
            return new PrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                    rsa);
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "la llave PKCS#1 está dañada", e);
        }
    }

    private static PrivateKey decryptPkcs8(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password, String name) {
        Optional<String> tooCostly = KdfLimits.excessive(encrypted.getEncryptionAlgorithm());
        if (tooCostly.isPresent()) {
            throw invalid(name, tooCostly.get(), null);
        }
        List<char[]> candidates = Passwords.eightBitCandidates(password);
        try {
            for (char[] candidate : candidates) {
                Optional<PrivateKey> key = tryDecrypt(encrypted, candidate, name);
                if (key.isPresent()) {
                    return key.get();
                }
            }
            throw wrongPassword(name);
        } finally {
            Passwords.wipe(candidates);
        }
    }

    private static Optional<PrivateKey> tryDecrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] candidate,
            String name) {
        PrivateKeyInfo info;
        try {
            info = encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.provider()).build(candidate));
        } catch (Exception e) {
            // Wrong key material shows up as bad padding, an ASN.1 error, or anything else the cipher throws.
            return Optional.empty();
        }
        try {
            return Optional.of(toRsaKey(info, name));
        } catch (EfirmaException e) {
            if (e.errorCode() == EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA) {
                throw e;
            }
            return Optional.empty();
        }
    }

    private static PrivateKey decodePem(byte[] bytes, char[] password, String name) {
        try (Reader text = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
                PEMParser parser = new PEMParser(text)) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    return decryptPkcs8(encrypted, password, name);
                }
                if (object instanceof PrivateKeyInfo info) {
                    return toRsaKey(info, name);
                }
                if (object instanceof PEMKeyPair pair) {
                    return toRsaKey(pair.getPrivateKeyInfo(), name);
                }
                if (object instanceof PEMEncryptedKeyPair encrypted) {
                    return decryptLegacyPem(encrypted, password, name);
                }
                // Other blocks (a certificate in an all-in-one PEM) are skipped.
            }
            throw invalid(name, "el texto PEM no contiene una llave privada", null);
        } catch (EfirmaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "el texto PEM está dañado", e);
        }
    }

    private static PrivateKey decryptLegacyPem(PEMEncryptedKeyPair encrypted, char[] password, String name) {
        List<char[]> candidates = Passwords.eightBitCandidates(password);
        try {
            for (char[] candidate : candidates) {
                PEMKeyPair pair;
                try {
                    pair = encrypted.decryptKeyPair(decryptor(encrypted.getDekAlgName(), candidate));
                } catch (Exception e) {
                    continue;
                }
                try {
                    return toRsaKey(pair.getPrivateKeyInfo(), name);
                } catch (EfirmaException e) {
                    if (e.errorCode() == EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA) {
                        throw e;
                    }
                }
            }
            throw wrongPassword(name);
        } finally {
            Passwords.wipe(candidates);
        }
    }

    /**
     * The decryptor of an OpenSSL {@code DEK-Info} PEM for one 8-bit candidate. Bouncy Castle's own decryptor
     * turns the password's characters into UTF-8, so a key encrypted with the Latin-1 or windows-1252 bytes of
     * {@code contraseña} would never open; for the ciphers OpenSSL writes ({@code DES-EDE3-CBC}, {@code DES-CBC},
     * {@code AES-128/192/256-CBC}) the key is derived here from the candidate's bytes exactly as OpenSSL's
     * {@code EVP_BytesToKey} does (MD5, one iteration, the first 8 bytes of the IV as salt).
     */
    private static PEMDecryptorProvider decryptor(String dekAlgorithm, char[] candidate) throws OperatorCreationException {
        String[] cipher = legacyCipher(dekAlgorithm);
        if (cipher == null) {
            return new JcePEMDecryptorProviderBuilder().setProvider(Bc.provider()).build(candidate);
        }
        return algorithm -> new PEMDecryptor() {
            @Override
            public byte[] decrypt(byte[] keyBytes, byte[] iv) throws PEMException {
                byte[] passwordBytes = new byte[candidate.length];
                for (int i = 0; i < candidate.length; i++) {
                    passwordBytes[i] = (byte) candidate[i];
                }
                byte[] secret = null;
                try {
                    OpenSSLPBEParametersGenerator generator = new OpenSSLPBEParametersGenerator(new MD5Digest());
                    generator.init(passwordBytes, Arrays.copyOf(iv, 8));
                    int keyBytesLength = Integer.parseInt(cipher[2]);
                    secret = ((KeyParameter) generator.generateDerivedParameters(keyBytesLength * 8)).getKey();
                    Cipher decrypting = Cipher.getInstance(cipher[1], Bc.provider());
                    decrypting.init(Cipher.DECRYPT_MODE, new SecretKeySpec(secret, cipher[0]), new IvParameterSpec(iv));
                    return decrypting.doFinal(keyBytes);
                } catch (GeneralSecurityException | RuntimeException e) {
                    throw new PEMException("no se pudo descifrar");
                } finally {
                    Arrays.fill(passwordBytes, (byte) 0);
                    if (secret != null) {
                        Arrays.fill(secret, (byte) 0);
                    }
                }
            }
        };
    }

    /** @return {JCA key algorithm, transformation, key length in bytes} of a DEK-Info cipher, or null */
    private static String @Nullable [] legacyCipher(String dekAlgorithm) {
        switch (dekAlgorithm.toUpperCase(java.util.Locale.ROOT)) {
            case "DES-EDE3-CBC":
                return new String[] {"DESede", "DESede/CBC/PKCS5Padding", "24"};
            case "DES-CBC":
                return new String[] {"DES", "DES/CBC/PKCS5Padding", "8"};
            case "AES-128-CBC":
                return new String[] {"AES", "AES/CBC/PKCS5Padding", "16"};
            case "AES-192-CBC":
                return new String[] {"AES", "AES/CBC/PKCS5Padding", "24"};
            case "AES-256-CBC":
                return new String[] {"AES", "AES/CBC/PKCS5Padding", "32"};
            default:
                return null;
        }
    }

    /** Converts with the JDK's own RSA factory, so signing runs on the JDK's fast RSA implementation. */
    static PrivateKey toRsaKey(PrivateKeyInfo info, String name) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_LLAVE_NO_SOPORTADA, EfirmaFile.KEY, null,
                    EfirmaFile.KEY.noun(), name, info.getPrivateKeyAlgorithm().getAlgorithm().getId());
        }
        byte[] encoded = null;
        try {
            encoded = info.getEncoded();
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw invalid(name, "la llave RSA está dañada", null);
        } finally {
            if (encoded != null) {
                Arrays.fill(encoded, (byte) 0);
            }
        }
    }

    private static EfirmaException wrongPassword(String name) {
        return new EfirmaException(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA, EfirmaFile.KEY, null,
                EfirmaFile.KEY.noun(), name);
    }

    private static EfirmaException invalid(String name, String why, @Nullable Throwable cause) {
        return new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.KEY, cause,
                EfirmaFile.KEY.noun(), name, why);
    }
}
