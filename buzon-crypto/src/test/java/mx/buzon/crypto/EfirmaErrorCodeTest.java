package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EfirmaErrorCodeTest {

    @Test
    void codes_stableUpperSnakeWithPrefixAndUnique() {
        assertThat(EfirmaErrorCode.values()).allSatisfy(code -> {
            assertThat(code.code()).isEqualTo(code.name()).matches("EFIRMA_[A-Z_]+");
            assertThat(code.messageTemplate()).isNotBlank().endsWith(".");
        });
        assertThat(Arrays.stream(EfirmaErrorCode.values()).map(EfirmaErrorCode::code).distinct())
                .hasSize(EfirmaErrorCode.values().length);
    }

    @Test
    void message_fillsEveryPlaceholder() {
        for (EfirmaErrorCode code : EfirmaErrorCode.values()) {
            String filled = code.message("a", "b", "c", "d");
            assertThat(filled).as(code.code()).doesNotContain("%s");
        }
    }
}
