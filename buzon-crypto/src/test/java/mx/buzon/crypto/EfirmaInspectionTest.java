package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mx.buzon.core.id.Persona;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/** What {@code buzon efirma inspect} prints, for the SAT's fixtures. */
class EfirmaInspectionTest {

    private static final EfirmaValidator ACTUACIONES = EfirmaValidator.forActuaciones(TrustAnchors.satPruebas());

    @Test
    void of_currentFielPersonaMoral_everyFieldAndNoProblems() {
        EfirmaInspection i = EfirmaInspection.of(Fixtures.load(Fixtures.EKU_FIEL_2023), ACTUACIONES,
                Fixtures.NOON_2026_11_22);

        assertThat(i.rfc()).isEqualTo("EKU9003173C9");
        assertThat(i.rfcRepresentante()).contains("VADA800927DJ3");
        assertThat(i.curp()).isEmpty();
        assertThat(i.curpRepresentante()).contains("VADA800927HSRSRL05");
        assertThat(i.nombre()).isEqualTo("ESCUELA KEMPER URGATE SA DE CV");
        assertThat(i.nombreSinRegimenCapital()).isEqualTo("ESCUELA KEMPER URGATE");
        assertThat(i.persona()).isEqualTo(Persona.MORAL);
        assertThat(i.tipo()).isEqualTo(CertificateKind.FIEL);
        assertThat(i.noCertificado()).hasToString("30001000000500003415");
        assertThat(i.validoDesde()).isEqualTo(Instant.parse("2023-05-18T04:37:14Z"));
        assertThat(i.validoHasta()).isEqualTo(Instant.parse("2027-05-17T04:37:14Z"));
        assertThat(i.vigente()).isTrue();
        assertThat(i.llaveCorresponde()).isTrue();
        assertThat(i.findings().isEmpty()).isTrue();
        assertThat(i.isValid()).isTrue();
    }

    /** Issue 15: a 14-part record accepted any combination (vigente=true with an expired validity, ...). */
    @Test
    void construction_onlyThroughOf_soThePartsCannotContradictTheEfirma() {
        assertThat(EfirmaInspection.class.isRecord()).isFalse();
        assertThat(EfirmaInspection.class.getConstructors()).isEmpty();
        Efirma eku = Fixtures.load(Fixtures.EKU_FIEL_2023);
        EfirmaInspection i = EfirmaInspection.of(eku, ACTUACIONES, Fixtures.NOON_2026_11_22);
        assertThat(i).isEqualTo(EfirmaInspection.of(eku, ACTUACIONES, Fixtures.NOON_2026_11_22))
                .hasSameHashCodeAs(EfirmaInspection.of(eku, ACTUACIONES, Fixtures.NOON_2026_11_22));
        assertThat(i.toString()).startsWith("EfirmaInspection[rfc=EKU9003173C9, ")
                .contains("noCertificado=30001000000500003415");
        EfirmaInspection later = EfirmaInspection.of(eku, ACTUACIONES, Instant.parse("2028-01-01T00:00:00Z"));
        assertThat(later.vigente()).isFalse();
        assertThat(later).isNotEqualTo(i);
    }

    @Test
    void of_loadWarnings_listedFirst() {
        Finding warning = Finding.warning(EfirmaErrorCode.EFIRMA_CADENA_NO_REVISADA, null, "30001000000500003415");
        EfirmaInspection i = EfirmaInspection.of(Fixtures.load(Fixtures.EKU_FIEL_2023), ACTUACIONES,
                Fixtures.NOON_2026_11_22, java.util.List.of(warning));
        assertThat(i.findings()).first().isEqualTo(warning);
        assertThat(i.isValid()).isTrue();
    }

    @Test
    void of_expiredCsdPersonaFisica_problemsListed() {
        EfirmaInspection i = EfirmaInspection.of(Fixtures.load(Fixtures.dir("expired-2019-set/CACX7605101P8_CSD_2019")),
                ACTUACIONES, Fixtures.NOON_2026_11_22);

        assertThat(i.curp()).contains("CACX760510MGTSHC04");
        assertThat(i.rfcRepresentante()).isEmpty();
        assertThat(i.vigente()).isFalse();
        assertThat(i.curpRepresentante()).isEmpty();
        assertThat(i.findings()).extracting(Finding::code).containsExactly("EFIRMA_VENCIDA", "EFIRMA_ES_CSD",
                "EFIRMA_CA_NO_VIGENTE", "EFIRMA_CA_NO_VIGENTE");
        assertThat(i.findings().isEmpty()).isFalse();
        assertThat(i.isValid()).isFalse();
    }

    @Test
    void of_onlyAWarning_isValidButNotWithoutProblems() {
        // The SAT's 2017 test FIEL of AAA010101AAA: its RFC fails the strict check digit, a warning only.
        EfirmaValidator rules = EfirmaValidator.of(EfirmaChecks.rfcCheckDigit());
        EfirmaInspection i = EfirmaInspection.of(Fixtures.load(Fixtures.AAA_FIEL_2017), rules,
                Fixtures.NOON_2026_11_22);

        assertThat(i.findings()).extracting(Finding::code).containsExactly("EFIRMA_RFC_DIGITO_VERIFICADOR");
        assertThat(i.isValid()).isTrue();
        assertThat(i.findings().isEmpty()).isFalse();
    }
}
