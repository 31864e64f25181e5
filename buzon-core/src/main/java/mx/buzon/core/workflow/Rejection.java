package mx.buzon.core.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.ErrorCode;
import mx.buzon.core.Finding;
import mx.buzon.core.Severity;
import org.jspecify.annotations.Nullable;

/**
 * Why a workflow refused a command: a stable code, the Spanish message a person can act on, the offending value
 * when there is one to show, and the detailed findings behind it (for example every problem the ZIP inspection
 * found).
 *
 * <p>A rejection is an expected outcome, not an exception (STYLE.md §3): the state it was asked about is left
 * exactly as it was. Example: {@code PROMOCION_TELEFONO_INVALIDO: "El teléfono 55-1234 no tiene 10 dígitos ..."}.
 * Immutable and thread-safe.
 *
 * @param codigo the catalogued code, e.g. {@link mx.buzon.core.promocion.PromocionCodigo#PROMOCION_TELEFONO_INVALIDO}
 * @param mensaje the Spanish message
 * @param valor the offending value, if one may be shown (never a secret)
 * @param hallazgos the findings behind the rejection, in the order they were made; at least the main one
 */
public record Rejection(ErrorCode codigo, String mensaje, Optional<String> valor, List<Finding> hallazgos) {

    /**
     * Checks the components and copies the list.
     *
     * @param codigo code
     * @param mensaje message
     * @param valor offending value
     * @param hallazgos findings
     */
    public Rejection {
        Objects.requireNonNull(codigo, "codigo");
        Objects.requireNonNull(mensaje, "mensaje");
        Objects.requireNonNull(valor, "valor");
        hallazgos = List.copyOf(hallazgos);
        if (mensaje.isBlank()) {
            throw new IllegalArgumentException("a rejection needs a message a person can act on");
        }
        if (hallazgos.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least its main finding");
        }
    }

    /**
     * A rejection from a catalogued code, its message filled with {@code args}.
     *
     * @param codigo the code
     * @param valor the offending value, or {@code null} when there is none to show
     * @param args the placeholders of the message
     * @return the rejection
     */
    public static Rejection of(ErrorCode codigo, @Nullable String valor, Object... args) {
        Finding main = Finding.error(codigo, valor, args);
        return new Rejection(codigo, main.message(), Optional.ofNullable(valor), List.of(main));
    }

    /**
     * A rejection whose main finding is followed by more detailed ones (for example a ZIP's findings).
     *
     * @param codigo the code
     * @param valor the offending value, or {@code null}
     * @param detalles the detailed findings
     * @param args the placeholders of the message
     * @return the rejection
     */
    public static Rejection withDetails(ErrorCode codigo, @Nullable String valor, List<Finding> detalles,
            Object... args) {
        Finding main = Finding.error(codigo, valor, args);
        List<Finding> all = new java.util.ArrayList<>();
        all.add(main);
        all.addAll(detalles);
        return new Rejection(codigo, main.message(), Optional.ofNullable(valor), all);
    }

    /**
     * Whether this rejection has this code.
     *
     * @param code a code
     * @return {@code true} when it is the main code
     */
    public boolean is(ErrorCode code) {
        return codigo.equals(code);
    }

    /** @return the main finding (always an {@link Severity#ERROR}) */
    public Finding principal() {
        return hallazgos.get(0);
    }
}
