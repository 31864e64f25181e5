package mx.buzon.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mx.buzon.crypto.CertificateKind;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.TrustAnchors;
import org.junit.jupiter.api.Test;

class SatTestEfirmaTest {

    private static final Instant SUNDAY_2026_11_22 = Instant.parse("2026-11-22T16:00:00Z");

    @Test
    void everyBundledEfirma_loads_isTheNamedRfcsFiel_validForActuaciones() {
        for (SatTestEfirma test : SatTestEfirma.values()) {
            Efirma efirma = test.efirma();
            assertThat(efirma.certificate().rfcText()).as(test.name()).isEqualTo(test.rfc());
            assertThat(test.name()).startsWith(test.rfc() + "_FIEL_");
            assertThat(efirma.certificate().kind()).isEqualTo(CertificateKind.FIEL);
            assertThat(efirma.keyMatches()).isTrue();
            assertThat(EfirmaValidator.forActuaciones(TrustAnchors.satPruebas()).validate(efirma, SUNDAY_2026_11_22)
                    .findings()).as(test.name()).isEmpty();
        }
    }

    @Test
    void password_isAFreshCopyWithoutLineBreak() {
        char[] first = SatTestEfirma.EKU9003173C9_FIEL_2023.password();
        assertThat(new String(first)).isEqualTo("12345678a");
        first[0] = 'x';
        assertThat(SatTestEfirma.EKU9003173C9_FIEL_2023.password()[0]).isEqualTo('1');
    }
}
