package mx.buzon.calendar.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import org.junit.jupiter.api.Test;

/** The tzdb check (2022g or later) and Zona Centro. */
class MexicanTimeTest {

    @Test
    void requireCurrentTzdb_thisJvm_passes() {
        assertThatCode(MexicanTime::requireCurrentTzdb).doesNotThrowAnyException();
        assertThat(MexicanTime.ZONA_CENTRO.getId()).isEqualTo("America/Mexico_City");
    }

    @Test
    void requireCurrentTzdb_withoutCiudadJuarez_failsWithTypedError() {
        Set<String> old = new HashSet<>(ZoneId.getAvailableZoneIds());
        old.remove("America/Ciudad_Juarez");
        assertThatThrownBy(() -> MexicanTime.requireCurrentTzdb(old, id -> ZoneOffset.ofHours(-6), "2022b"))
                .isInstanceOf(CalendarException.class).hasMessageContaining("2022b")
                .extracting(e -> ((CalendarException) e).errorCode())
                .isEqualTo(CalendarErrorCode.ZONA_HORARIA_BASE_DESACTUALIZADA);
    }

    @Test
    void requireCurrentTzdb_centroStillWithSummerTime_failsWithTypedError() {
        assertThatThrownBy(() -> MexicanTime.requireCurrentTzdb(ZoneId.getAvailableZoneIds(),
                id -> ZoneOffset.ofHours(-5), "2022a")).isInstanceOf(CalendarException.class);
    }
}
