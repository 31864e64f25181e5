package mx.buzon.core.medios;

import java.util.Objects;
import mx.buzon.core.Finding;

/**
 * A rejected command: a stable code and the Spanish message a person can act on, e.g.
 * {@code Rechazo[CODIGO_INCORRECTO, "El código de validación no es correcto. Le quedan 2 intentos."]}.
 * Never contains the code the particular typed. Immutable and thread-safe.
 *
 * @param codigo the stable code
 * @param mensaje the Spanish message
 */
public record Rechazo(MediosCodigo codigo, String mensaje) {

    /** Checks for null. */
    public Rechazo {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    static Rechazo of(MediosCodigo codigo, Object... args) {
        return new Rechazo(codigo, codigo.message(args));
    }

    /** @return the same as an error {@link Finding}, for hosts that report findings */
    public Finding toFinding() {
        return Finding.of(codigo.code(), mx.buzon.core.Severity.ERROR, mensaje, java.util.Optional.empty());
    }
}
