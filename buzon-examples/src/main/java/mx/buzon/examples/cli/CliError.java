package mx.buzon.examples.cli;

import java.util.Objects;

/**
 * One error as the command line reports it: a stable code, a Spanish message, and the exit code.
 *
 * <p>Printed as {@code {"error":{"codigo":"...","mensaje":"..."}}} with {@code --json}, else as
 * {@code Error CODIGO: mensaje} on stderr.
 *
 * @param code e.g. {@code EFIRMA_CONTRASENA_INCORRECTA}
 * @param message the Spanish message, never containing a password
 * @param exitCode 1, 2 or 3
 */
record CliError(String code, String message, int exitCode) {

    CliError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static CliError of(CliErrorCode errorCode, Object... args) {
        return new CliError(errorCode.code(), errorCode.message(args), errorCode.exitCode());
    }
}
