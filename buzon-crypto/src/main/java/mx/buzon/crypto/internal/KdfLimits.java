package mx.buzon.crypto.internal;

import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Bounds on the work a key file may ask for before a password is tried.
 *
 * <p>An encrypted {@code .key} or a {@code .pfx} names its own key-derivation cost (PBKDF2 or PKCS#12 iteration
 * count, scrypt's N·r·p). A file people upload must not be able to make the server derive keys for minutes: the SAT
 * issues 2,048 iterations, OpenSSL and Windows 2,000–10,000, the JDK's own PKCS#12 reader refuses more than
 * 5,000,000. Files asking for more than {@link #MAX_ITERATIONS} iterations (about two seconds of PBKDF2 on a
 * server core) or more than {@link #MAX_SCRYPT_BYTES} of scrypt memory are refused as invalid, unread.
 */
final class KdfLimits {

    /** The most iterations a key derivation may ask for. */
    static final int MAX_ITERATIONS = 1_000_000;
    /** The most memory (128·N·r·p bytes) an scrypt derivation may ask for. */
    static final long MAX_SCRYPT_BYTES = 64L * 1024 * 1024;

    private KdfLimits() {
    }

    /**
     * @param algorithm an encrypted key's algorithm (PBES2, PKCS#12 PBE or PKCS#5 PBES1)
     * @return why its cost is refused, in Spanish, when it is too high
     */
    static Optional<String> excessive(AlgorithmIdentifier algorithm) {
        try {
            ASN1ObjectIdentifier oid = algorithm.getAlgorithm();
            ASN1Encodable params = algorithm.getParameters();
            if (params == null) {
                return Optional.empty();
            }
            if (PKCSObjectIdentifiers.id_PBES2.equals(oid)) {
                KeyDerivationFunc kdf = PBES2Parameters.getInstance(params).getKeyDerivationFunc();
                if (PKCSObjectIdentifiers.id_PBKDF2.equals(kdf.getAlgorithm())) {
                    return iterations(PBKDF2Params.getInstance(kdf.getParameters()).getIterationCount());
                }
                if (MiscObjectIdentifiers.id_scrypt.equals(kdf.getAlgorithm())) {
                    ScryptParams s = ScryptParams.getInstance(kdf.getParameters());
                    BigInteger bytes = BigInteger.valueOf(128).multiply(s.getCostParameter())
                            .multiply(s.getBlockSize()).multiply(s.getParallelizationParameter());
                    return bytes.compareTo(BigInteger.valueOf(MAX_SCRYPT_BYTES)) > 0
                            ? Optional.of("pide " + bytes + " bytes de memoria para derivar la clave (scrypt; el máximo"
                                    + " aceptado es " + MAX_SCRYPT_BYTES + ")")
                            : Optional.empty();
                }
                return Optional.empty();
            }
            if (oid.on(PKCSObjectIdentifiers.pkcs_12PbeIds)) {
                return iterations(PKCS12PBEParams.getInstance(params).getIterations());
            }
            if (oid.on(PKCSObjectIdentifiers.pkcs_5)) {
                ASN1Sequence pbes1 = ASN1Sequence.getInstance(params);
                if (pbes1.size() == 2) {
                    return iterations(org.bouncycastle.asn1.ASN1Integer.getInstance(pbes1.getObjectAt(1)).getValue());
                }
            }
            return Optional.empty();
        } catch (RuntimeException malformed) {
            // Parameters that do not parse cannot be used to derive anything: the decryptor reports them.
            return Optional.empty();
        }
    }

    /**
     * Checks every cost a PFX declares before it is opened: its MAC, its encrypted contents, and the key bags of
     * its plain contents. Bags inside encrypted contents are bounded by the JDK reader's own limit.
     *
     * @param pfx the parsed PFX
     * @return why it is refused, when some declared cost is too high
     */
    static Optional<String> excessive(Pfx pfx) {
        try {
            MacData mac = pfx.getMacData();
            if (mac != null) {
                Optional<String> why = iterations(mac.getIterationCount());
                if (why.isPresent()) {
                    return why;
                }
            }
            ContentInfo auth = pfx.getAuthSafe();
            if (!PKCSObjectIdentifiers.data.equals(auth.getContentType())) {
                return Optional.empty();
            }
            AuthenticatedSafe safe = AuthenticatedSafe.getInstance(
                    ASN1OctetString.getInstance(auth.getContent()).getOctets());
            for (ContentInfo info : safe.getContentInfo()) {
                Optional<String> why = excessive(info);
                if (why.isPresent()) {
                    return why;
                }
            }
            return Optional.empty();
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static Optional<String> excessive(ContentInfo info) {
        if (PKCSObjectIdentifiers.encryptedData.equals(info.getContentType())) {
            return excessive(EncryptedData.getInstance(info.getContent()).getEncryptionAlgorithm());
        }
        if (PKCSObjectIdentifiers.data.equals(info.getContentType())) {
            ASN1Sequence bags = ASN1Sequence.getInstance(ASN1OctetString.getInstance(info.getContent()).getOctets());
            for (ASN1Encodable element : bags) {
                SafeBag bag = SafeBag.getInstance(element);
                if (PKCSObjectIdentifiers.pkcs8ShroudedKeyBag.equals(bag.getBagId())) {
                    Optional<String> why = excessive(
                            EncryptedPrivateKeyInfo.getInstance(bag.getBagValue()).getEncryptionAlgorithm());
                    if (why.isPresent()) {
                        return why;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> iterations(BigInteger count) {
        if (count.bitLength() > 31 || count.intValue() > MAX_ITERATIONS) {
            return Optional.of("pide " + count + " iteraciones para derivar la clave (el máximo aceptado es "
                    + MAX_ITERATIONS + "; el SAT usa 2048): no se intentó descifrar");
        }
        return Optional.empty();
    }
}
