package mx.buzon.core.testing;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.BuzonRepository;
import mx.buzon.core.medios.EstadoBuzon;

/** A {@link BuzonRepository} in a map, for tests, examples and single-process tools. Thread-safe. */
public final class InMemoryBuzonRepository implements BuzonRepository {

    private final Map<Rfc, EstadoBuzon> estados = new ConcurrentHashMap<>();

    /** An empty repository. */
    public InMemoryBuzonRepository() {
    }

    @Override
    public Optional<EstadoBuzon> findByRfc(Rfc rfc) {
        return Optional.ofNullable(estados.get(rfc));
    }

    @Override
    public void save(EstadoBuzon estado) {
        estados.put(estado.particular().rfc(), estado);
    }
}
