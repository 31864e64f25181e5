package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Rfc;

/**
 * The third parties a particular authorized to consult their opinión del cumplimiento (relación de trámites 9.1,
 * "32D Autorización de Terceros"; 9.2 "Consulta por Terceros Autorizados").
 *
 * <p>Invariants, checked by the constructor: no RFC twice, never the particular's own RFC, never a generic RFC;
 * no authorization after {@code ultimoMovimientoEl}. Example: {@code TercerosAutorizados.ninguno(particular)}
 * then {@link Servicios32DWorkflow#autorizarTercero}. Immutable and thread-safe.
 *
 * @param particular who authorizes
 * @param vigentes the authorizations in force, oldest first
 * @param ultimoMovimientoEl the instant of the last authorization or cancellation, if any
 */
public record TercerosAutorizados(Particular particular, List<AutorizacionTercero> vigentes,
        Optional<Instant> ultimoMovimientoEl) {

    /**
     * Checks the invariants and copies the list.
     *
     * @param particular particular
     * @param vigentes authorizations
     * @param ultimoMovimientoEl last movement
     */
    public TercerosAutorizados {
        Objects.requireNonNull(particular, "particular");
        vigentes = List.copyOf(vigentes);
        Objects.requireNonNull(ultimoMovimientoEl, "ultimoMovimientoEl");
        Set<Rfc> seen = new HashSet<>();
        for (AutorizacionTercero a : vigentes) {
            if (!seen.add(a.tercero()) || a.tercero().equals(particular.rfc()) || a.tercero().isGeneric()) {
                throw new IllegalArgumentException("third parties must be distinct, not the particular ("
                        + particular.rfc() + ") and not generic: " + a.tercero());
            }
            if (ultimoMovimientoEl.isEmpty() || a.autorizadaEl().isAfter(ultimoMovimientoEl.get())) {
                throw new IllegalArgumentException("authorization of " + a.tercero() + " at " + a.autorizadaEl()
                        + " is after the last movement " + ultimoMovimientoEl);
            }
        }
    }

    /**
     * A particular with no third party authorized.
     *
     * @param particular the particular
     * @return the empty state
     */
    public static TercerosAutorizados ninguno(Particular particular) {
        return new TercerosAutorizados(particular, List.of(), Optional.empty());
    }

    /**
     * The authorization in force for a third party.
     *
     * @param tercero an RFC
     * @return the authorization, or empty
     */
    public Optional<AutorizacionTercero> autorizacion(Rfc tercero) {
        Objects.requireNonNull(tercero, "tercero");
        return vigentes.stream().filter(a -> a.tercero().equals(tercero)).findFirst();
    }

    /**
     * Whether a third party may consult the opinion (relación de trámites 9.2).
     *
     * @param tercero an RFC
     * @return {@code true} when authorized
     */
    public boolean puedeConsultar(Rfc tercero) {
        return autorizacion(tercero).isPresent();
    }

    TercerosAutorizados with(AutorizacionTercero a) {
        List<AutorizacionTercero> next = new ArrayList<>(vigentes);
        next.add(a);
        return new TercerosAutorizados(particular, next, Optional.of(a.autorizadaEl()));
    }

    TercerosAutorizados without(Rfc tercero, Instant el) {
        List<AutorizacionTercero> next = new ArrayList<>(vigentes);
        next.removeIf(a -> a.tercero().equals(tercero));
        return new TercerosAutorizados(particular, next, Optional.of(el));
    }
}
