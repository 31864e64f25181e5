package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The catalogue of codes is stable, enumerable and every message can be filled. */
class AcuseErrorCodeTest {

    @Test
    void codes_areUpperSnakeSpanishAndPrefixedAcuse() {
        assertThat(AcuseErrorCode.values()).allSatisfy(code -> {
            assertThat(code.code()).matches("ACUSE_[A-Z]+(_[A-Z]+)*").isEqualTo(code.name());
            assertThat(code.messageTemplate()).isNotBlank().endsWith(".");
        });
        assertThat(Arrays.stream(AcuseErrorCode.values()).map(AcuseErrorCode::code).distinct())
                .hasSize(AcuseErrorCode.values().length);
    }

    @Test
    void message_everyTemplate_fillsWithoutLeftoverPlaceholders() {
        for (AcuseErrorCode code : AcuseErrorCode.values()) {
            String message = code.message("X", "Y");
            assertThat(message).as(code.code()).doesNotContain("%s").doesNotContain("%%PDF");
        }
        assertThat(AcuseErrorCode.ACUSE_PDF_TRUNCADO.message()).contains("%%EOF");
        assertThat(AcuseErrorCode.ACUSE_NO_ES_PDF.message()).contains("%PDF-");
    }

    @Test
    void exception_carriesCodeAndFilledMessage() {
        AcuseException e = AcuseException.of(AcuseErrorCode.ACUSE_DEMASIADO_GRANDE, null, 4096);

        assertThat(e.code()).isEqualTo("ACUSE_DEMASIADO_GRANDE");
        assertThat(e.errorCode()).isEqualTo(AcuseErrorCode.ACUSE_DEMASIADO_GRANDE);
        assertThat(e.getMessage()).isEqualTo(String.format(Locale.ROOT,
                AcuseErrorCode.ACUSE_DEMASIADO_GRANDE.messageTemplate(), 4096));
    }
}
