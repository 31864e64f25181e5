package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * No initialised signer outlives a call (issue 15): with per-request loads on pooled threads, a per-instance
 * {@code ThreadLocal<Signature>} kept a reference to the private key in every thread that signed. Speed is kept by
 * a cached provider instance instead (measured in EfirmaBench/PairedRatio).
 */
class SignerLifetimeTest {

    @Test
    void efirmaAndCertificate_haveNoThreadLocalNorSignatureField() {
        for (Class<?> type : new Class<?>[] {Efirma.class, EfirmaCertificate.class}) {
            assertThat(Arrays.stream(type.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
                    .map(Field::getType)).as(type.getSimpleName())
                    .doesNotContain(ThreadLocal.class, java.security.Signature.class);
        }
    }

    @Test
    void signAndVerifyAfterAFailedVerification_stillCorrect() {
        Efirma efirma = Fixtures.load(Fixtures.EKU_FIEL_2023);
        byte[] data = {1, 2, 3};
        String sello = efirma.sello(data);

        assertThat(efirma.certificate().verifiesSignature(data, new byte[] {0, 1})).isFalse(); // malformed
        assertThat(efirma.certificate().verifiesSello(data, sello)).isTrue();
        assertThat(efirma.sello(data)).isEqualTo(sello);
    }
}
