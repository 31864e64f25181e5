package mx.buzon.core.promocion;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;

/**
 * What a particular sends to file a promoción (Guía de Promociones Electrónicas, V.1–V.10), as typed:
 * the workflow validates it ({@link PromocionWorkflow#presentar}).
 *
 * <p>Example: an aclaración about {@link AsuntoPromocion#OPINION_PUBLICA_32D} with a description, telephone
 * {@code "55 1234 5678"} and {@code ArchivoEvidencia.inspect("evidencias.zip", bytes)}. Immutable and
 * thread-safe.
 *
 * @param particular who files it (RFC, name, domicile zone)
 * @param tipo aclaración or orientación
 * @param asunto from the catalogue
 * @param descripcion the planteamiento as typed (at most 4,000 characters)
 * @param telefono the telephone as typed (required for an aclaración, optional otherwise)
 * @param evidencia the inspected ZIP (required for an aclaración, optional otherwise)
 */
public record SolicitudPromocion(Particular particular, TipoPromocion tipo, AsuntoPromocion asunto, String descripcion,
        Optional<String> telefono, Optional<ArchivoEvidencia> evidencia) {

    /**
     * Checks that no component is null (the content is the workflow's to judge).
     *
     * @param particular particular
     * @param tipo tipo
     * @param asunto asunto
     * @param descripcion description
     * @param telefono telephone
     * @param evidencia evidence
     */
    public SolicitudPromocion {
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(asunto, "asunto");
        Objects.requireNonNull(descripcion, "descripcion");
        Objects.requireNonNull(telefono, "telefono");
        Objects.requireNonNull(evidencia, "evidencia");
    }

    /**
     * An aclaración: telephone and ZIP of evidence required.
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @param telefono the 10-digit telephone as typed
     * @param evidencia the inspected ZIP
     * @return the request
     */
    public static SolicitudPromocion aclaracion(Particular particular, AsuntoPromocion asunto, String descripcion,
            String telefono, ArchivoEvidencia evidencia) {
        return new SolicitudPromocion(particular, TipoPromocion.ACLARACION, asunto, descripcion,
                Optional.of(telefono), Optional.of(evidencia));
    }

    /**
     * An orientación without telephone or evidence.
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @return the request
     */
    public static SolicitudPromocion orientacion(Particular particular, AsuntoPromocion asunto, String descripcion) {
        return new SolicitudPromocion(particular, TipoPromocion.ORIENTACION, asunto, descripcion, Optional.empty(),
                Optional.empty());
    }

    /**
     * An aclaración as sent without its ZIP of evidence (the person attached none): {@code presentar} refuses it
     * with {@link PromocionErrorCode#PROMOCION_EVIDENCIA_REQUERIDA}, naming what to attach.
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @param telefono the 10-digit telephone as typed
     * @return the request
     */
    public static SolicitudPromocion aclaracion(Particular particular, AsuntoPromocion asunto, String descripcion,
            String telefono) {
        return new SolicitudPromocion(particular, TipoPromocion.ACLARACION, asunto, descripcion,
                Optional.of(telefono), Optional.empty());
    }

    /**
     * An orientación with a telephone (optional for an orientación, checked like an aclaración's when given).
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @param telefono the 10-digit telephone as typed
     * @return the request
     */
    public static SolicitudPromocion orientacion(Particular particular, AsuntoPromocion asunto, String descripcion,
            String telefono) {
        return new SolicitudPromocion(particular, TipoPromocion.ORIENTACION, asunto, descripcion,
                Optional.of(telefono), Optional.empty());
    }

    /**
     * An orientación with a ZIP of evidence (optional for an orientación, inspected like an aclaración's).
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @param evidencia the inspected ZIP
     * @return the request
     */
    public static SolicitudPromocion orientacion(Particular particular, AsuntoPromocion asunto, String descripcion,
            ArchivoEvidencia evidencia) {
        return new SolicitudPromocion(particular, TipoPromocion.ORIENTACION, asunto, descripcion, Optional.empty(),
                Optional.of(evidencia));
    }

    /**
     * An orientación with a telephone and a ZIP of evidence.
     *
     * @param particular who files it
     * @param asunto the asunto
     * @param descripcion the planteamiento
     * @param telefono the 10-digit telephone as typed
     * @param evidencia the inspected ZIP
     * @return the request
     */
    public static SolicitudPromocion orientacion(Particular particular, AsuntoPromocion asunto, String descripcion,
            String telefono, ArchivoEvidencia evidencia) {
        return new SolicitudPromocion(particular, TipoPromocion.ORIENTACION, asunto, descripcion,
                Optional.of(telefono), Optional.of(evidencia));
    }
}
