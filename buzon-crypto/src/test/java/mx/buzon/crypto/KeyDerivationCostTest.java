package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.MacData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A key file names its own key-derivation cost; an uploaded file asking for billions of PBKDF2 iterations must be
 * refused at once, not make the server work for minutes (found by reading the loaders while writing the fuzz
 * harnesses: nothing bounded the iteration count).
 */
class KeyDerivationCostTest {

    private static final BigInteger TWO_BILLION = BigInteger.valueOf(2_000_000_000L);

    @Test
    @Timeout(5)
    void key_withTwoBillionPbkdf2Iterations_isRefusedAsInvalidWithoutDeriving() throws Exception {
        byte[] sat = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
        byte[] costly = withIterations(sat, TWO_BILLION);
        long start = System.nanoTime();
        assertThatThrownBy(() -> Efirma.read(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer")), costly,
                Fixtures.password()))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
                    assertThat(e.file()).contains(EfirmaFile.KEY);
                })
                .hasMessageContaining("2000000000 iteraciones").hasMessageContaining("1000000");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void key_withTheSatsIterationCountRewritten_stillOpens() throws Exception {
        // The rewrite itself is faithful: the same 2048 iterations give back a working key.
        byte[] sat = Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.key"));
        Efirma efirma = Efirma.read(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer")),
                withIterations(sat, BigInteger.valueOf(2048)), Fixtures.password());
        assertThat(efirma.keyMatches()).isTrue();
    }

    @Test
    @Timeout(5)
    void pfx_withAMacOfTwoBillionIterations_isRefusedAsInvalidWithoutDeriving() throws Exception {
        Pfx pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(
                Fixtures.bytes(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"))));
        MacData mac = pfx.getMacData();
        byte[] costly = new Pfx(pfx.getAuthSafe(), new MacData(mac.getMac(), mac.getSalt(), TWO_BILLION.intValue()))
                .getEncoded();
        assertThatThrownBy(() -> Efirma.readPfx(costly, "swpass".toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
                    assertThat(e.file()).contains(EfirmaFile.PFX);
                })
                .hasMessageContaining("2000000000 iteraciones");
    }

    /** The SAT key with its PBKDF2 iteration count replaced (salt, cipher and ciphertext unchanged). */
    static byte[] withIterations(byte[] satKey, BigInteger iterations) throws Exception {
        EncryptedPrivateKeyInfo info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(satKey));
        AlgorithmIdentifier alg = info.getEncryptionAlgorithm();
        assertThat(alg.getAlgorithm()).isEqualTo(PKCSObjectIdentifiers.id_PBES2);
        PBES2Parameters pbes2 = PBES2Parameters.getInstance(alg.getParameters());
        PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
        PBKDF2Params costly = new PBKDF2Params(kdf.getSalt(), iterations.intValueExact(), kdf.getPrf());
        PBES2Parameters rewritten = new PBES2Parameters(
                new KeyDerivationFunc(PKCSObjectIdentifiers.id_PBKDF2, costly), pbes2.getEncryptionScheme());
        return new EncryptedPrivateKeyInfo(new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, rewritten),
                info.getEncryptedData()).getEncoded();
    }
}
