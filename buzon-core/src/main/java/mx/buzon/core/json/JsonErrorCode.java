package mx.buzon.core.json;

import mx.buzon.problem.ErrorCode;

/**
 * Why stored JSON was refused before its content was read: a repeated key, or a persisted state whose
 * {@code "formato"} is missing, unknown or newer than this SDK reads. Thrown as {@link BuzonJsonException} by
 * every reader of {@link BuzonModule}, on any mapper. Other bad content (a missing field, an invalid RFC) stays
 * Jackson's uncoded {@code JsonMappingException} naming the field and the rule.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum JsonErrorCode implements ErrorCode {
    /** A key appears twice in one JSON object. */
    JSON_CLAVE_DUPLICADA("El JSON repite la clave «%s» en el objeto %s; el SDK nunca escribe una clave dos veces, "
            + "así que el dato fue editado o alterado. Use la copia original guardada por el sistema."),
    /** A persisted state has no {@code "formato"} field. */
    JSON_FORMATO_AUSENTE("El %s guardado no indica su formato (campo «formato»; esta versión escribe «%s»): no lo "
            + "escribió el SDK. Escríbalo de nuevo con el SDK a partir del estado original."),
    /** The {@code "formato"} names another type, or is not a format at all. */
    JSON_FORMATO_DESCONOCIDO("El formato «%s» no es un formato de %s (esta versión lee «%s»): el dato es de otro "
            + "tipo o fue alterado. Revise qué registro se leyó."),
    /** The {@code "formato"} is a later version of the type's format. */
    JSON_FORMATO_POSTERIOR("El %s guardado tiene el formato «%s», posterior al que lee esta versión del SDK («%s»): "
            + "lo escribió una versión más reciente. Actualice el SDK antes de leerlo.");

    private final String template;

    JsonErrorCode(String template) {
        this.template = template;
    }

    @Override
    public String messageTemplate() {
        return template;
    }
}
