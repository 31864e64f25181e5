package mx.buzon.core.medios;

/**
 * A kind of medio de contacto (Lineamientos 5.1: "al menos una dirección de correo electrónico y hasta cinco, así
 * como un número de teléfono móvil").
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Mecanismo {
    /** An e-mail address: 1 to {@value MediosContactoWorkflow#MAX_CORREOS} per ámbito. */
    CORREO_ELECTRONICO("Correo electrónico"),
    /** A 10-digit mobile number: exactly one per ámbito. */
    TELEFONO_MOVIL("Teléfono móvil");

    private final String spanish;

    Mecanismo(String spanish) {
        this.spanish = spanish;
    }

    /** @return the Spanish name, e.g. {@code "Correo electrónico"} */
    public String spanish() {
        return spanish;
    }
}
