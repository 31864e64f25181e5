package mx.buzon.core.cadena;

import mx.buzon.problem.ErrorCode;

/**
 * Why a text is not a cadena original this SDK would produce, or not a digest.
 * {@link CadenaOriginal#parse(CharSequence)} and {@link Sha256#parse(CharSequence)} throw a {@link mx.buzon.problem.BuzonException} with one of these codes.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum CadenaErrorCode implements ErrorCode {
    /** {@link Sha256#parse(CharSequence)}: not 64 lower-case hex digits. Placeholder: the text (at most 70 chars). */
    SHA256_FORMATO_INVALIDO("El resumen SHA-256 \"%s\" no es válido: debe tener exactamente 64 dígitos"
            + " hexadecimales en minúsculas (0-9, a-f); cópielo completo, sin espacios."),
    /** The delimiters or separators are not where the format puts them. */
    CADENA_FORMATO_INVALIDO("La cadena original no tiene el formato ||Clave:Valor|Clave:Valor||: %s "
            + "(posición %s). Use la cadena tal como la generó el sistema, sin editarla."),
    /** A key does not follow {@link CadenaField#KEY_PATTERN}. */
    CADENA_CLAVE_INVALIDA("La clave \"%s\" de la cadena original no es válida (posición %s): debe empezar con "
            + "una letra y llevar solo letras, dígitos o guion bajo, seguida de dos puntos."),
    /** A key appears twice. */
    CADENA_CLAVE_DUPLICADA("La clave \"%s\" aparece dos veces en la cadena original (posición %s); "
            + "cada clave debe aparecer una sola vez."),
    /** A backslash starts something other than {@code \\}, {@code \|} or a canonical {@code \}{@code uXXXX}. */
    CADENA_ESCAPE_INVALIDO("La secuencia de escape \"%s\" de la cadena original no es válida (posición %s); "
            + "solo se admiten \\\\, \\| y \\uXXXX para caracteres de control."),
    /** A value is not in the normal form the builder produces (spaces, NFC, unescaped control character). */
    CADENA_VALOR_NO_CANONICO("El valor de la clave \"%s\" no está en forma canónica (posición %s): %s. "
            + "Genere la cadena de nuevo con el SDK."),
    /** The keys are not those of the expected schema, or not in its order. */
    CADENA_ESQUEMA_NO_CORRESPONDE("La cadena original no corresponde al esquema %s: %s. "
            + "Verifique que el acuse sea del tipo esperado.");

    private final String template;

    CadenaErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
