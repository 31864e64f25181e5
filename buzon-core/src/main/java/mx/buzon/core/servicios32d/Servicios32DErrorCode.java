package mx.buzon.core.servicios32d;

import mx.buzon.problem.ErrorCode;

/**
 * Why a 32-D service refuses a command (relación de trámites 9.1 and 9.3; Guía 32D Autorización de Opinión
 * Pública, Guía 32-D). Stable codes; Spanish messages a person can act on.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Servicios32DErrorCode implements ErrorCode {
    /** The third party is already authorized. */
    SERVICIO_32D_TERCERO_YA_AUTORIZADO("El RFC %s ya está autorizado para consultar su opinión del cumplimiento desde el %s; "
            + "no es necesario autorizarlo de nuevo."),
    /** Cancelling a third party that is not authorized. */
    SERVICIO_32D_TERCERO_NO_AUTORIZADO("El RFC %s no está autorizado para consultar su opinión del cumplimiento; no hay "
            + "autorización que cancelar."),
    /** Authorizing one's own RFC. */
    SERVICIO_32D_TERCERO_ES_EL_PARTICULAR("El RFC %s es el suyo: un tercero autorizado es otra persona (relación de trámites 9.1). "
            + "Para consultar su propia opinión use \"32D Consultar Mi Opinión\" (9.4)."),
    /** A generic RFC (público en general, extranjero) cannot be a third party. */
    SERVICIO_32D_TERCERO_RFC_GENERICO("El RFC %s es genérico y no identifica a una persona; indique el RFC del tercero."),
    /** The opinión pública is already authorized. */
    SERVICIO_32D_OPINION_PUBLICA_YA_AUTORIZADA("Ya autorizó hacer pública su opinión del cumplimiento el %s; no es necesario "
            + "autorizarlo de nuevo."),
    /** Cancelling an opinión pública that is not authorized. */
    SERVICIO_32D_OPINION_PUBLICA_NO_AUTORIZADA("No ha autorizado hacer pública su opinión del cumplimiento; no hay autorización "
            + "que cancelar."),
    /** A command dated before the last recorded movement. */
    SERVICIO_32D_INSTANTE_ANTERIOR("El movimiento con fecha %s es anterior al último registrado (%s); verifique la "
            + "fecha y hora.");

    private final String template;

    Servicios32DErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
