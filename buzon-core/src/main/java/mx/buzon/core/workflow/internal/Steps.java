package mx.buzon.core.workflow.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.medios.MediosErrorCode;
import mx.buzon.core.notificacion.NotificacionErrorCode;
import mx.buzon.core.promocion.PromocionErrorCode;
import mx.buzon.core.servicios32d.Servicios32DErrorCode;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.problem.ErrorCode;

/**
 * The mechanics every workflow shares, in one place: the folio of a step, the check that steps come in instant
 * order, and the one list of the code enums a {@link Rejection} may carry (read back from JSON by its code).
 */
public final class Steps {

    /** Every code a workflow rejection may carry, in catalogue order. */
    public static final List<ErrorCode> REJECTION_CODES = Stream.of(MediosErrorCode.values(),
                    ContactoErrorCode.values(), PromocionErrorCode.values(), NotificacionErrorCode.values(),
                    Servicios32DErrorCode.values())
            .flatMap(Stream::of).map(ErrorCode.class::cast).toList();

    private static final Map<String, ErrorCode> BY_CODE = REJECTION_CODES.stream()
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private Steps() {
    }

    /**
     * The folio of a step's acuse: prefix {@link Folio#BUZON_PREFIX}, the Zona Centro date of the step
     * (Lineamientos 5.7) and the host's next number. Call it only once the command is accepted, so a refused
     * command uses no number.
     *
     * @param folios the host's sequence
     * @param el the instant of the step
     * @return the folio, e.g. {@code BI-20260302-000000001}
     */
    public static Folio nextFolio(FolioSequence folios, Instant el) {
        return Folio.next(Folio.BUZON_PREFIX, el.atZone(MexicanTime.ZONA_CENTRO).toLocalDate(), folios);
    }

    /**
     * Steps come in instant order: a command dated before the last step of its state is refused, with a code
     * whose template takes the command's instant and the last one ({@code "El movimiento con fecha %s es anterior
     * al último ... (%s)"}).
     *
     * @param el the command's instant
     * @param last the instant of the state's last step
     * @param code the workflow's code for it
     * @return the rejection, or empty when {@code el} is not before {@code last}
     */
    public static Optional<Rejection> notBefore(Instant el, Instant last, ErrorCode code) {
        return el.isBefore(last) ? Optional.of(Rejection.of(code, el.toString(), el, last)) : Optional.empty();
    }

    /**
     * The workflow code with this code string.
     *
     * @param code e.g. {@code "PROMOCION_EVIDENCIA_REQUERIDA"}
     * @return the code
     * @throws IllegalArgumentException when no workflow has it
     */
    public static ErrorCode rejectionCode(String code) {
        ErrorCode c = BY_CODE.get(code);
        if (c == null) {
            throw new IllegalArgumentException("unknown workflow code \"" + code + "\"");
        }
        return c;
    }
}
