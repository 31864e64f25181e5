package mx.buzon.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.misc.MiscObjectIdentifiers;
import org.bouncycastle.asn1.misc.ScryptParams;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCS12PBEParams;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/** The cost limits at their boundaries, for each way an encrypted key can name its cost. */
class KdfLimitsTest {

    private static final byte[] SALT = new byte[8];
    private static final EncryptionScheme AES = new EncryptionScheme(NISTObjectIdentifiers.id_aes256_CBC,
            new DEROctetString(new byte[16]));

    static AlgorithmIdentifier pbes2(KeyDerivationFunc kdf) {
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, AES));
    }

    static AlgorithmIdentifier pbkdf2(int iterations) {
        return pbes2(new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(SALT, iterations)));
    }

    @Test
    void excessive_pbkdf2_acceptsTheLimitAndRefusesOneMore() {
        assertThat(KdfLimits.excessive(pbkdf2(2048))).isEmpty();
        assertThat(KdfLimits.excessive(pbkdf2(KdfLimits.MAX_ITERATIONS))).isEmpty();
        assertThat(KdfLimits.excessive(pbkdf2(KdfLimits.MAX_ITERATIONS + 1))).get().asString()
                .contains("1000001 iteraciones");
    }

    @Test
    void excessive_pkcs12PbeAndPbes1_areBoundedToo() {
        AlgorithmIdentifier pkcs12 = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
                new PKCS12PBEParams(SALT, KdfLimits.MAX_ITERATIONS + 1));
        assertThat(KdfLimits.excessive(pkcs12)).isPresent();
        AlgorithmIdentifier pbes1 = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHA1AndDES_CBC,
                new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {new DEROctetString(SALT),
                    new ASN1Integer(BigInteger.valueOf(KdfLimits.MAX_ITERATIONS + 1L))}));
        assertThat(KdfLimits.excessive(pbes1)).isPresent();
        AlgorithmIdentifier pbes1Ok = new AlgorithmIdentifier(PKCSObjectIdentifiers.pbeWithSHA1AndDES_CBC,
                new DERSequence(new org.bouncycastle.asn1.ASN1Encodable[] {new DEROctetString(SALT),
                    new ASN1Integer(2048)}));
        assertThat(KdfLimits.excessive(pbes1Ok)).isEmpty();
    }

    @Test
    void excessive_scrypt_isBoundedByTheMemoryItNeeds() {
        // 128 * N * r * p bytes: N=2^14, r=8, p=1 is 16 MiB (OpenSSL's default); N=2^20, r=8 is 1 GiB.
        assertThat(KdfLimits.excessive(pbes2(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt,
                new ScryptParams(SALT, 1 << 14, 8, 1, 32))))).isEmpty();
        assertThat(KdfLimits.excessive(pbes2(new KeyDerivationFunc(MiscObjectIdentifiers.id_scrypt,
                new ScryptParams(SALT, 1 << 20, 8, 1, 32))))).get().asString().contains("scrypt");
    }

    @Test
    void excessive_parametersThatDoNotParse_areLeftToTheDecryptor() {
        assertThat(KdfLimits.excessive(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2,
                new DEROctetString(new byte[] {1, 2, 3})))).isEmpty();
    }
}
