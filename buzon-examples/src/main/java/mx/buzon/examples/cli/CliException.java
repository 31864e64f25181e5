package mx.buzon.examples.cli;

import java.util.Objects;

/**
 * Thrown by a command to end with a {@link CliError}; {@link CliErrors} prints it and returns its exit code.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CliError error;

    CliException(CliError error, Throwable cause) {
        super(error.code() + ": " + error.message(), cause);
        this.error = Objects.requireNonNull(error, "error");
    }

    CliException(CliError error) {
        this(error, null);
    }

    CliException(CliErrorCode code, Object... args) {
        this(CliError.of(code, args));
    }

    CliError error() {
        return error;
    }
}
