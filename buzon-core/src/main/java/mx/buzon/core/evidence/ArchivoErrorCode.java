package mx.buzon.core.evidence;

import mx.buzon.problem.ErrorCode;

/**
 * Why a file could not be read at all (thrown as {@link mx.buzon.problem.BuzonException}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ArchivoErrorCode implements ErrorCode {
    /** The file is missing or unreadable. */
    ARCHIVO_ILEGIBLE("No se pudo leer el archivo %s (%s); verifique que exista y que tenga permiso de lectura.");

    private final String template;

    ArchivoErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
