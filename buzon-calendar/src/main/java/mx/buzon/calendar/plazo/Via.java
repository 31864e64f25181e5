package mx.buzon.calendar.plazo;

/**
 * How an electronic notification was made (Lineamientos 7.4, 7.5; CFF art. 134 fr. I).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Via {

    /** The particular opened the document within the three días hábiles (7.4), notified when opened (7.2). */
    APERTURA("abrió el documento dentro de los tres días hábiles (Lineamientos 7.4)"),

    /** Not opened in time: notified on the fourth día hábil at 09:30 Zona Centro with an automatic acuse (7.5). */
    CUARTO_DIA("no abrió el documento en los tres días hábiles; se tiene por notificado al cuarto día hábil"
            + " (Lineamientos 7.5)");

    private final String spanish;

    Via(String spanish) {
        this.spanish = spanish;
    }

    /**
     * A Spanish sentence for explanations.
     *
     * @return the sentence
     */
    public String spanish() {
        return spanish;
    }
}
