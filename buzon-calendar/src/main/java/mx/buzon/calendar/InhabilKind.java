package mx.buzon.calendar;

/**
 * Why a day is inhábil, by the source of the rule (CFF art. 12).
 *
 * <p>Example: 16 March 2026 is {@link #LAW} (third Monday of March); 21 July 2025 is {@link #VACATION} for SAT.
 * Enum constants are immutable and thread-safe.
 */
public enum InhabilKind {

    /** Saturday or Sunday (CFF art. 12, first paragraph). */
    WEEKEND("fin de semana"),

    /** A day of rest the law lists (CFF art. 12; LFT art. 74 for the transmission day). */
    LAW("día inhábil por ley"),

    /** A day the authority declares inhábil (e.g. by acuerdo of the IMSS Consejo Técnico, SAT regla 2.1.6). */
    DECLARED("día declarado inhábil por la autoridad"),

    /**
     * A day of the authority's general vacation period. CFF art. 12 makes these inhábiles "except for
     * declarations and payments"; see {@link BusinessCalendar#forDeclarationsAndPayments()}.
     */
    VACATION("vacaciones generales de la autoridad");

    private final String spanish;

    InhabilKind(String spanish) {
        this.spanish = spanish;
    }

    /**
     * The Spanish description used in explanations, e.g. {@code "día inhábil por ley"}.
     *
     * @return the description
     */
    public String spanish() {
        return spanish;
    }
}
