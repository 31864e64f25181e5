package mx.buzon.examples.cli;

import mx.buzon.problem.ErrorCode;

/**
 * The errors of the {@code buzon} command line itself (usage and files it reads directly); the SDK modules'
 * own codes ({@code EFIRMA_...}, {@code CP_...}, {@code CALENDARIO_...}) pass through unchanged.
 *
 * <p>Each constant has a stable UPPER_SNAKE code (its name), a Spanish message template a person can act on,
 * and the exit code it leads to (docs/readme-cli.md). Thread-safe (an enum).
 */
public enum CliErrorCode implements ErrorCode {

    /** An option the command does not have, e.g. {@code --no-existe}. */
    USO_OPCION_DESCONOCIDA(ExitCodes.USAGE,
            "Opción desconocida: %s. Use \"%s --help\" para ver las opciones."),

    /** A positional argument the command does not take. */
    USO_ARGUMENTO_INESPERADO(ExitCodes.USAGE,
            "Argumento inesperado: \"%s\". Use \"%s --help\" para ver cómo se usa."),

    /** A required option or parameter is missing, e.g. {@code --cer}. */
    USO_FALTA_PARAMETRO(ExitCodes.USAGE,
            "%s. Use \"%s --help\" para ver cómo se usa."),

    /** An option was given without its value, e.g. {@code --cer} at the end of the line. */
    USO_FALTA_VALOR(ExitCodes.USAGE,
            "Falta el valor de la opción %s. Use \"%s --help\" para ver cómo se usa."),

    /** A value that cannot be converted, e.g. an instant without offset or a date that does not exist. */
    USO_VALOR_INVALIDO(ExitCodes.USAGE, "Valor inválido para %s: %s"),

    /** A group command ({@code efirma}, {@code plazo}, {@code cp}) called without its sub-command. */
    USO_FALTA_SUBCOMANDO(ExitCodes.USAGE,
            "Falta el subcomando de \"%s\"; use uno de: %s (\"%s --help\" explica cada uno)."),

    /** Options that cannot go together, or a combination that is incomplete. */
    USO_INCORRECTO(ExitCodes.USAGE, "%s Use \"%s --help\" para ver cómo se usa."),

    /** A file the command reads directly (e.g. {@code --in}, {@code --sello-file}) cannot be read. */
    ARCHIVO_NO_LEIDO(ExitCodes.UNREADABLE,
            "No se pudo leer el archivo %s (%s): revise la ruta y los permisos."),

    /** An unexpected failure of the program itself; nothing the user typed explains it. */
    ERROR_INTERNO(ExitCodes.UNREADABLE,
            "Error interno de buzon (%s). Repórtelo junto con el comando que lo produjo.");

    private final int exitCode;
    private final String messageTemplate;

    CliErrorCode(int exitCode, String messageTemplate) {
        this.exitCode = exitCode;
        this.messageTemplate = messageTemplate;
    }

    /** @return the Spanish template ({@link String#format} placeholders) */
    @Override
    public String messageTemplate() {
        return messageTemplate;
    }

    /** @return the exit code this error ends the command with: 2 for usage errors, 3 for unreadable input */
    public int exitCode() {
        return exitCode;
    }
}
