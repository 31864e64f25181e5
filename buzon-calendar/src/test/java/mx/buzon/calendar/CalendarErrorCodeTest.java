package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.ErrorCode;
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

    @Test
    void exception_isTheSdkRoot_soAHostCatchesOneType() {
        BuzonException caught;
        try {
            ReferenceCalendars.imss().strict().isBusinessDay(java.time.LocalDate.of(2099, 3, 3));
            throw new AssertionError("strict mode must refuse an unconfirmed year");
        } catch (BuzonException e) {
            caught = e;
        }
        assertThat(caught).isInstanceOf(CalendarException.class);
        assertThat(caught.errorCode()).isSameAs(CalendarErrorCode.CALENDARIO_ANIO_SIN_DATOS);
        assertThat(caught.code()).isEqualTo("CALENDARIO_ANIO_SIN_DATOS");
        ErrorCode asShared = CalendarErrorCode.CP_FORMATO_INVALIDO;
        assertThat(asShared.message("12")).isEqualTo(CalendarErrorCode.CP_FORMATO_INVALIDO.message("12"));
    }
}
