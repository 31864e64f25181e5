package mx.buzon.core.contacto;

import mx.buzon.problem.ErrorCode;

/**
 * Why a telephone or an e-mail address as typed is not one: the codes of {@link Telefono} and
 * {@link CorreoElectronico}, shared by every workflow that takes one (medios de contacto, Lineamientos 5.1;
 * promociones, Guía de Promociones V.6). Stable codes; the messages say what to type.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ContactoErrorCode implements ErrorCode {
    /** Not 10 digits after removing spaces, hyphens, dots and parentheses. Placeholder: the text as typed. */
    TELEFONO_FORMATO_INVALIDO("El teléfono \"%s\" no es válido: debe tener exactamente 10 dígitos, sin lada "
            + "internacional (+52); puede separarlos con espacios o guiones, por ejemplo 55 1234 5678."),
    /** Not an e-mail address the SDK accepts. Placeholders: the text as typed, what is wrong. */
    CORREO_FORMATO_INVALIDO("El correo electrónico \"%s\" no es válido: %s. Escriba una dirección como "
            + "nombre@dominio.mx.");

    private final String template;

    ContactoErrorCode(String template) {
        this.template = template;
    }

    @Override
    public String messageTemplate() {
        return template;
    }
}
