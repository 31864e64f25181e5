package mx.buzon.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mx.buzon.core.ErrorCode;
import mx.buzon.core.notificacion.NotificacionCodigo;
import mx.buzon.core.promocion.PromocionCodigo;
import mx.buzon.core.servicios32d.Servicios32DCodigo;
import org.junit.jupiter.api.Test;

/** The workflows' codes are stable UPPER_SNAKE strings, unique, with Spanish messages whose placeholders fill. */
public class ErrorCatalogueTest {

    public static final List<ErrorCode> CODES = Stream.of(PromocionCodigo.values(), NotificacionCodigo.values(),
            Servicios32DCodigo.values()).flatMap(Stream::of).map(ErrorCode.class::cast).toList();

    @Test
    void codigos_unicosEnMayusculasConGuionBajo() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode code : CODES) {
            assertThat(code.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
            assertThat(seen.add(code.code())).as(code.code()).isTrue();
            assertThat(code.code()).isEqualTo(((Enum<?>) code).name());
        }
        assertThat(CODES).hasSize(PromocionCodigo.values().length + NotificacionCodigo.values().length
                + Servicios32DCodigo.values().length);
    }

    @Test
    void mensajes_seLlenanSinPlaceholdersSobrantes() {
        for (ErrorCode code : CODES) {
            long placeholders = code.messageTemplate().split("%s", -1).length - 1L;
            Object[] args = Stream.generate(() -> "VALOR").limit(placeholders).toArray();
            String message = code.message(args);
            assertThat(message).as(code.code()).doesNotContain("%").endsWith(".");
            assertThat(message.length()).as(code.code()).isGreaterThan(30);
        }
    }

    @Test
    void rechazo_llevaCodigoMensajeYHallazgo() {
        Rejection r = Rejection.of(PromocionCodigo.PROMOCION_TELEFONO_INVALIDO, "123", "123");
        assertThat(r.principal().code()).isEqualTo("PROMOCION_TELEFONO_INVALIDO");
        assertThat(r.principal().isError()).isTrue();
        assertThat(r.mensaje()).isEqualTo(r.principal().message()).contains("\"123\"");
        assertThat(r.valor()).contains("123");
        assertThat(r.is(PromocionCodigo.PROMOCION_TELEFONO_INVALIDO)).isTrue();
    }
}
