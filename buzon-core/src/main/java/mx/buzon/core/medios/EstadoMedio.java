package mx.buzon.core.medios;

/**
 * Where a medio de contacto stands (Lineamientos 5.1, 5.2, 5.6).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EstadoMedio {
    /** Registered, its code sent, waiting for confirmation within 72 hours ("En proceso"). */
    PENDIENTE,
    /** Confirmed with its code ("Validado"). */
    VALIDADO,
    /** Not confirmed within 72 hours: cancelled; the particular must register it again (5.2). */
    CANCELADO_POR_VENCIMIENTO,
    /** Cancelled after {@value MediosContactoWorkflow#MAX_INTENTOS_VALIDACION} wrong codes; register it again. */
    CANCELADO_POR_INTENTOS,
    /** Removed by the particular or replaced by a newer mobile ("Fecha de Baja"). */
    ELIMINADO;

    /** @return whether the medio still counts (pending or validated) */
    public boolean vigente() {
        return this == PENDIENTE || this == VALIDADO;
    }
}
