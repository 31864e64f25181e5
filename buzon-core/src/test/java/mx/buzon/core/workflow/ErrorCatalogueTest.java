package mx.buzon.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.medios.MediosErrorCode;
import mx.buzon.core.notificacion.NotificacionErrorCode;
import mx.buzon.core.promocion.PromocionErrorCode;
import mx.buzon.core.servicios32d.Servicios32DErrorCode;
import mx.buzon.core.workflow.internal.Steps;
import mx.buzon.problem.ErrorCode;
import org.junit.jupiter.api.Test;

/** The workflows' codes are stable UPPER_SNAKE strings, unique, with Spanish messages whose placeholders fill. */
public class ErrorCatalogueTest {

    /** The one list of the workflows' codes, the one the JSON reads rejections back with. */
    public static final List<ErrorCode> CODES = Steps.REJECTION_CODES;

    @Test
    void codigos_unicosEnMayusculasConGuionBajo() {
        Set<String> seen = new HashSet<>();
        for (ErrorCode code : CODES) {
            assertThat(code.code()).matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");
            assertThat(seen.add(code.code())).as(code.code()).isTrue();
            assertThat(code.code()).isEqualTo(((Enum<?>) code).name());
        }
        assertThat(CODES).hasSize(PromocionErrorCode.values().length + NotificacionErrorCode.values().length
                + Servicios32DErrorCode.values().length + MediosErrorCode.values().length + ContactoErrorCode.values().length);
        for (ErrorCode code : CODES) {
            assertThat(Steps.rejectionCode(code.code())).isSameAs(code);
        }
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
        Rejection r = Rejection.of(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO, "123", "123");
        assertThat(r.code()).isEqualTo("TELEFONO_FORMATO_INVALIDO");
        assertThat(r.mainFinding().code()).isEqualTo(r.code());
        assertThat(r.mainFinding().isError()).isTrue();
        assertThat(r.message()).isEqualTo(r.mainFinding().message()).contains("\"123\"");
        assertThat(r.offendingValue()).contains("123");
        assertThat(r.is(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO)).isTrue();
        assertThat(Rejection.from(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO,
                mx.buzon.core.contacto.Telefono.findProblem("123").orElseThrow())).isEqualTo(r);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rejection.from(MediosErrorCode.MEDIOS_CODIGO_INCORRECTO,
                mx.buzon.core.contacto.Telefono.findProblem("123").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
