package mx.buzon.core.acuse;

/**
 * The keys of the cadena original of the acuses, as constants so that producers and verifiers spell them alike.
 *
 * <p>The first eight ({@link #ACTO} to {@link #REGISTRO_PATRONAL}) are common to every acuse and written by
 * {@link Acuse} itself; the rest are type-specific and given in {@link Acuse#of}'s map (which keys each type
 * takes, and which are optional, is {@link AcuseTipo#camposEspecificos()}). Values are text; instants are ISO-8601
 * with offset ({@code 2026-03-06T09:30:00-06:00}), dates ISO-8601 ({@code 2026-03-09}), digests 64 lower-case
 * hex digits.
 *
 * <p>Constants only: stateless and thread-safe.
 */
public final class CampoAcuse {

    private CampoAcuse() {
    }

    /** The type's code, {@link AcuseTipo#name()}, e.g. {@code REGISTRO_MEDIOS_CONTACTO}. */
    public static final String ACTO = "Acto";
    /** The folio, e.g. {@code BI-20250203-100717151}. */
    public static final String FOLIO = "Folio";
    /** The instant in Zona Centro (Lineamientos 5.7), e.g. {@code 2025-02-03T10:07:17-06:00}. */
    public static final String FECHA_HORA = "FechaHora";
    /** The same instant in the domicile zone (Lineamientos 5.8), e.g. {@code 2025-02-03T08:07:17-08:00}. */
    public static final String FECHA_HORA_DOMICILIO = "FechaHoraDomicilio";
    /** The particular's RFC. */
    public static final String RFC = "RFC";
    /** Nombre, denominación o razón social. */
    public static final String NOMBRE = "Nombre";
    /** The particular's CURP, when the acuse carries it (optional). */
    public static final String CURP = "CURP";
    /** The registro patronal the actuación refers to, when it refers to one (optional). */
    public static final String REGISTRO_PATRONAL = "RegistroPatronal";

    /** Medio de contacto: {@code CORREO_ELECTRONICO} or {@code TELEFONO_MOVIL}. */
    public static final String MECANISMO = "Mecanismo";
    /** The e-mail address or the 10-digit mobile number. */
    public static final String MEDIO_CONTACTO = "MedioContacto";
    /** Estatus de registro: {@code En proceso}, {@code Validado}. */
    public static final String ESTATUS = "Estatus";
    /**
     * Where a medio de contacto applies: {@code RFC}, {@code REGISTRO_PATRONAL} (the one in
     * {@link #REGISTRO_PATRONAL}) or {@code TODOS_LOS_REGISTROS_PATRONALES} (Lineamientos 5.1).
     */
    public static final String AMBITO = "Ambito";
    /** The folio of the registration acuse a validation confirms. */
    public static final String FOLIO_REGISTRO = "FolioRegistro";
    /**
     * Número de certificado of the e.firma that signed (SAT's 20 digits), as
     * {@link mx.buzon.core.id.NumeroCertificado#toString()} writes it; {@link Acuse#noCertificado()} reads it.
     */
    public static final String NO_CERTIFICADO = "NoCertificado";
    /**
     * SHA-256 (UTF-8) of the whole text the particular signs to activate the Buzón and the acuse prints: the
     * solicitud y manifestación and the Carta de términos y condiciones,
     * {@code AcuseTipo.ACTIVACION_BUZON.textoLegal()}. (Acuses of the earlier embedded format
     * {@code mx.buzon.acuse/2} hashed only the solicitud and its closing declaration.)
     */
    public static final String TERMINOS_SHA256 = "Terminos_SHA256";
    /** The folio of the authorization a cancellation ends. */
    public static final String FOLIO_AUTORIZACION = "FolioAutorizacion";
    /** RFC of the authorized third party (32-D). */
    public static final String RFC_TERCERO = "RFCTercero";
    /** Name of the authorized third party (32-D). */
    public static final String NOMBRE_TERCERO = "NombreTercero";
    /** Tipo de promoción: {@code ACLARACION} or {@code ORIENTACION}. */
    public static final String TIPO_PROMOCION = "TipoPromocion";
    /** The asunto of a promoción. */
    public static final String ASUNTO = "Asunto";
    /** SHA-256 of the promoción's description (free text enters by digest, docs/LEGAL.md §5). */
    public static final String DESCRIPCION_SHA256 = "Descripcion_SHA256";
    /** The contact phone of an aclaración. */
    public static final String TELEFONO = "Telefono";
    /** SHA-256 of the ZIP of evidence. */
    public static final String EVIDENCIA_SHA256 = "Evidencia_SHA256";
    /** The instant the actuación counts as received (Lineamientos 6.3), ISO-8601 with offset. */
    public static final String RECIBIDA_EL = "RecibidaEl";
    /** The legal date in the domicile zone (Lineamientos 5.8), ISO-8601 date. */
    public static final String FECHA_LEGAL = "FechaLegal";
    /** The folio of the promoción an IMSS acuse refers to. */
    public static final String FOLIO_PROMOCION = "FolioPromocion";
    /** The (new) date of response, ISO-8601 date. */
    public static final String FECHA_RESPUESTA = "FechaRespuesta";
    /** The asunto a canalized promoción had. */
    public static final String ASUNTO_ANTERIOR = "AsuntoAnterior";
    /** The asunto a canalized promoción now has. */
    public static final String ASUNTO_NUEVO = "AsuntoNuevo";
    /** SHA-256 of the response document. */
    public static final String RESPUESTA_SHA256 = "Respuesta_SHA256";
    /** The acto notified (catalogue of Lineamientos 7.1). */
    public static final String ACTO_NOTIFICADO = "ActoNotificado";
    /** A reference of the notified document (número de oficio, crédito), optional. */
    public static final String REFERENCIA = "Referencia";
    /** SHA-256 of the notified document. */
    public static final String DOCUMENTO_SHA256 = "Documento_SHA256";
    /** When the aviso was sent (Lineamientos 7.3), ISO-8601 with offset. */
    public static final String AVISO_ENVIADO_EL = "AvisoEnviadoEl";
    /** When the particular opened the document, ISO-8601 with offset. */
    public static final String ABIERTA_EL = "AbiertaEl";
    /** When the notification counts as made (Lineamientos 7.2, 7.4, 7.5), ISO-8601 with offset. */
    public static final String NOTIFICADA_EL = "NotificadaEl";
    /** The día hábil the notification surte efectos (CFF art. 135), ISO-8601 date. */
    public static final String SURTE_EFECTOS = "SurteEfectos";
}
