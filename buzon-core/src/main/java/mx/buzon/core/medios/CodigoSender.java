package mx.buzon.core.medios;

import java.time.Instant;

/**
 * The host's delivery of validation codes by SMS or e-mail (Lineamientos 5.2: "El Instituto enviará un aviso
 * para la validación a los medios de contacto registrados"). Implementations must not log the code.
 *
 * <p>Implementations used from several threads must be thread-safe.
 */
@FunctionalInterface
public interface CodigoSender {

    /**
     * Sends a code to a medio.
     *
     * @param medio the pending medio (its mecanismo and valor say where to send)
     * @param codigo the code; read {@link CodigoValidacion#digitos()} to send it
     * @param venceEn the last instant it is accepted, to tell the particular
     */
    void enviar(MedioContacto medio, CodigoValidacion codigo, Instant venceEn);
}
