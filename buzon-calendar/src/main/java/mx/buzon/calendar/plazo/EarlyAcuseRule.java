package mx.buzon.calendar.plazo;

/**
 * The two readings of Lineamientos 7.2 for an acuse generated on a día hábil before 09:30 Zona Centro.
 *
 * <p>7.2 says that an acuse generated "en día u hora inhábil" counts as notified at 09:30 of the "día hábil
 * siguiente". Before 09:30 of a día hábil is an hora inhábil of a día hábil: {@link #SAME_BUSINESS_DAY} (the
 * default) takes 09:30 of that same day, the earlier instant and so the conservative one for the particular's
 * deadlines; {@link #NEXT_BUSINESS_DAY} reads the text literally. When the two give different dates, the
 * notification's explanation names both. Enum constants are immutable and thread-safe.
 */
public enum EarlyAcuseRule {

    /** Default: 09:30 Zona Centro of the same día hábil. */
    SAME_BUSINESS_DAY("09:30 del mismo día hábil (lectura conservadora)"),

    /** The literal reading: 09:30 Zona Centro of the next día hábil. */
    NEXT_BUSINESS_DAY("09:30 del día hábil siguiente (lectura literal)");

    private final String spanish;

    EarlyAcuseRule(String spanish) {
        this.spanish = spanish;
    }

    /**
     * The Spanish description used in explanations.
     *
     * @return e.g. {@code "09:30 del mismo día hábil (lectura conservadora)"}
     */
    public String spanish() {
        return spanish;
    }
}
