package mx.buzon.core.id;

import mx.buzon.problem.ErrorCode;

/**
 * The catalogue of findings about identifiers (RFC, CURP, NSS, registro patronal, número de certificado,
 * folio), with stable codes and Spanish messages a person can act on.
 *
 * <p>Codes never change once released; messages may be improved. Every template takes the placeholders listed
 * in its constant's documentation, in order. Enum constants are immutable and thread-safe.
 */
public enum IdentifierErrorCode implements ErrorCode {

    /** Placeholders: identifier name with its article (e.g. "la CURP"), what to capture. */
    IDENTIFICADOR_VACIO("Falta %s: el texto está vacío; capture %s."),
    /** Placeholders: actual length, identifier name with its article, expected length(s). */
    IDENTIFICADOR_LONGITUD("El texto tiene %s caracteres y %s debe tener %s; revise que no falten ni sobren"
            + " caracteres."),
    /** Placeholders: character, code point and Unicode name, position (1-based), identifier name with article. */
    IDENTIFICADOR_CARACTER_AJENO("El carácter '%s' (%s) en la posición %s no está permitido en %s: solo se admiten"
            + " letras latinas A-Z, Ñ, &, dígitos 0-9 y, en folios, el guion; parece una letra de otro alfabeto, de"
            + " ancho completo, un espacio o un símbolo. Escríbalo de nuevo con el teclado en español o inglés."),
    /** Warning. Placeholders: original text, normalised text. */
    IDENTIFICADOR_NORMALIZADO("Se normalizó «%s» a «%s» (espacios alrededor, minúsculas o Ñ descompuesta); guarde y"
            + " envíe el valor normalizado."),

    /** Placeholders: RFC, position (1-based), what was expected there. */
    RFC_FORMATO("El RFC %s no tiene el formato del SAT: en la posición %s debe haber %s. Compárelo con su"
            + " constancia de situación fiscal."),
    /** Placeholders: RFC, the six date digits. */
    RFC_FECHA("El RFC %s contiene la fecha %s (AAMMDD), que no existe en ningún siglo; revise los seis dígitos de la"
            + " fecha de nacimiento o constitución."),
    /** Placeholders: RFC, the word. */
    RFC_PALABRA_INCONVENIENTE("El RFC %s empieza con la palabra inconveniente %s, que el SAT nunca asigna (la cambia"
            + " por una X en la cuarta letra); revise el RFC en su constancia de situación fiscal."),
    /** Placeholders: RFC, expected digit. */
    RFC_DIGITO_VERIFICADOR("El dígito verificador del RFC %s no corresponde (se esperaba %s); revise el último"
            + " carácter y la homoclave."),
    /** Warning. Placeholders: RFC, meaning. */
    RFC_GENERICO("El RFC %s es genérico (%s): es válido en comprobantes, pero no identifica a un usuario del Buzón"
            + " IMSS."),

    /** Placeholders: CURP, position (1-based), what was expected there. */
    CURP_FORMATO("La CURP %s no tiene el formato del RENAPO: en la posición %s debe haber %s. Compárela con su"
            + " constancia de CURP."),
    /** Placeholders: CURP, the six date digits. */
    CURP_FECHA("La CURP %s contiene la fecha de nacimiento %s (AAMMDD), que no existe; revise los dígitos 5 a 10."),
    /** Placeholders: CURP, sex letter, allowed letters. */
    CURP_SEXO("La CURP %s tiene la letra de sexo %s; se admiten %s. Revise el carácter 11."),
    /** Placeholders: CURP, state code. */
    CURP_ENTIDAD("La CURP %s tiene la entidad federativa %s, que no existe; revise los caracteres 12 y 13 (NE para"
            + " nacidos en el extranjero)."),
    /** Placeholders: CURP, differentiator, year digits. */
    CURP_DIFERENCIADOR("La CURP %s tiene el diferenciador %s, que no corresponde al año %s: es un dígito para"
            + " nacimientos antes de 2000 y una letra desde 2000. Revise el carácter 17."),
    /** Placeholders: CURP, expected digit. */
    CURP_DIGITO_VERIFICADOR("El dígito verificador de la CURP %s no corresponde (se esperaba %s); revise el último"
            + " carácter."),

    /** Placeholders: NSS, position (1-based). */
    NSS_FORMATO("El NSS %s debe tener solo dígitos y en la posición %s hay otro carácter; revise su número de"
            + " seguridad social."),
    /** Placeholders: NSS, expected digit. */
    NSS_DIGITO_VERIFICADOR("El dígito verificador del NSS %s no corresponde (se esperaba %s); revise los 11"
            + " dígitos."),

    /** Placeholders: registro patronal, position (1-based), what was expected there. */
    REGISTRO_PATRONAL_FORMATO("El registro patronal %s no tiene el formato del IMSS: en la posición %s debe haber %s."
            + " Compárelo con su tarjeta de identificación patronal."),
    /** Placeholders: registro patronal, expected digit. */
    REGISTRO_PATRONAL_DIGITO_VERIFICADOR("El dígito verificador del registro patronal %s no corresponde (se esperaba"
            + " %s); revise los 11 caracteres."),

    /** Placeholders: the text (at most 40 characters), what is wrong. */
    NUMERO_CERTIFICADO_FORMATO("El número de certificado «%s» no se puede leer: %s. Cópielo tal como aparece en el"
            + " certificado (.cer) de la e.firma o en el acuse."),

    /** Placeholders: folio, what is wrong. */
    FOLIO_FORMATO("El folio %s no tiene el formato PREFIJO-AAAAMMDD-SECUENCIA (por ejemplo BI-20250203-100717151):"
            + " %s. Cópielo tal como aparece en el acuse."),
    /** Placeholders: folio, the date digits. */
    FOLIO_FECHA("El folio %s contiene la fecha %s (AAAAMMDD), que no existe o está fuera de los años 1900 a 2999;"
            + " cópielo tal como aparece en el"
            + " acuse.");

    private final String template;

    IdentifierErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
