package mx.buzon.core.notificacion;

import mx.buzon.problem.ErrorCode;

/**
 * Why the notification workflow refuses a command (Lineamientos 7.1–7.5, Transitorio Segundo; CFF art. 134
 * fr. I). Stable codes; Spanish messages a person can act on.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum NotificacionErrorCode implements ErrorCode {
    /** The acto is not yet available in the Buzón on that day (Transitorio Segundo). */
    NOTIFICACION_ACTO_NO_DISPONIBLE("El acto %s (%s) aún no está disponible para notificarse por el Buzón IMSS el %s "
            + "(Transitorio Segundo de los Lineamientos); notifíquelo por otro medio o registre su anuncio."),
    /** An opening before the aviso was sent. */
    NOTIFICACION_APERTURA_ANTES_DEL_AVISO("La apertura (%s) es anterior al envío del aviso (%s); un documento no "
            + "puede abrirse antes de su aviso (Lineamientos 7.3, 7.4). Verifique la fecha y hora."),
    /** A command dated before the last recorded event. */
    NOTIFICACION_INSTANTE_ANTERIOR("El movimiento con fecha %s es anterior al último registrado (%s); verifique la "
            + "fecha y hora."),
    /** Deeming notified while the three días hábiles to open are still running. */
    NOTIFICACION_PLAZO_PARA_ABRIR_VIGENTE("La notificación aún no puede tenerse por realizada: el plazo para abrir "
            + "el documento corre hasta el %s y se tendrá por notificada el %s a las 09:30 (Zona Centro) "
            + "(Lineamientos 7.4, 7.5)."),
    /** Deeming notified a document the particular already opened. */
    NOTIFICACION_YA_ABIERTA("La notificación %s ya se realizó por apertura del documento el %s; no puede tenerse por "
            + "notificada al cuarto día (Lineamientos 7.5).");

    private final String template;

    NotificacionErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
