package mx.buzon.core.promocion;

import mx.buzon.problem.ErrorCode;

/**
 * Why the promociones electrónicas workflow refuses a command (Guía de Promociones Electrónicas;
 * Lineamientos 6.1, 6.3). Stable codes; Spanish messages a person can act on.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum PromocionErrorCode implements ErrorCode {
    /** The description is empty or only spaces. */
    PROMOCION_DESCRIPCION_VACIA("La descripción de la promoción está vacía; describa su planteamiento."),
    /** The description is longer than 4,000 characters (code points after NFC). */
    PROMOCION_DESCRIPCION_LARGA("La descripción tiene %s caracteres; el máximo es %s, incluyendo espacios y signos "
            + "de puntuación. Resuma su planteamiento."),
    /** The description holds a control character or a broken surrogate. */
    PROMOCION_DESCRIPCION_CARACTER_INVALIDO("La descripción contiene un carácter no permitido (%s) en la posición %s; "
            + "elimínelo y vuelva a enviar."),
    /** An aclaración without telephone. */
    PROMOCION_TELEFONO_REQUERIDO("Una aclaración requiere un número de teléfono de 10 dígitos; captúrelo."),
    /** An aclaración without its ZIP of evidence. */
    PROMOCION_EVIDENCIA_REQUERIDA("Una aclaración requiere un archivo .zip menor a 10 MB con las evidencias de la "
            + "problemática; adjúntelo."),
    /** The evidence file's name does not end in .zip. */
    PROMOCION_EVIDENCIA_NOMBRE("El archivo de evidencias \"%s\" no tiene extensión .zip; adjunte un archivo .zip."),
    /** The ZIP of evidence failed the inspection; the details follow as findings. */
    PROMOCION_EVIDENCIA_INVALIDA("El archivo de evidencias \"%s\" no puede aceptarse: %s Corrija el .zip y vuelva a "
            + "adjuntarlo."),
    /** The promoción was already answered: Atendida is final. */
    PROMOCION_YA_ATENDIDA("La promoción %s ya fue atendida el %s; no admite más movimientos. Presente una nueva "
            + "solicitud si lo requiere."),
    /** A command dated before the promoción's last movement. */
    PROMOCION_INSTANTE_ANTERIOR("El movimiento con fecha %s es anterior al último movimiento de la promoción (%s); "
            + "verifique la fecha y hora."),
    /** A new response date not after today and the current one. */
    PROMOCION_FECHA_NO_POSTERIOR("La nueva fecha de respuesta %s debe ser posterior a %s; indique una fecha "
            + "posterior."),
    /** A new response date that is not a día hábil. */
    PROMOCION_FECHA_INHABIL("La nueva fecha de respuesta %s es día inhábil (CFF art. 12); indique un día hábil."),
    /** Canalizar to the asunto the promoción already has. */
    PROMOCION_MISMO_ASUNTO("La promoción ya está en el asunto \"%s\"; para canalizarla indique un asunto distinto."),
    /** An empty response. */
    PROMOCION_RESPUESTA_VACIA("La respuesta a la promoción está vacía; capture el texto de la respuesta.");

    private final String template;

    PromocionErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
