package mx.buzon.core.promocion;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import mx.buzon.core.catalog.AsuntoPromocion;

/**
 * The filters of the tablero principal (Guía de Promociones Electrónicas, glossary: "los filtros de
 * búsqueda: asunto, estatus y fecha de recepción"). Every filter is optional; an empty one matches everything.
 *
 * <p>Readings the SDK chose: the asunto compared is {@link Promocion#asuntoActual()} (after a canalización the
 * promoción is found under its new asunto); the date range compares {@link Promocion#fechaRecepcion()}, the legal
 * date of receipt (6.3, 5.8), both ends included. Example: {@code FiltroTablero.TODAS.conEstatus(EN_PRORROGA)
 * .recibidasEntre(2026-03-01, 2026-03-31)}. Immutable and thread-safe.
 *
 * @param asunto only promociones whose current asunto is this one
 * @param estatus only promociones in this status
 * @param recibidaDesde only promociones received on or after this date
 * @param recibidaHasta only promociones received on or before this date
 */
public record FiltroTablero(Optional<AsuntoPromocion> asunto, Optional<EstatusPromocion> estatus,
        Optional<LocalDate> recibidaDesde, Optional<LocalDate> recibidaHasta) implements Predicate<Promocion> {

    /** The filter that matches every promoción. */
    public static final FiltroTablero TODAS =
            new FiltroTablero(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * Checks the components.
     *
     * @param asunto asunto
     * @param estatus status
     * @param recibidaDesde from (inclusive)
     * @param recibidaHasta to (inclusive)
     * @throws IllegalArgumentException if {@code recibidaDesde} is after {@code recibidaHasta}
     */
    public FiltroTablero {
        Objects.requireNonNull(asunto, "asunto");
        Objects.requireNonNull(estatus, "estatus");
        Objects.requireNonNull(recibidaDesde, "recibidaDesde");
        Objects.requireNonNull(recibidaHasta, "recibidaHasta");
        if (recibidaDesde.isPresent() && recibidaHasta.isPresent()
                && recibidaDesde.get().isAfter(recibidaHasta.get())) {
            throw new IllegalArgumentException("the range of fecha de recepción must not be empty: "
                    + recibidaDesde.get() + " is after " + recibidaHasta.get());
        }
    }

    /**
     * This filter restricted to an asunto.
     *
     * @param value e.g. {@link AsuntoPromocion#ICSOE}
     * @return the new filter
     */
    public FiltroTablero conAsunto(AsuntoPromocion value) {
        return new FiltroTablero(Optional.of(value), estatus, recibidaDesde, recibidaHasta);
    }

    /**
     * This filter restricted to a status.
     *
     * @param value e.g. {@link EstatusPromocion#ATENDIDA}
     * @return the new filter
     */
    public FiltroTablero conEstatus(EstatusPromocion value) {
        return new FiltroTablero(asunto, Optional.of(value), recibidaDesde, recibidaHasta);
    }

    /**
     * This filter restricted to a range of fecha de recepción, both ends included.
     *
     * @param desde first day
     * @param hasta last day, not before {@code desde}
     * @return the new filter
     */
    public FiltroTablero recibidasEntre(LocalDate desde, LocalDate hasta) {
        return new FiltroTablero(asunto, estatus, Optional.of(desde), Optional.of(hasta));
    }

    @Override
    public boolean test(Promocion p) {
        return asunto.map(a -> a == p.asuntoActual()).orElse(true)
                && estatus.map(e -> e == p.estatus()).orElse(true)
                && recibidaDesde.map(d -> !p.fechaRecepcion().isBefore(d)).orElse(true)
                && recibidaHasta.map(h -> !p.fechaRecepcion().isAfter(h)).orElse(true);
    }
}
