package mx.buzon.core.medios;

import java.util.Optional;
import mx.buzon.core.id.Rfc;

/**
 * The host's store of Buzón states, one per RFC. Implementations used from several threads must be thread-safe.
 */
public interface BuzonRepository {

    /**
     * The stored state of an RFC.
     *
     * @param rfc the particular's RFC
     * @return the state, or empty when none is stored
     */
    Optional<EstadoBuzon> cargar(Rfc rfc);

    /**
     * Stores a state, replacing the RFC's previous one.
     *
     * @param estado the state
     */
    void guardar(EstadoBuzon estado);
}
