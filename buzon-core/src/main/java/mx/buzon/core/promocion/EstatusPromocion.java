package mx.buzon.core.promocion;

/**
 * The status of a promoción as the tablero shows it (Guía de Promociones Electrónicas, VI–VIII).
 *
 * <p>Transitions ({@link PromocionWorkflow}): {@link #RECIBIDA}, {@link #EN_PRORROGA} and {@link #CANALIZADA}
 * accept a response (to {@link #ATENDIDA}), a prórroga (to {@link #EN_PRORROGA}) and a canalización (to
 * {@link #CANALIZADA}); {@link #ATENDIDA} is final.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EstatusPromocion {
    /** Received; the acuse de recepción was issued. */
    RECIBIDA("Recibida"),
    /** The response date was extended; acuse de prórroga (Guía de Promociones, VII). */
    EN_PRORROGA("En prórroga"),
    /** Sent to another asunto with a new response date; acuse de canalización (Guía de Promociones, VIII). */
    CANALIZADA("Canalizada"),
    /** Answered; acuse de respuesta (Guía de Promociones, VI). Final. */
    ATENDIDA("Atendida");

    private final String texto;

    EstatusPromocion(String texto) {
        this.texto = texto;
    }

    /** @return the text the tablero shows, e.g. {@code En prórroga} */
    public String texto() {
        return texto;
    }

    /** @return {@code true} for {@link #ATENDIDA}, which admits no further movement */
    public boolean isFinal() {
        return this == ATENDIDA;
    }
}
