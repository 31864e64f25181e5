package mx.buzon.core.catalog;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * When the IMSS announced that a deferred trámite is available (Lineamientos, Transitorio Segundo). Host data:
 * the SDK does not know the announcements. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface AnunciosImss {

    /** No announcement known: every {@link Disponibilidad#AL_ANUNCIARSE} trámite is unavailable. */
    AnunciosImss NINGUNO = tramite -> Optional.empty();

    /**
     * The day from which the trámite is available, if announced.
     *
     * @param tramite a trámite
     * @return the first day of availability, or empty when not announced
     */
    Optional<LocalDate> anunciadoDesde(Tramite tramite);

    /**
     * Announcements from a map (copied).
     *
     * @param fechas first day of availability by trámite
     * @return the announcements
     */
    static AnunciosImss of(Map<Tramite, LocalDate> fechas) {
        Map<Tramite, LocalDate> copy = Map.copyOf(fechas);
        return tramite -> Optional.ofNullable(copy.get(tramite));
    }
}
