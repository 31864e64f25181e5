package mx.buzon.crypto;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.BuzonException;
import org.jspecify.annotations.Nullable;

/**
 * An e.firma file that cannot be used at all: missing, truncated or corrupt ({@code EFIRMA_ARCHIVO_INVALIDO}),
 * opened with a wrong password ({@code EFIRMA_CONTRASENA_INCORRECTA}), or not an RSA SAT credential.
 *
 * <p>The message is Spanish, names the file (its kind and name) and never contains the password or key
 * material; neither does the cause chain's {@code toString} that this SDK builds (the underlying library
 * exception is kept as cause only when it cannot carry secrets). Expected bad outcomes of a readable
 * credential (expired, CSD instead of FIEL, wrong RFC) are findings of {@link EfirmaValidator} instead.
 *
 * <p>Not modified after construction (stack trace aside); safe to hand between threads.
 */
public final class EfirmaException extends BuzonException {

    private static final long serialVersionUID = 1L;

    private final @Nullable EfirmaFile file;

    /**
     * @param code the catalogued code
     * @param file the file the problem is about, or {@code null} when it is about none
     * @param cause the underlying cause, or {@code null}
     * @param args the message's placeholders (never a password)
     */
    public EfirmaException(EfirmaErrorCode code, @Nullable EfirmaFile file, @Nullable Throwable cause,
            Object... args) {
        super(Objects.requireNonNull(code, "code"), code.message(args), cause);
        this.file = file;
    }

    /** @return the catalogued code of this module */
    @Override
    public EfirmaErrorCode errorCode() {
        return (EfirmaErrorCode) super.errorCode();
    }

    /** @return the file the problem is about ({@code .cer}, {@code .key} or {@code .pfx}), if any */
    public Optional<EfirmaFile> file() {
        return Optional.ofNullable(file);
    }
}
