package mx.buzon.core.medios;

import mx.buzon.problem.ErrorCode;

/**
 * Why a command on medios de contacto or activation was rejected (Lineamientos 5.1–5.4). Stable codes; the
 * messages say what to do. A malformed e-mail or mobile is {@link mx.buzon.core.contacto.ContactoErrorCode}, the code
 * the promociones use too.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum MediosErrorCode implements ErrorCode {
    /** Already five e-mails in the ámbito. */
    MEDIOS_CORREOS_MAXIMO("Ya tiene %s correos electrónicos registrados para %s, el máximo permitido (Lineamientos 5.1). "
            + "Elimine uno antes de registrar otro."),
    /** A mobile is already waiting for validation in the ámbito. */
    MEDIOS_TELEFONO_PENDIENTE("Ya hay un teléfono móvil pendiente de validar para %s (folio %s). Valídelo o elimínelo "
            + "antes de registrar otro; solo se admite un teléfono móvil (Lineamientos 5.1)."),
    /** The same value is already registered and vigente in the ámbito. */
    MEDIOS_DUPLICADO("El medio de contacto %s ya está registrado para %s (folio %s)."),
    /** The registro patronal is not linked to the RFC. */
    MEDIOS_REGISTRO_PATRONAL_AJENO("El registro patronal %s no está vinculado al RFC %s. Verifique el registro o "
            + "acuda a su subdelegación."),
    /** Medios for all registros patronales, but the RFC has none. */
    MEDIOS_SIN_REGISTROS_PATRONALES("El RFC %s no tiene registros patronales asociados; registre los medios de "
            + "contacto para el RFC."),
    /** No medio has that folio. */
    MEDIOS_NO_ENCONTRADO("No existe un medio de contacto registrado con el folio %s."),
    /** The medio is not pending validation. */
    MEDIOS_NO_PENDIENTE("El medio de contacto con folio %s no está pendiente de validar (estado: %s)."),
    /** More than 72 hours since registration. */
    MEDIOS_VALIDACION_VENCIDA("El plazo de 72 horas para validar el medio de contacto con folio %s venció el %s; el "
            + "registro se canceló. Registre de nuevo el medio de contacto (Lineamientos 5.2)."),
    /** The typed code is not 5 digits. */
    MEDIOS_CODIGO_FORMATO_INVALIDO("El código de validación debe tener exactamente 5 dígitos. Revise el mensaje que "
            + "recibió."),
    /** Wrong code; attempts remain. */
    MEDIOS_CODIGO_INCORRECTO("El código de validación no es correcto. Le quedan %s intentos."),
    /** Wrong code and no attempts left: the registration is cancelled. */
    MEDIOS_INTENTOS_AGOTADOS("El código de validación no es correcto y se agotaron los %s intentos; el registro con "
            + "folio %s se canceló. Registre de nuevo el medio de contacto."),
    /** The command's instant precedes the medio's registration. */
    MEDIOS_INSTANTE_ANTERIOR("La operación con fecha %s es anterior al registro del medio de contacto (%s); verifique la "
            + "fecha y hora."),
    /** The medio is no longer vigente. */
    MEDIOS_NO_VIGENTE("El medio de contacto con folio %s ya no está vigente (estado: %s)."),
    /** Removing it would leave a habilitado Buzón without a validated e-mail or mobile. */
    MEDIOS_REQUERIDO("No puede eliminar el %s con folio %s: su Buzón IMSS está habilitado y debe conservar al "
            + "menos un correo electrónico y un teléfono móvil validados (Lineamientos 5.1, 5.6). Registre y "
            + "valide otro primero."),
    /** The Buzón is already habilitado. */
    MEDIOS_BUZON_YA_HABILITADO("El Buzón IMSS del RFC %s ya está habilitado desde %s."),
    /** Activation without both kinds of medio validated. */
    MEDIOS_SIN_VALIDAR("Para habilitar el Buzón IMSS valide al menos un correo electrónico y un teléfono móvil "
            + "del RFC; falta: %s (Lineamientos 5.2)."),
    /** The e.firma's RFC is not the particular's. */
    MEDIOS_RFC_CERTIFICADO_NO_CORRESPONDE("La e.firma pertenece al RFC %s, no al RFC %s del Buzón. Firme con la e.firma "
            + "del titular."),
    /** The firma is not Base64. */
    MEDIOS_FIRMA_INVALIDA("La firma electrónica recibida no tiene formato Base64; firme de nuevo la solicitud."),
    /** The acuse given to sign is not this Buzón's activation acuse. */
    MEDIOS_ACUSE_NO_CORRESPONDE("El acuse firmado no corresponde a la activación de este Buzón IMSS: %s. Solicite de "
            + "nuevo la cadena a firmar.");

    private final String template;

    MediosErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
