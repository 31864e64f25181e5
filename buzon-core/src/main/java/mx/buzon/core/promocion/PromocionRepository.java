package mx.buzon.core.promocion;

import java.util.List;
import java.util.Optional;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;

/**
 * Where the host keeps promociones: the port the tablero principal reads (Guía de Promociones, V.13 and VI.1). Storage is
 * the host's (a database); {@link mx.buzon.core.testing.InMemoryPromocionRepository} serves examples and tests.
 *
 * <p>Contract: {@link #save(Promocion)} replaces the promoción with the same folio; {@link #tablero} returns the
 * particular's promociones matching the filter, the most recently received first (ties: folio descending).
 * Implementations must be thread-safe.
 */
public interface PromocionRepository {

    /**
     * Stores a promoción, replacing the one with the same folio.
     *
     * @param promocion the promoción (usually a workflow's new state)
     */
    void save(Promocion promocion);

    /**
     * The promoción with this folio.
     *
     * @param folio e.g. {@code BI-20260302-000000001}
     * @return the promoción, or empty
     */
    Optional<Promocion> findByFolio(Folio folio);

    /**
     * The tablero principal of a particular: their promociones matching the filter.
     *
     * @param rfc the particular's RFC
     * @param filtro the filters, e.g. {@link FiltroTablero#TODAS}
     * @return the matching promociones, most recently received first
     */
    List<Promocion> tablero(Rfc rfc, FiltroTablero filtro);
}
