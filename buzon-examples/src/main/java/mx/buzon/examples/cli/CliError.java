package mx.buzon.examples.cli;

import java.util.Objects;

/**
 * One error as the command line reports it: a stable code, a Spanish message, and the exit code.
 *
 * <p>Printed as {@code {"error":{"codigo":"...","mensaje":"..."}}} with {@code --json}, else as
 * {@code Error CODIGO: mensaje} on stderr.
 *
 * @param codigo e.g. {@code EFIRMA_CONTRASENA_INCORRECTA}
 * @param mensaje the Spanish message, never containing a password
 * @param exitCode 1, 2 or 3
 */
record CliError(String codigo, String mensaje, int exitCode) {

    CliError {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    static CliError of(CliErrorCode code, Object... args) {
        return new CliError(code.code(), code.message(args), code.exitCode());
    }
}
