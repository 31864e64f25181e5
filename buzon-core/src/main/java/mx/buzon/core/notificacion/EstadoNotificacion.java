package mx.buzon.core.notificacion;

/**
 * Where an electronic notification stands (Lineamientos 7.3–7.5; CFF art. 134 fr. I).
 *
 * <p>{@link #PENDIENTE} → {@link #ABIERTA} (opened within the three días hábiles) or {@link #TENIDA_POR_NOTIFICADA}
 * (not opened in time: notified on the fourth día hábil at 09:30). Both are final.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EstadoNotificacion {
    /** The aviso was sent (7.3); the document waits to be opened. */
    PENDIENTE("Pendiente de abrir"),
    /** Opened within the three días hábiles: notified when opened, with the hours of 7.2 (7.4). */
    ABIERTA("Notificada por apertura"),
    /** Not opened in time: notified on the fourth día hábil at 09:30, with an automatic acuse (7.5). */
    TENIDA_POR_NOTIFICADA("Tenida por notificada");

    private final String texto;

    EstadoNotificacion(String texto) {
        this.texto = texto;
    }

    /** @return the Spanish text, e.g. {@code Tenida por notificada} */
    public String texto() {
        return texto;
    }

    /** @return {@code true} once the notification is made */
    public boolean isNotificada() {
        return this != PENDIENTE;
    }
}
