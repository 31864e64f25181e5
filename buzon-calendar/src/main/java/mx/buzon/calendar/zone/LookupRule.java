package mx.buzon.calendar.zone;

/**
 * Which rule gave the zone of a domicile: the answer always says it, so a host can show or question it.
 *
 * <p>Example: postal code {@code 22000} (Tijuana) is {@link #EXACT}; a code created after the data was compiled
 * gets {@link #NEAREST_IN_STATE}. Enum constants are immutable and thread-safe.
 */
public enum LookupRule {

    /** The postal code is in the list compiled from SEPOMEX 2024-12 and the Ley de los Husos Horarios. */
    EXACT("EXACTA", "el código postal está en la lista de códigos postales (SEPOMEX 2024-12)"),

    /**
     * The postal code is not in the list: the zone of the nearest listed code of the same state (same first
     * two digits range; on a tie, the lower code).
     */
    NEAREST_IN_STATE("CERCANO_EN_ESTADO", "el código postal no está en la lista; se usó el código postal conocido"
            + " más cercano del mismo estado"),

    /** The municipality is one the law places in another zone than its state (art. 5 border, Bahía de Banderas). */
    MUNICIPALITY("MUNICIPIO", "el municipio tiene zona propia (Ley de los Husos Horarios, art. 3 excepciones o"
            + " art. 5 franja fronteriza)"),

    /** The zone of the state (art. 3), for a state or a municipality that is not one of the exceptions. */
    STATE("ESTADO", "zona del estado (Ley de los Husos Horarios, art. 3)");

    private final String code;
    private final String spanish;

    LookupRule(String code, String spanish) {
        this.code = code;
        this.spanish = spanish;
    }

    /**
     * The stable code for output (the CLI's {@code regla}), e.g. {@code "CERCANO_EN_ESTADO"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * A Spanish sentence describing the rule.
     *
     * @return the description
     */
    public String spanish() {
        return spanish;
    }
}
