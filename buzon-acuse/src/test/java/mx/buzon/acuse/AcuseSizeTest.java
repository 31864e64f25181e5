package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.DatosParticular;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An acuse is kept for five years, often by the million: each one, sealed, stays at or below 50,000 bytes, with
 * the demo data and with the longest name a particular may have.
 */
class AcuseSizeTest {

    static final int LIMIT = 50_000;

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_demoData_isAtMost50000Bytes(AcuseTipo tipo) {
        byte[] pdf = AcuseIssuerTest.issue(tipo).pdf();

        assertThat(pdf.length).as(tipo.name()).isLessThanOrEqualTo(LIMIT);
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void everyTipo_longestName_isAtMost50000Bytes(AcuseTipo tipo) {
        Acuse base = DomainAcuses.of(tipo);
        Acuse longest = Acuse.of(tipo, base.folio(), base.emitidoEn(), base.zonaDomicilio(),
                DatosParticular.of(base.particular().rfc(), longestName()), base.campos());

        AcuseIssuer issuer = DomainAcuses.issuer();
        byte[] pdf = (tipo.firmaParticular() ? issuer.issue(longest, DomainAcuses.ERIKA.efirma())
                : issuer.issue(longest)).pdf();

        assertThat(pdf.length).as(tipo.name()).isLessThanOrEqualTo(LIMIT);
    }

    /** A razón social of {@link DatosParticular#MAX_NOMBRE} characters, with the accents of Spanish. */
    private static String longestName() {
        StringBuilder name = new StringBuilder();
        String[] words = {"COMERCIALIZADORA", "INTERNACIONAL", "DE", "SERVICIOS", "ADMINISTRATIVOS", "Y",
            "TECNOLÓGICOS", "DEL", "NOROESTE", "MEXICANO", "ÑANDÚ", "Y", "ASOCIADOS"};
        for (int i = 0; name.length() < DatosParticular.MAX_NOMBRE; i++) {
            name.append(words[i % words.length]).append(' ');
        }
        return name.substring(0, DatosParticular.MAX_NOMBRE - " SA DE CV".length()).strip() + " SA DE CV";
    }
}
