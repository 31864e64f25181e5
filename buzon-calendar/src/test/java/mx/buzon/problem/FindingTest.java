package mx.buzon.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {

    private enum SampleCode implements ErrorCode {
        MONTO_NEGATIVO("El monto %s es negativo; capture un monto mayor o igual a cero.");

        private final String template;

        SampleCode(String template) {
            this.template = template;
        }

        @Override
        public String code() {
            return name();
        }

        @Override
        public String messageTemplate() {
            return template;
        }
    }

    @Test
    void error_fillsTemplateAndKeepsValue() {
        Finding f = Finding.error(SampleCode.MONTO_NEGATIVO, "-1.5", "-1.5");
        assertThat(f.code()).isEqualTo("MONTO_NEGATIVO");
        assertThat(f.isError()).isTrue();
        assertThat(f.message()).isEqualTo("El monto -1.5 es negativo; capture un monto mayor o igual a cero.");
        assertThat(f.offendingValue()).contains("-1.5");
    }

    @Test
    void message_isFormattedWithRootLocale_notTheDefaultTurkishOne() {
        // The suite runs under tr-TR: a locale-sensitive format would print 1,5 or dotless i.
        assertThat(SampleCode.MONTO_NEGATIVO.message(1.5)).contains("1.5");
    }

    @Test
    void of_fromParts_equalsCatalogued() {
        Finding a = Finding.warning(SampleCode.MONTO_NEGATIVO, null, "x");
        Finding b = Finding.of("MONTO_NEGATIVO", Severity.WARNING, a.message());
        assertThat(b).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(b.isError()).isFalse();
    }

    @Test
    void of_blankCode_isRejected() {
        assertThatThrownBy(() -> Finding.of(" ", Severity.ERROR, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code");
    }

    @Test
    void buzonException_carriesStableCode() {
        BuzonException e = new BuzonException(SampleCode.MONTO_NEGATIVO, SampleCode.MONTO_NEGATIVO.message("-2"), null);
        assertThat(e.code()).isEqualTo("MONTO_NEGATIVO");
        assertThat(e.getMessage()).contains("-2");
    }
}
