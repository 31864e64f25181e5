package mx.buzon.core.notificacion;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;

/**
 * What the IMSS sends to start an electronic notification (Lineamientos 7.1, 7.3): the addressee, the acto and
 * the digest of the signed digital document. Immutable and thread-safe.
 *
 * @param particular the addressee (RFC, name, domicile zone)
 * @param acto the acto from the relación de trámites (7.1–7.18)
 * @param documentoSha256 the SHA-256 of the digital document to notify
 * @param referencia a reference of the document (número de oficio, crédito), if any; it enters the acuse
 */
public record AvisoNotificacion(Particular particular, ActoNotificable acto, Sha256 documentoSha256,
        Optional<String> referencia) {

    /**
     * Checks the components.
     *
     * @param particular addressee
     * @param acto acto
     * @param documentoSha256 digest
     * @param referencia reference
     * @throws IllegalArgumentException if the reference is blank
     */
    public AvisoNotificacion {
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(acto, "acto");
        Objects.requireNonNull(documentoSha256, "documentoSha256");
        Objects.requireNonNull(referencia, "referencia");
        if (referencia.filter(String::isBlank).isPresent()) {
            throw new IllegalArgumentException("a notification's reference, when given, must not be blank");
        }
    }

    /**
     * An aviso without reference.
     *
     * @param particular addressee
     * @param acto acto
     * @param documentoSha256 digest
     * @return the aviso
     */
    public static AvisoNotificacion of(Particular particular, ActoNotificable acto, Sha256 documentoSha256) {
        return new AvisoNotificacion(particular, acto, documentoSha256, Optional.empty());
    }

    /**
     * An aviso with the reference of the document (e.g. the oficio number), so no {@code Optional} is passed.
     *
     * @param particular addressee
     * @param acto acto
     * @param documentoSha256 digest
     * @param referencia e.g. {@code "Oficio 1"}; not blank
     * @return the aviso
     * @throws IllegalArgumentException if the reference is blank
     */
    public static AvisoNotificacion of(Particular particular, ActoNotificable acto, Sha256 documentoSha256,
            String referencia) {
        return new AvisoNotificacion(particular, acto, documentoSha256, Optional.of(referencia));
    }
}
