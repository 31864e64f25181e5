package mx.buzon.core.catalog;

/**
 * The administrative and fiscal acts the IMSS notifies through the Buzón: items 7.1 to 7.18 of the relación de
 * trámites y servicios attached to the Lineamientos (the Lineamientos' DOF text, "RELACIÓN DE TRÁMITES Y SERVICIOS DISPONIBLES Y
 * POR OFRECERSE EN EL BUZÓN IMSS", item 7 "Notificaciones"). Per Transitorio Segundo, 7.5 to 7.18 become
 * available only when the IMSS announces them ({@link Tramite#disponibilidad()}).
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum ActoNotificable {
    /** 7.1. */
    RESOLUCION_DETERMINACION_PRIMA_RT("7.1", "Resolución de Determinación de la Prima en el Seguro de Riesgos de Trabajo."),
    /** 7.2. */
    RESOLUCION_RECTIFICACION_PRIMA_RT("7.2", "Resolución de Rectificación de la Prima en el Seguro de Riesgos de Trabajo."),
    /** 7.3. */
    MULTA_RECTIFICACION_PRIMA_RT("7.3", "Multa derivada de la Rectificación de la Prima en el Seguro de Riesgos de Trabajo."),
    /** 7.4. */
    RESOLUCION_PRIMA_MEDIA_ART_72("7.4", "Resolución para cubrir la Prima Media, conforme al artículo 72, último "
            + "párrafo, de la Ley del Seguro Social."),
    /** 7.5. */
    RESOLUCION_RECTIFICACION_CLASIFICACION("7.5", "Resolución de rectificación de la clasificación de la empresa."),
    /** 7.6. */
    REQUERIMIENTO_INFORMACION_FALTANTE("7.6", "Oficio de requerimiento de información faltante en el trámite."),
    /** 7.7. */
    DESECHAMIENTO_POR_FALTA_DE_ATENCION("7.7", "Oficio para desechar el trámite por falta de atención del requerimiento."),
    /** 7.8. */
    INVITACION_REVISAR_CLASIFICACION("7.8", "Invitación para revisar la correcta clasificación de las empresas."),
    /** 7.9. */
    REQUERIMIENTO_DOCUMENTACION_CLASIFICACION("7.9", "Oficio de requerimiento de documentación complementaria "
            + "dentro de la corrección en materia de clasificación de empresas."),
    /** 7.10. */
    ABANDONO_CORRECCION_CLASIFICACION("7.10", "Oficio de abandono de la corrección en materia de clasificación de empresas."),
    /** 7.11. */
    RESPUESTA_SALVO_FACULTADES_CLASIFICACION("7.11", "Oficio de respuesta dejando a salvo facultades de "
            + "comprobación en materia de clasificación de empresas."),
    /** 7.12. */
    OFICIO_ARTICULO_182_RACERF("7.12", "Oficio artículo 182 del Reglamento de la Ley del Seguro Social en materia "
            + "de Afiliación, Clasificación de Empresas, Recaudación y Fiscalización (a contrario sensu) en materia "
            + "de clasificación de empresas."),
    /** 7.13. */
    CONCLUSION_CORRECCION_CLASIFICACION("7.13", "Oficio de conclusión del trámite de corrección en materia de "
            + "clasificación de empresas."),
    /** 7.14. */
    CIERRE_VALIDACION_CORRECCION_PATRONAL("7.14", "Oficio de cierre por validación de la corrección patronal."),
    /** 7.15. */
    AUTORIZACION_REGISTRO_DICTAMINAR("7.15", "Autorización de registro para dictaminar las obligaciones en materia "
            + "de seguridad social."),
    /** 7.16. */
    BAJA_REGISTRO_CPA("7.16", "Baja de registro de Contador Público Autorizado."),
    /** 7.17. */
    ARTICULO_17_INSCRIPCIONES_IMPROCEDENTES("7.17", "Artículo 17 de la Ley del Seguro Social a patrones con "
            + "probables inscripciones improcedentes."),
    /** 7.18. */
    CARTA_INVITACION_CONCENTRACION_SALARIAL("7.18", "Carta Invitación a patrones con concentración salarial.");

    private final String numero;
    private final String texto;

    ActoNotificable(String numero, String texto) {
        this.numero = numero;
        this.texto = texto;
    }

    /** @return the number in the relación, e.g. {@code 7.12} */
    public String numero() {
        return numero;
    }

    /** @return the exact text of the seed, e.g. {@code Baja de registro de Contador Público Autorizado.} */
    public String texto() {
        return texto;
    }

    /** @return the entry of the relación de trámites y servicios with the same number */
    public Tramite tramite() {
        return Tramite.fromNumero(numero).orElseThrow();
    }
}
