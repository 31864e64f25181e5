package mx.buzon.core.money;

/**
 * What a factor de actualización does when the INPC of a month it needs is not in the host's series.
 *
 * <p>CFF art. 17-A says that when the INPC of the month a computation needs has not been published yet, the last
 * published index is used. The SDK cannot tell "not published yet" from "the host has not loaded it", so the
 * rule is a choice: {@link #ERROR} (the default) refuses with {@code INPC_NO_DISPONIBLE}, so that a host's missing
 * data never passes silently; {@link #ULTIMO_PUBLICADO} applies the rule, only for months after the last month of
 * the series (a gap inside the series is still an error), and the result says so with the finding
 * {@link MoneyErrorCode#INPC_ULTIMO_PUBLICADO}. Enum constants are immutable and thread-safe.
 */
public enum InpcFaltante {

    /** Default: a missing index is {@link MoneyErrorCode#INPC_NO_DISPONIBLE}. */
    ERROR,

    /** CFF art. 17-A: a month after the series' last month takes the last published index, with a finding. */
    ULTIMO_PUBLICADO
}
