package mx.buzon.core.medios;

import java.util.Optional;
import mx.buzon.core.id.Rfc;

/**
 * The host's store of Buzón states, one per RFC ({@link mx.buzon.core.testing.InMemoryBuzonRepository} serves
 * examples and tests). Same vocabulary as {@link mx.buzon.core.promocion.PromocionRepository}: {@code findBy…} and
 * {@code save}. Implementations used from several threads must be thread-safe.
 */
public interface BuzonRepository {

    /**
     * The stored state of an RFC.
     *
     * @param rfc the particular's RFC
     * @return the state, or empty when none is stored
     */
    Optional<EstadoBuzon> findByRfc(Rfc rfc);

    /**
     * Stores a state, replacing the RFC's previous one.
     *
     * @param estado the state (a workflow's {@code outcome.stateToStore()})
     */
    void save(EstadoBuzon estado);
}
