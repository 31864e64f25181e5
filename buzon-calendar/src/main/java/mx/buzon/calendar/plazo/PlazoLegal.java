package mx.buzon.calendar.plazo;

/**
 * The deadlines that run from the día hábil after a notification surte efectos (CFF arts. 12 and 135), in días
 * hábiles (docs/LEGAL.md §3).
 *
 * <p>Example: {@link #RECURSO_INCONFORMIDAD_PATRON} from a notification that surte efectos on Monday 9 March 2026
 * ends on Tuesday 31 March 2026. Enum constants are immutable and thread-safe.
 */
public enum PlazoLegal {

    /** Recurso de inconformidad of a patrón: 15 días hábiles. */
    RECURSO_INCONFORMIDAD_PATRON(15, "recurso de inconformidad (patrón)",
            "LSS art. 294 y Reglamento del Recurso de Inconformidad"),

    /** Recurso de inconformidad of an asegurado: 30 días hábiles. */
    RECURSO_INCONFORMIDAD_ASEGURADO(30, "recurso de inconformidad (asegurado)",
            "LSS art. 294 y Reglamento del Recurso de Inconformidad"),

    /** Juicio contencioso administrativo: 30 días hábiles. */
    JUICIO_CONTENCIOSO_ADMINISTRATIVO(30, "juicio contencioso administrativo", "LFPCA art. 13");

    private final int businessDays;
    private final String spanish;
    private final String fundamento;

    PlazoLegal(int businessDays, String spanish, String fundamento) {
        this.businessDays = businessDays;
        this.spanish = spanish;
        this.fundamento = fundamento;
    }

    /**
     * The length in días hábiles.
     *
     * @return e.g. {@code 15}
     */
    public int businessDays() {
        return businessDays;
    }

    /**
     * The Spanish name, e.g. {@code "juicio contencioso administrativo"}.
     *
     * @return the name
     */
    public String spanish() {
        return spanish;
    }

    /**
     * The law that sets the deadline, e.g. {@code "LFPCA art. 13"}.
     *
     * @return the source
     */
    public String fundamento() {
        return fundamento;
    }
}
