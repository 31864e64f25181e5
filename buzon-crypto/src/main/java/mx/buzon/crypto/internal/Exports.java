package mx.buzon.crypto.internal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERBMPString;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12PfxPduBuilder;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS12SafeBagBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCS12MacCalculatorBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;

/**
 * Writes a credential out again: as PKCS#12 (PBES2 with AES-256-CBC and PBKDF2-HMAC-SHA256, MAC HMAC-SHA256),
 * and the private key alone as encrypted PKCS#8 DER exactly as the SAT writes its {@code .key} (PBES2,
 * PBKDF2-HMAC-SHA1 with an 8-byte salt and 2048 iterations, DES-EDE3-CBC).
 *
 * <p>Passwords are only read; every copy made here is wiped.
 */
public final class Exports {

    /** PBKDF2 iterations of the PKCS#12 export (the JDK's own default for PKCS#12). */
    public static final int PKCS12_ITERATIONS = 10_000;
    /** PBKDF2 iterations of the SAT's {@code .key} files. */
    public static final int SAT_KEY_ITERATIONS = 2048;

    private Exports() {
    }

    /**
     * @param key the private key (RSA)
     * @param certificate its certificate
     * @param friendlyName the alias written for the entry
     * @param password the new password (not modified)
     * @param random where salts and IVs come from
     * @return the DER of the PFX
     */
    public static byte[] pkcs12(PrivateKey key, X509Certificate certificate, String friendlyName, char[] password,
            SecureRandom random) {
        try {
            AlgorithmIdentifier sha256Prf = new AlgorithmIdentifier(PKCSObjectIdentifiers.id_hmacWithSHA256,
                    DERNull.INSTANCE);
            OutputEncryptor encryptor = new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(Bc.provider()).setPRF(sha256Prf).setIterationCount(PKCS12_ITERATIONS)
                    .setRandom(random).build(password);
            byte[] localKeyId = MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded());
            PKCS12SafeBagBuilder certificateBag = new JcaPKCS12SafeBagBuilder(certificate);
            certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName));
            certificateBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(localKeyId));
            PKCS12SafeBagBuilder keyBag = new JcaPKCS12SafeBagBuilder(key, encryptor);
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_friendlyName, new DERBMPString(friendlyName));
            keyBag.addBagAttribute(PKCSObjectIdentifiers.pkcs_9_at_localKeyId, new DEROctetString(localKeyId));
            PKCS12PfxPduBuilder builder = new PKCS12PfxPduBuilder();
            builder.addEncryptedData(new JcePKCSPBEOutputEncryptorBuilder(NISTObjectIdentifiers.id_aes256_CBC)
                    .setProvider(Bc.provider()).setPRF(sha256Prf).setIterationCount(PKCS12_ITERATIONS)
                    .setRandom(random).build(password), new PKCS12SafeBag[] {certificateBag.build()});
            builder.addData(keyBag.build());
            PKCS12PfxPdu pfx = builder.build(new JcePKCS12MacCalculatorBuilder(NISTObjectIdentifiers.id_sha256)
                    .setProvider(Bc.provider()).setIterationCount(PKCS12_ITERATIONS), password);
            return pfx.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | PKCSException | IOException e) {
            throw new IllegalStateException("a loaded RSA credential must export as PKCS#12", e);
        }
    }

    /**
     * @param key the private key
     * @param passwordBytes the password's bytes (the SAT's tools use windows-1252); not modified
     * @param random where the salt and IV come from
     * @return the encrypted PKCS#8 DER, in the SAT's form
     */
    public static byte[] satKey(PrivateKey key, byte[] passwordBytes, SecureRandom random) {
        byte[] plain = key.getEncoded();
        byte[] secret = null;
        try {
            byte[] salt = new byte[8];
            byte[] iv = new byte[8];
            random.nextBytes(salt);
            random.nextBytes(iv);
            PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA1Digest());
            generator.init(passwordBytes, salt, SAT_KEY_ITERATIONS);
            secret = ((KeyParameter) generator.generateDerivedParameters(24 * 8)).getKey();
            Cipher cipher = Cipher.getInstance("DESede/CBC/PKCS5Padding", Bc.provider());
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(secret, "DESede"), new IvParameterSpec(iv));
            byte[] encrypted = cipher.doFinal(plain);
            PBES2Parameters parameters = new PBES2Parameters(
                    new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, SAT_KEY_ITERATIONS)),
                    new EncryptionScheme(PKCSObjectIdentifiers.des_EDE3_CBC, new DEROctetString(iv)));
            return new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, parameters),
                    encrypted).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("a loaded RSA key must encrypt as PKCS#8", e);
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
            if (secret != null) {
                Arrays.fill(secret, (byte) 0);
            }
        }
    }

}
