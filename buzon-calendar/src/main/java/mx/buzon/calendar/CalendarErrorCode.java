package mx.buzon.calendar;

import java.util.Locale;
import mx.buzon.problem.ErrorCode;

/**
 * The stable codes of everything buzon-calendar reports as unreadable or unanswerable input, and of the caveats
 * it attaches to an answer ({@link CalendarCaveat}), each with the Spanish message a person can act on.
 *
 * <p>An {@link ErrorCode} like every code of the SDK: a stable upper snake case {@link #code()} that never
 * changes once released, and a {@link #messageTemplate()} in {@link String#format(Locale, String, Object...)}
 * syntax. Example: {@code CALENDARIO_ANIO_SIN_DATOS}.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CalendarErrorCode implements ErrorCode {

    /**
     * Strict mode only ({@link BusinessCalendar#strict()}): a date in a year whose declared inhábil days the host
     * has not confirmed. By default such a question is answered, with {@link #CALENDARIO_DIAS_NO_CONFIRMADOS}.
     */
    CALENDARIO_ANIO_SIN_DATOS("El calendario %s no tiene confirmados los días inhábiles declarados del año %s"
            + " (años confirmados: %s) y se pidió modo estricto; confirme los días que la autoridad declaró para ese"
            + " año o calcule sin modo estricto, con los días inhábiles de la ley (CFF art. 12) y una advertencia."),

    /**
     * A caveat, not an exception: the answer used dates of years whose declared days are not confirmed, so it was
     * computed with the law's days (and the declared days the calendar knows) and is the earliest possible one.
     */
    CALENDARIO_DIAS_NO_CONFIRMADOS("El calendario %s no tiene confirmados los días inhábiles que la autoridad"
            + " declare para %s; se calculó con los días inhábiles de la ley (CFF art. 12) y los declarados que"
            + " conoce, así que es la fecha más temprana posible: un día que la autoridad declare después solo puede"
            + " recorrerla. Confirme los días declarados de ese año para quitar esta advertencia."),

    /** A date outside the span the calendar computes (1900–2299). */
    CALENDARIO_FECHA_FUERA_DE_INTERVALO("La fecha %s está fuera del intervalo que el calendario calcula (%s a %s);"
            + " use una fecha entre esos años."),

    /** The JVM's time-zone database predates the 2022 Mexican reform (no {@code America/Ciudad_Juarez}). */
    ZONA_HORARIA_BASE_DESACTUALIZADA("La base de husos horarios de la JVM es anterior a 2022g (%s); actualice"
            + " Java o su base tzdata (tzupdater) para aplicar la Ley de los Husos Horarios de 2022."),

    /** A postal code that is not five digits. */
    CP_FORMATO_INVALIDO("El código postal \"%s\" no es válido: debe tener exactamente 5 dígitos, por ejemplo 06600."),

    /** A postal code whose first two digits identify no state. */
    CP_ESTADO_DESCONOCIDO("El código postal %s empieza con %s, que no corresponde a ningún estado; revise el código"
            + " postal del domicilio fiscal."),

    /**
     * An unlisted postal code whose nearest listed codes of the same state, below and above, lie in zones with
     * different offsets: the code alone does not tell the zone, the municipality does.
     */
    CP_ZONA_AMBIGUA("El código postal %s no está en la lista y sus códigos postales conocidos más cercanos del mismo"
            + " estado tienen husos horarios con horas distintas (%s: %s; %s: %s); el código postal no basta para"
            + " saber el huso horario: indique el municipio del domicilio fiscal (clave INEGI de 3 dígitos) para"
            + " consultarlo por estado y municipio."),

    /** A state code that is not one of the 32 SAT state codes. */
    ESTADO_DESCONOCIDO("El estado \"%s\" no es una clave de estado del SAT (por ejemplo CMX, BCN, ROO); revise la"
            + " clave."),

    /** A municipality code that is not three digits. */
    MUNICIPIO_FORMATO_INVALIDO("La clave de municipio \"%s\" no es válida: debe tener 3 dígitos INEGI, por ejemplo"
            + " 004."),

    /** The calendar or zone data shipped with the library (or supplied by the host) cannot be read. */
    DATOS_ILEGIBLES("Los datos %s no se pueden leer (%s); reinstale la biblioteca o corrija el archivo.");

    private final String messageTemplate;

    CalendarErrorCode(String messageTemplate) {
        this.messageTemplate = messageTemplate;
    }

    @Override
    public String messageTemplate() {
        return messageTemplate;
    }
}
