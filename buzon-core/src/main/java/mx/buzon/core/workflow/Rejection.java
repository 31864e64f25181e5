package mx.buzon.core.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.problem.ErrorCode;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Why a workflow refused a command: a stable code, the Spanish message a person can act on, the offending value
 * when there is one to show, and the detailed findings behind it (for example every problem the ZIP inspection
 * found). It reads like a {@link Finding}: {@link #code()}, {@link #message()}, {@link #offendingValue()}, and
 * {@link #errorCode()} is the enum constant, as in {@link mx.buzon.problem.BuzonException#errorCode()}.
 *
 * <p>A rejection is an expected outcome, not an exception. Example:
 * {@code TELEFONO_FORMATO_INVALIDO: "El teléfono \"55-1234\" no es válido: debe tener exactamente 10 dígitos ..."}.
 * Immutable and thread-safe.
 *
 * @param errorCode the catalogued code, e.g. {@link mx.buzon.core.promocion.PromocionErrorCode#PROMOCION_EVIDENCIA_REQUERIDA}
 * @param message the Spanish message
 * @param offendingValue the offending value, if one may be shown (never a secret)
 * @param findings the findings behind the rejection, in the order they were made; at least the main one
 */
public record Rejection(ErrorCode errorCode, String message, Optional<String> offendingValue, List<Finding> findings) {

    /**
     * Checks the components and copies the list.
     *
     * @param errorCode code
     * @param message message
     * @param offendingValue offending value
     * @param findings findings
     */
    public Rejection {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(offendingValue, "offendingValue");
        findings = List.copyOf(findings);
        if (message.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a message a person can act on");
        }
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least its main finding");
        }
    }

    /**
     * A rejection from a catalogued code, its message filled with {@code args}.
     *
     * @param error the code
     * @param offendingValue the offending value, or {@code null} when there is none to show
     * @param args the placeholders of the message
     * @return the rejection
     */
    public static Rejection of(ErrorCode error, @Nullable String offendingValue, Object... args) {
        Finding main = Finding.error(error, offendingValue, args);
        return new Rejection(error, main.message(), Optional.ofNullable(offendingValue), List.of(main));
    }

    /**
     * A rejection whose main finding was made by a value type (e.g. {@link mx.buzon.core.contacto.Telefono#findProblem}).
     *
     * @param error the code of the finding
     * @param main the error finding
     * @return the rejection
     * @throws IllegalArgumentException when the finding is not an error with this code
     */
    public static Rejection from(ErrorCode error, Finding main) {
        if (!main.isError() || !main.code().equals(error.code())) {
            throw new IllegalArgumentException("the main finding of a " + error.code() + " rejection must be an"
                    + " error with that code: " + main);
        }
        return new Rejection(error, main.message(), main.offendingValue(), List.of(main));
    }

    /**
     * A rejection whose main finding is followed by more detailed ones (for example a ZIP's findings).
     *
     * @param error the code
     * @param offendingValue the offending value, or {@code null}
     * @param details the detailed findings
     * @param args the placeholders of the message
     * @return the rejection
     */
    public static Rejection withDetails(ErrorCode error, @Nullable String offendingValue, List<Finding> details,
            Object... args) {
        Finding main = Finding.error(error, offendingValue, args);
        List<Finding> all = new ArrayList<>();
        all.add(main);
        all.addAll(details);
        return new Rejection(error, main.message(), Optional.ofNullable(offendingValue), all);
    }

    /** @return the stable code string, e.g. {@code "PROMOCION_EVIDENCIA_REQUERIDA"} (as {@link Finding#code()}) */
    public String code() {
        return errorCode.code();
    }

    /**
     * Whether this rejection has this code.
     *
     * @param code a code
     * @return {@code true} when it is the main code
     */
    public boolean is(ErrorCode code) {
        return errorCode.equals(code);
    }

    /** @return the main finding (always an {@link Severity#ERROR}) */
    public Finding mainFinding() {
        return findings.get(0);
    }
}
