package mx.buzon.core.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.promocion.FiltroTablero;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionRepository;

/**
 * A {@link PromocionRepository} held in memory, for examples and tests (not for a service that restarts).
 * Thread-safe: backed by a {@link ConcurrentHashMap}; each answer is a snapshot.
 */
public final class InMemoryPromocionRepository implements PromocionRepository {

    private static final Comparator<Promocion> MOST_RECENT_FIRST = Comparator
            .comparing(Promocion::recibidaEl)
            .thenComparing(p -> p.folio().toString())
            .reversed();

    private final ConcurrentMap<Folio, Promocion> byFolio = new ConcurrentHashMap<>();

    /** An empty repository. */
    public InMemoryPromocionRepository() {
    }

    @Override
    public void save(Promocion promocion) {
        Objects.requireNonNull(promocion, "promocion");
        byFolio.put(promocion.folio(), promocion);
    }

    @Override
    public Optional<Promocion> findByFolio(Folio folio) {
        Objects.requireNonNull(folio, "folio");
        return Optional.ofNullable(byFolio.get(folio));
    }

    @Override
    public List<Promocion> tablero(Rfc rfc, FiltroTablero filtro) {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(filtro, "filtro");
        return byFolio.values().stream()
                .filter(p -> p.particular().rfc().equals(rfc))
                .filter(filtro)
                .sorted(MOST_RECENT_FIRST)
                .toList();
    }
}
