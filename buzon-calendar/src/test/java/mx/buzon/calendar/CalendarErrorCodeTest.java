package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The error catalogue: stable, enumerable, Spanish, fillable. */
class CalendarErrorCodeTest {

    @Test
    void codes_upperSnakeAsciiAndUnique() {
        assertThat(CalendarErrorCode.values()).allSatisfy(code -> {
            assertThat(code.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
            assertThat(code.messageTemplate()).isNotBlank().doesNotEndWith(" ");
        });
        assertThat(Arrays.stream(CalendarErrorCode.values()).map(CalendarErrorCode::code).distinct().count())
                .isEqualTo(CalendarErrorCode.values().length);
    }

    @Test
    void message_filledWithRootLocale_noPlaceholderLeft() {
        for (CalendarErrorCode code : CalendarErrorCode.values()) {
            Object[] args = {"a", "b", "c", "d", "e"};
            assertThat(code.message(args)).doesNotContain("%s");
        }
    }

    @Test
    void exception_carriesCodeAndSpanishMessage() {
        CalendarException e = new CalendarException(CalendarErrorCode.CP_FORMATO_INVALIDO, "12");
        assertThat(e.code()).isEqualTo("CP_FORMATO_INVALIDO");
        assertThat(e.errorCode()).isEqualTo(CalendarErrorCode.CP_FORMATO_INVALIDO);
        assertThat(e.getMessage()).contains("\"12\"", "5 dígitos");
    }
}
