package mx.buzon.core.medios;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.NumeroCertificado;

/**
 * How and when a Buzón IMSS became habilitado (Lineamientos 5.3, 5.4). Immutable and thread-safe.
 *
 * @param habilitadoEn the instant
 * @param origen by signing the términos y condiciones (5.3) or already activated before the Lineamientos (5.4)
 * @param folioAcuse the folio of the activation acuse (only for {@link Origen#TERMINOS_FIRMADOS})
 * @param noCertificado the número de certificado of the e.firma that signed (only for
 *     {@link Origen#TERMINOS_FIRMADOS})
 */
public record Habilitacion(Instant habilitadoEn, Origen origen, Optional<Folio> folioAcuse,
        Optional<NumeroCertificado> noCertificado) {

    /** Why the Buzón is habilitado. */
    public enum Origen {
        /** Lineamientos 5.3: términos y condiciones signed with the e.firma, activation acuse issued. */
        TERMINOS_FIRMADOS,
        /**
         * Lineamientos 5.4: the Buzón was activated under the 2020 Lineamientos; registration and signature are
         * deemed fulfilled.
         */
        ACTIVADO_PREVIAMENTE
    }

    /**
     * Checks that folio and certificate are present exactly for signed términos.
     *
     * @throws IllegalArgumentException otherwise
     */
    public Habilitacion {
        Objects.requireNonNull(habilitadoEn, "habilitadoEn");
        Objects.requireNonNull(origen, "origen");
        Objects.requireNonNull(folioAcuse, "folioAcuse");
        Objects.requireNonNull(noCertificado, "noCertificado");
        boolean firmado = origen == Origen.TERMINOS_FIRMADOS;
        if (folioAcuse.isPresent() != firmado || noCertificado.isPresent() != firmado) {
            throw new IllegalArgumentException("folioAcuse and noCertificado are present exactly for TERMINOS_FIRMADOS");
        }
    }
}
