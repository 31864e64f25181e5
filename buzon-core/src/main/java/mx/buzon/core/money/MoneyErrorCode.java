package mx.buzon.core.money;

import mx.buzon.problem.ErrorCode;

/**
 * Why an amount typed cannot be read ({@link #MONTO_FORMATO_INVALIDO}) or an accesorio could not be computed:
 * host-supplied data that is missing. Thrown as a
 * {@link mx.buzon.problem.BuzonException} with one of these codes (the SDK never guesses an index or a rate), except
 * {@link #INPC_ULTIMO_PUBLICADO}, the finding that says CFF art. 17-A's last-published-index rule was applied.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum MoneyErrorCode implements ErrorCode {
    /** An amount typed that is not a plain decimal number of pesos. Placeholder: the text (at most 40 chars). */
    MONTO_FORMATO_INVALIDO("El monto \"%s\" no es una cantidad en pesos: escriba dígitos con punto decimal, sin"
            + " separadores de miles ni signo de pesos, por ejemplo 1234.56."),
    /** The host's INPC series has no value for a month the factor needs. */
    INPC_NO_DISPONIBLE("No se tiene el INPC de %s; cargue el índice publicado por el INEGI para ese mes "
            + "(el factor de actualización lo necesita, CFF art. 17-A)."),
    /**
     * A finding (WARNING), not an exception: the INPC a factor needs is not published yet, and CFF art. 17-A says
     * to use the last published index, which was done ({@link InpcFaltante#ULTIMO_PUBLICADO}).
     */
    INPC_ULTIMO_PUBLICADO("El INPC de %s aún no se publica; se usó el último publicado, el de %s, como ordena el "
            + "CFF art. 17-A. Recalcule cuando el INEGI publique el índice de ese mes."),
    /** The host's recargo rates have no rate for a month of the period. */
    TASA_RECARGOS_NO_DISPONIBLE("No se tiene la tasa mensual de recargos de %s; cargue la tasa de la Ley de "
            + "Ingresos de la Federación vigente en ese mes (CFF art. 21).");

    private final String template;

    MoneyErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
