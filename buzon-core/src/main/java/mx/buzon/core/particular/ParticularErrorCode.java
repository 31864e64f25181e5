package mx.buzon.core.particular;

import mx.buzon.problem.ErrorCode;

/**
 * Why the data typed for a particular is not usable: the codes of {@link Particular} and {@link DatosParticular},
 * thrown as a {@link mx.buzon.problem.BuzonException}. A postal code that is not five digits has the calendar's
 * code {@code CP_FORMATO_INVALIDO} (one code per meaning, the same as
 * {@link mx.buzon.calendar.zone.PostalCodeZones#lookup(CharSequence)}); a bad RFC, CURP or registro patronal is
 * refused earlier by its own {@code parse}.
 *
 * <p>Stable codes; the messages say what to type. Enum constants are immutable and thread-safe.
 */
public enum ParticularErrorCode implements ErrorCode {
    /** Placeholder: the RFC. */
    PARTICULAR_RFC_GENERICO("El RFC %s es genérico (público en general o extranjero) y no identifica a un usuario del"
            + " Buzón IMSS; capture el RFC del particular."),
    /** No placeholder. */
    PARTICULAR_NOMBRE_VACIO("Falta el nombre, denominación o razón social del particular; captúrelo como aparece en"
            + " su constancia de situación fiscal."),
    /** Placeholders: the maximum, the length typed. */
    PARTICULAR_NOMBRE_LARGO("El nombre, denominación o razón social tiene a lo más %s caracteres y el capturado"
            + " tiene %s; captúrelo como aparece en su constancia de situación fiscal."),
    /** Placeholder: the position (1-based). */
    PARTICULAR_NOMBRE_CARACTER_INVALIDO("El nombre tiene en la posición %s un carácter incompleto (un sustituto"
            + " Unicode suelto) que no se puede escribir en el acuse; escríbalo de nuevo sin copiarlo de otro"
            + " programa."),
    /** Placeholders: the RFC, the CURP. */
    PARTICULAR_CURP_PERSONA_MORAL("El RFC %s es de una persona moral, que no tiene CURP; quite la CURP %s o revise"
            + " el RFC."),
    /** Placeholder: the registro patronal. */
    PARTICULAR_REGISTRO_REPETIDO("El registro patronal %s está capturado dos veces; déjelo una sola vez."),
    /** Placeholders: the registro patronal, the RFC. */
    PARTICULAR_REGISTRO_AJENO("El registro patronal %s no está vinculado al RFC %s; elija uno de sus registros"
            + " patronales.");

    private final String template;

    ParticularErrorCode(String template) {
        this.template = template;
    }

    @Override
    public String messageTemplate() {
        return template;
    }
}
