package mx.buzon.calendar.plazo;

/**
 * The recurring obligations of the compliance calendar ("Calendario de eventos", docs/LEGAL.md §8).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum Obligacion {

    /** Monthly cuotas obrero-patronales, due on day 17 of the following month (LSS art. 39). */
    CUOTAS_OBRERO_PATRONALES("pago de cuotas obrero-patronales", "LSS art. 39"),

    /** Bimonthly RCV and INFONAVIT contributions, due on day 17 of January, March, May, July, September, November. */
    RCV_INFONAVIT("pago bimestral de RCV y aportaciones INFONAVIT", "LSS art. 39; pago bimestral"),

    /** Annual determination of the prima de riesgos de trabajo, during February. */
    PRIMA_RIESGOS_TRABAJO("determinación de la prima en el seguro de riesgos de trabajo", "durante febrero"),

    /** ICSOE (IMSS), every four months by day 17 of January, May and September. */
    ICSOE("informativa de contratos de servicios u obras especializados (ICSOE)", "cuatrimestral"),

    /** SISUB (INFONAVIT), every four months by day 17 of January, May and September. */
    SISUB("informativa de subcontratación especializada (SISUB)", "cuatrimestral");

    private final String spanish;
    private final String fundamento;

    Obligacion(String spanish, String fundamento) {
        this.spanish = spanish;
        this.fundamento = fundamento;
    }

    /**
     * The Spanish name.
     *
     * @return e.g. {@code "pago de cuotas obrero-patronales"}
     */
    public String spanish() {
        return spanish;
    }

    /**
     * The basis of the due date.
     *
     * @return e.g. {@code "LSS art. 39"}
     */
    public String fundamento() {
        return fundamento;
    }
}
