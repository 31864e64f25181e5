package mx.buzon.core.catalog;

/**
 * From when a trámite or servicio of the relación is at the particulares' disposal (Lineamientos, Transitorio
 * Segundo, the Lineamientos' DOF text).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum Disponibilidad {
    /**
     * Available since the Lineamientos entered into force, 6 August 2024 (Sexto of the Acuerdo: the day after
     * their publication in the DOF on 5 August 2024).
     */
    DESDE_ENTRADA_EN_VIGOR,
    /**
     * Listed in Transitorio Segundo (4.2, 4.3, 7.5 to 7.18, 8, 9.5 to 9.10 and 10.1 to 10.8): available once the
     * IMSS finishes the technological adjustments and announces it (on www.imss.gob.mx/buzonimss). The date is
     * data the host supplies ({@link AnunciosImss}).
     */
    AL_ANUNCIARSE
}
