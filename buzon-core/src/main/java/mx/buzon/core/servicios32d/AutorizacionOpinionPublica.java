package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Folio;

/**
 * Whether a particular authorized the IMSS to make their opinión del cumplimiento public (relación de trámites 9.3,
 * "32D Autorización de Opinión Pública"; Guía 32-D; Reglas ACDO.AS2.HCT.270422/107.P.DIR, Regla Séptima).
 *
 * <p>Invariants, checked by the constructor: {@code autorizadaEl} and {@code folioAcuse} are both present (public)
 * or both empty (not public); an authorization is not after {@code ultimoMovimientoEl}. Immutable and thread-safe.
 *
 * @param particular the particular
 * @param autorizadaEl when the authorization in force was signed, if any
 * @param folioAcuse the folio of its acuse, if any
 * @param ultimoMovimientoEl the instant of the last authorization or cancellation, if any
 */
public record AutorizacionOpinionPublica(Particular particular, Optional<Instant> autorizadaEl,
        Optional<Folio> folioAcuse, Optional<Instant> ultimoMovimientoEl) {

    /**
     * Checks the invariants.
     *
     * @param particular particular
     * @param autorizadaEl authorized at
     * @param folioAcuse acuse folio
     * @param ultimoMovimientoEl last movement
     */
    public AutorizacionOpinionPublica {
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(autorizadaEl, "autorizadaEl");
        Objects.requireNonNull(folioAcuse, "folioAcuse");
        Objects.requireNonNull(ultimoMovimientoEl, "ultimoMovimientoEl");
        if (autorizadaEl.isPresent() != folioAcuse.isPresent()) {
            throw new IllegalArgumentException("an authorization in force has both its instant and its acuse folio: "
                    + autorizadaEl + ", " + folioAcuse);
        }
        if (autorizadaEl.isPresent()
                && (ultimoMovimientoEl.isEmpty() || autorizadaEl.get().isAfter(ultimoMovimientoEl.get()))) {
            throw new IllegalArgumentException("authorization at " + autorizadaEl.get()
                    + " is after the last movement " + ultimoMovimientoEl);
        }
    }

    /**
     * A particular who has not authorized it.
     *
     * @param particular the particular
     * @return the initial state
     */
    public static AutorizacionOpinionPublica noAutorizada(Particular particular) {
        return new AutorizacionOpinionPublica(particular, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** @return {@code true} while the authorization is in force: the public may consult the opinion */
    public boolean isPublica() {
        return autorizadaEl.isPresent();
    }
}
