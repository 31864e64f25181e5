package mx.buzon.calendar.zone;

import java.time.ZoneOffset;

/**
 * The four zones of the Ley de los Husos Horarios en los Estados Unidos Mexicanos (art. 3), by standard offset.
 *
 * <p>Example: Quintana Roo is {@link #SURESTE} (UTC−5). Border municipalities with seasonal time keep their zone
 * and are flagged separately ({@link DomicileZone#frontera()}). Enum constants are immutable and thread-safe.
 */
public enum Zona {

    /** Zona Sureste, UTC−5: Quintana Roo. */
    SURESTE("Sureste", ZoneOffset.ofHours(-5)),
    /** Zona Centro, UTC−6: most of the country; the Buzón's clock (Lineamientos 5.7). */
    CENTRO("Centro", ZoneOffset.ofHours(-6)),
    /** Zona Pacífico, UTC−7: Baja California Sur, Nayarit (except Bahía de Banderas), Sinaloa, Sonora. */
    PACIFICO("Pacífico", ZoneOffset.ofHours(-7)),
    /** Zona Noroeste, UTC−8: Baja California. */
    NOROESTE("Noroeste", ZoneOffset.ofHours(-8));

    private final String spanish;
    private final ZoneOffset standardOffset;

    Zona(String spanish, ZoneOffset standardOffset) {
        this.spanish = spanish;
        this.standardOffset = standardOffset;
    }

    /**
     * The name the law uses, e.g. {@code "Pacífico"}.
     *
     * @return the Spanish name
     */
    public String spanish() {
        return spanish;
    }

    /**
     * The standard (non-seasonal) offset, e.g. {@code -07:00} for {@link #PACIFICO}.
     *
     * @return the offset
     */
    public ZoneOffset standardOffset() {
        return standardOffset;
    }

    /**
     * The zone named {@code text}, with or without accent, any case: {@code "Pacifico"} or {@code "Pacífico"}.
     *
     * @param text the name
     * @return the zone
     * @throws IllegalArgumentException if no zone has that name
     */
    public static Zona fromSpanish(CharSequence text) {
        String normalised = text.toString().trim().replace('í', 'i').replace('Í', 'I');
        for (Zona zona : values()) {
            if (zona.name().equalsIgnoreCase(normalised)) {
                return zona;
            }
        }
        throw new IllegalArgumentException("Not a zone of the Ley de los Husos Horarios art. 3: '" + text + "'");
    }
}
