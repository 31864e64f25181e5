package mx.buzon.calendar.zone;

/**
 * Which rule gave the zone of a domicile: the answer always says it, so a host can show or question it.
 *
 * <p>Example: postal code {@code 22000} (Tijuana) is {@link #EXACT}; a code created after the data was compiled
 * gets {@link #NEAREST_IN_STATE}, and one between two zones with different offsets (Acuña and Múzquiz, Coahuila)
 * is {@link #AMBIGUOUS}. Enum constants are immutable and thread-safe.
 */
public enum LookupRule {

    /** The postal code is in the list compiled from SEPOMEX 2024-12 and the Ley de los Husos Horarios. */
    EXACT("EXACTA", "el código postal está en la lista de códigos postales (SEPOMEX 2024-12)"),

    /**
     * The postal code is not in the list: the zone of the nearest listed code of the same state (same first
     * two digits range; on a tie, the lower code), used only when the nearest listed codes below and above it
     * lie in zones with the same offsets (or only one of them exists).
     */
    NEAREST_IN_STATE("CERCANO_EN_ESTADO", "el código postal no está en la lista; se usó el código postal conocido"
            + " más cercano del mismo estado"),

    /**
     * The postal code is not in the list and its nearest listed codes of the same state, below and above, lie in
     * zones with different offsets: nobody can tell its zone from the code alone; the municipality is needed.
     * Never the rule of a {@link DomicileZone}: {@link PostalCodeZones#ambiguity(CharSequence)} describes the
     * case and {@link PostalCodeZones#lookup(CharSequence)} refuses it
     * ({@link mx.buzon.calendar.CalendarErrorCode#CP_ZONA_AMBIGUA}).
     */
    AMBIGUOUS("AMBIGUA", "el código postal no está en la lista y sus códigos postales conocidos más cercanos del"
            + " mismo estado tienen husos horarios con horas distintas; hace falta el municipio"),

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
