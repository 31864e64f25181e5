package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A key file whose modulus and public exponent are intact but whose CRT components are damaged. Before the fix
 * it loaded, passed {@code keyMatches()} (which compared only the modulus and exponent) and then every sello failed
 * with an {@code IllegalStateException}; found by fuzzing the {@code .key} loader in its first second (corpus file
 * {@code EfirmaFuzzTestInputs/key/crash-8495af91...}).
 */
class DamagedKeyTest {

    private static final String PASSWORD = Fixtures.SAT_TEST_PASSWORD;

    @Test
    void read_keyWithInconsistentCrtComponents_isRefusedAsADamagedKeyNamingTheFile() throws Exception {
        Efirma good = Fixtures.load(Fixtures.EKU_FIEL_2023);
        byte[] damaged = damagedCopyOfTheSatKey();
        assertThatThrownBy(() -> Efirma.read(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer")), damaged,
                PASSWORD.toCharArray()))
                .isInstanceOfSatisfying(EfirmaException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO);
                    assertThat(e.file()).contains(EfirmaFile.KEY);
                    assertThat(e.getCause()).isNull();
                })
                .hasMessageContaining("dañada");
        assertThat(good.keyMatches()).isTrue();
    }

    /** The SAT EKU9003173C9 FIEL key, unencrypted, with its first CRT exponent changed by two. */
    static byte[] damagedCopyOfTheSatKey() throws Exception {
        String pem = new String(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("private_key.unencrypted.key.pem")),
                java.nio.charset.StandardCharsets.US_ASCII);
        Efirma plain = Efirma.read(Fixtures.bytes(Fixtures.EKU_FIEL_2023.resolve("certificate.cer")),
                pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII), new char[0]);
        assertThat(plain.keyMatches()).isTrue();
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(java.util.Base64.getDecoder().decode(base64)));
        RSAPrivateCrtKeySpec spec = new RSAPrivateCrtKeySpec(key.getModulus(), key.getPublicExponent(),
                key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ(),
                key.getPrimeExponentP().add(BigInteger.TWO), key.getPrimeExponentQ(), key.getCrtCoefficient());
        return rsa.generatePrivate(spec).getEncoded();
    }
}
