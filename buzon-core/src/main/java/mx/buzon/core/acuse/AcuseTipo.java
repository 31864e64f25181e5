package mx.buzon.core.acuse;

import static mx.buzon.core.acuse.CampoAcuse.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.acuse.internal.TextosLegales;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.id.Folio;

/**
 * Every kind of acuse de recibo the Buzón IMSS issues (docs/LEGAL.md §6; Lineamientos 5.1, 5.2, 5.3, 6.1, 7.4, 7.5;
 * the IMSS's Guía 32-D and user guides, docs/LEGAL.md Sources), each with its Spanish title, folio prefix, whether the
 * particular signs it with the e.firma, its legal text and the schema of its cadena original.
 *
 * <p>Cadena schema: the common keys {@code Acto|Folio|FechaHora|FechaHoraDomicilio|RFC|Nombre} (required) and
 * {@code CURP|RegistroPatronal} (optional), then {@link #camposEspecificos()} in order (see {@link CampoAcuse}).
 * The schema's name is the constant's name. A schema is part of what is signed: changing one is a new version.
 *
 * <p>Folio prefix: the IMSS guides show {@code BI} (Buzón IMSS) on the acuses of medios de contacto, and no other
 * prefix on any acuse; every type therefore uses {@link Folio#BUZON_PREFIX}. Uniqueness comes from the host's
 * {@link mx.buzon.core.id.FolioSequence}.
 *
 * <p>Immutable and thread-safe.
 */
public enum AcuseTipo {

    /**
     * Lineamientos 5.1; Guía de Activación. One acuse per medio registered, updated or removed ({@code Estatus} {@code En
     * proceso} or {@code Baja}); not signed by the particular.
     */
    REGISTRO_MEDIOS_CONTACTO("Acuse de registro o actualización de mecanismos de comunicación", false, true,
            TextosLegales.REGISTRO_MEDIOS, req(MECANISMO), req(MEDIO_CONTACTO), req(AMBITO), req(ESTATUS)),
    /** Lineamientos 5.2; Guía de Activación. One acuse per medio validated; not signed by the particular. */
    VALIDACION_MEDIOS_CONTACTO("Acuse de validación de mecanismos de comunicación", false, true,
            TextosLegales.VALIDACION_MEDIOS, req(MECANISMO), req(MEDIO_CONTACTO), req(AMBITO), req(ESTATUS),
            req(FOLIO_REGISTRO)),
    /** Lineamientos 5.3; Guía de Activación: the términos y condiciones signed with the e.firma. */
    ACTIVACION_BUZON("Acuse de la solicitud y manifestación de conformidad para el uso del Buzón IMSS", true, true,
            TextosLegales.SOLICITUD_Y_MANIFESTACION, req(NO_CERTIFICADO), req(TERMINOS_SHA256)),
    /** CFF art. 32-D; Guía 32-D, section IV. */
    AUTORIZACION_OPINION_PUBLICA("Acuse de autorización para hacer pública la opinión del cumplimiento de "
            + "obligaciones fiscales en materia de seguridad social", true, true,
            TextosLegales.AUTORIZACION_OPINION_PUBLICA, req(NO_CERTIFICADO)),
    /** CFF art. 32-D; Guía 32-D, section V. */
    CANCELACION_OPINION_PUBLICA("Acuse de cancelación de la autorización para hacer pública la opinión del "
            + "cumplimiento de obligaciones fiscales en materia de seguridad social", true, true,
            TextosLegales.CANCELACION_OPINION_PUBLICA, req(NO_CERTIFICADO), opt(FOLIO_AUTORIZACION)),
    /** CFF art. 32-D; relación de trámites 9.1. Title and legal text are not from the IMSS guides. */
    AUTORIZACION_TERCERO("Acuse de autorización a terceros para consultar la opinión del cumplimiento de "
            + "obligaciones fiscales en materia de seguridad social", true, false,
            TextosLegales.AUTORIZACION_TERCERO, req(RFC_TERCERO), opt(NOMBRE_TERCERO), req(NO_CERTIFICADO)),
    /** CFF art. 32-D; relación de trámites 9.1. Title and legal text are not from the IMSS guides. */
    CANCELACION_TERCERO("Acuse de cancelación de la autorización a terceros para consultar la opinión del "
            + "cumplimiento de obligaciones fiscales en materia de seguridad social", true, false,
            TextosLegales.CANCELACION_TERCERO, req(RFC_TERCERO), opt(NOMBRE_TERCERO), opt(FOLIO_AUTORIZACION),
            req(NO_CERTIFICADO)),
    /**
     * Lineamientos 5.5, 6.1, 6.3; Guía de Promociones ("Acuse de recepción"). Signed by the particular (5.5: actuaciones use
     * the e.firma). Legal text not from the IMSS guides.
     */
    RECEPCION_PROMOCION("Acuse de recepción de promoción", true, false, TextosLegales.RECEPCION_PROMOCION,
            req(TIPO_PROMOCION), req(ASUNTO), req(DESCRIPCION_SHA256), opt(TELEFONO), opt(EVIDENCIA_SHA256),
            req(RECIBIDA_EL), req(FECHA_LEGAL), req(NO_CERTIFICADO)),
    /** Guía de Promociones ("Caso prorrogado"); issued by the IMSS. Legal text not from the IMSS guides. */
    PRORROGA_PROMOCION("Acuse de prórroga", false, false, TextosLegales.PRORROGA,
            req(FOLIO_PROMOCION), req(FECHA_RESPUESTA)),
    /** Guía de Promociones ("Caso canalizado"); issued by the IMSS. Legal text not from the IMSS guides. */
    CANALIZACION_PROMOCION("Acuse de canalización", false, false, TextosLegales.CANALIZACION,
            req(FOLIO_PROMOCION), req(ASUNTO_ANTERIOR), req(ASUNTO_NUEVO), req(FECHA_RESPUESTA)),
    /** Guía de Promociones ("Consulta de Respuesta"); issued by the IMSS. Legal text not from the IMSS guides. */
    RESPUESTA_PROMOCION("Acuse de respuesta", false, false, TextosLegales.RESPUESTA,
            req(FOLIO_PROMOCION), req(RESPUESTA_SHA256)),
    /**
     * Lineamientos 7.2, 7.4; CFF art. 134 fr. I (the acuse is the digital document the addressee transmits with
     * its e.firma on opening). Title and legal text not from the IMSS guides.
     */
    NOTIFICACION_ABIERTA("Acuse de recibo de notificación electrónica", true, false,
            TextosLegales.NOTIFICACION_ABIERTA, req(ACTO_NOTIFICADO), opt(REFERENCIA), req(DOCUMENTO_SHA256),
            req(AVISO_ENVIADO_EL), req(ABIERTA_EL), req(NOTIFICADA_EL), req(SURTE_EFECTOS), req(NO_CERTIFICADO)),
    /** Lineamientos 7.5: generated automatically on the fourth día hábil. Title and legal text not from the IMSS guides. */
    NOTIFICACION_TENIDA_POR_NOTIFICADA("Acuse de notificación electrónica tenida por realizada al cuarto día hábil",
            false, false, TextosLegales.NOTIFICACION_TENIDA, req(ACTO_NOTIFICADO), opt(REFERENCIA),
            req(DOCUMENTO_SHA256), req(AVISO_ENVIADO_EL), req(NOTIFICADA_EL), req(SURTE_EFECTOS));

    /** The Guía 32-D and the Guía de Activación, on every acuse: what the acuse does not prove. */
    public static final String LEYENDA_NO_PREJUZGA = "El presente acuse de recibo no prejuzga sobre la veracidad, "
            + "autenticidad, calidad, características y contenido de la información enviada.";

    /** The Guía 32-D and the Guía de Activación, the contact footer of every acuse. */
    public static final String CONTACTO = "Paseo de la Reforma 476, P.B., Col. Juárez, Alcaldía Cuauhtémoc, "
            + "C.P. 06600 CDMX. Tel. 800 623 23 23 opción 5, luego opción 5. http://www.imss.gob.mx";

    private final String titulo;
    private final boolean firmaParticular;
    private final boolean textoDeSemillas;
    private final String textoLegal;
    private final List<CadenaField> especificos;
    private final CadenaSchema schema;

    AcuseTipo(String titulo, boolean firmaParticular, boolean textoDeSemillas, String textoLegal,
            CadenaField... especificos) {
        this.titulo = titulo;
        this.firmaParticular = firmaParticular;
        this.textoDeSemillas = textoDeSemillas;
        this.textoLegal = textoLegal;
        this.especificos = List.of(especificos);
        List<CadenaField> all = new ArrayList<>(camposComunes());
        all.addAll(this.especificos);
        this.schema = new CadenaSchema(name(), all);
    }

    /**
     * The keys every acuse's cadena starts with, in order: {@code Acto, Folio, FechaHora, FechaHoraDomicilio,
     * RFC, Nombre} (required), {@code CURP, RegistroPatronal} (optional).
     *
     * @return a new unmodifiable list
     */
    public static List<CadenaField> camposComunes() {
        return List.of(req(ACTO), req(FOLIO), req(FECHA_HORA), req(FECHA_HORA_DOMICILIO), req(RFC), req(NOMBRE),
                opt(CURP), opt(REGISTRO_PATRONAL));
    }

    private static CadenaField req(String key) {
        return CadenaField.required(key);
    }

    private static CadenaField opt(String key) {
        return CadenaField.optional(key);
    }

    /**
     * The Spanish title printed on the acuse.
     *
     * @return e.g. {@code "Acuse de validación de mecanismos de comunicación"}
     */
    public String titulo() {
        return titulo;
    }

    /**
     * The prefix of this type's folios.
     *
     * @return {@code "BI"} for every type (see the class documentation)
     */
    public String prefijoFolio() {
        return Folio.BUZON_PREFIX;
    }

    /**
     * Whether the particular signs this acuse with the e.firma (its cadena original), so that the acuse carries a
     * firma del particular besides the institution's sello digital.
     *
     * @return {@code true} for activation, 32-D, recepción de promoción and notificación abierta
     */
    public boolean firmaParticular() {
        return firmaParticular;
    }

    /**
     * The legal text (body) printed on the acuse, paragraphs separated by a blank line ({@code "\n\n"}); a
     * paragraph that does not end in a punctuation mark is a heading (the activation text has two: "Solicitud y
     * manifestación del solicitante" and "Carta de términos y condiciones para utilizar la firma electrónica
     * avanzada en actos que se realicen ante el IMSS"). For {@link #ACTIVACION_BUZON} it is exactly the text the
     * particular signs (the solicitud, the manifestación and the Carta), whose SHA-256 the acuse carries as
     * {@code Terminos_SHA256}; the 32-D types open with the 32-D guide's salutation "Estimado Particular:".
     * Texts from the IMSS guides are transcribed sentence by sentence; the copies at hand are OCR output, and only evident OCR
     * damage in acuerdo numbers and article lists was repaired, from another seed that spells them clearly
     * (e.g. {@code ACDO AS2 HCT 240620170 P.DIR} is written {@code ACDO.AS2.HCT.240620/170.P.DIR}).
     *
     * @return the text; see {@link #textoLegalDeSemillas()} for its provenance
     */
    public String textoLegal() {
        return textoLegal;
    }

    /**
     * Whether {@link #textoLegal()} (and the title) are transcribed from the seed documents; {@code false} means a
     * faithful neutral text written for the SDK, which a host may want to replace by the IMSS's own wording.
     *
     * @return {@code true} for the acuses of medios de contacto, activation and the opinión pública (32-D)
     */
    public boolean textoLegalDeSemillas() {
        return textoDeSemillas;
    }

    /**
     * The standing paragraphs every acuse of the IMSS guides closes with, separated by a blank line ({@code "\n\n"}):
     * the "no prejuzga" note with its second sentence ("Este documento es una reproducción impresa de …") and the
     * data protection paragraph ("Sus datos personales son incorporados y protegidos …"). Each family of the IMSS guides
     * has its own wording: the 32-D acuses (Guía 32-D; the autorización and the cancelación differ in the second
     * paragraph) and the acuses of the Buzón's medios de contacto (Guía de Activación). A type the IMSS guides do not show takes
     * the wording of its family's closest seed acuse (see {@link #leyendasPropias()}).
     *
     * @return e.g. for {@link #REGISTRO_MEDIOS_CONTACTO} {@code "El presente acuse de recibo no prejuzga sobre la
     *     veracidad, … Este documento es una reproducción impresa de la versión electrónica del documento y la
     *     aceptación otorgada a la misma.\n\nSus datos personales son incorporados y protegidos …"}
     */
    public String leyendas() {
        switch (this) {
            case AUTORIZACION_OPINION_PUBLICA:
            case AUTORIZACION_TERCERO:
                return TextosLegales.LEYENDAS_AUTORIZACION_32D;
            case CANCELACION_OPINION_PUBLICA:
            case CANCELACION_TERCERO:
                return TextosLegales.LEYENDAS_CANCELACION_32D;
            default:
                return TextosLegales.LEYENDAS_BUZON;
        }
    }

    /**
     * Whether {@link #leyendas()} are transcribed from an acuse of this very type in the IMSS guides; {@code false}
     * means they are the closest guide acuse's (the 32-D opinión pública acuses for the third-party ones, the
     * medios de contacto acuses for every other type of the Buzón), and the acuse should say so.
     *
     * @return {@code true} for the acuses of medios de contacto and of the opinión pública (32-D)
     */
    public boolean leyendasPropias() {
        switch (this) {
            case REGISTRO_MEDIOS_CONTACTO:
            case VALIDACION_MEDIOS_CONTACTO:
            case AUTORIZACION_OPINION_PUBLICA:
            case CANCELACION_OPINION_PUBLICA:
                return true;
            default:
                return false;
        }
    }

    /**
     * The schema of this type's cadena original: the common keys, then {@link #camposEspecificos()}.
     *
     * @return the schema, named like the constant
     */
    public CadenaSchema schema() {
        return schema;
    }

    /**
     * The type-specific keys, in cadena order, with whether each is required.
     *
     * @return an unmodifiable list, e.g. for {@link #PRORROGA_PROMOCION} {@code [FolioPromocion, FechaRespuesta]}
     */
    public List<CadenaField> camposEspecificos() {
        return especificos;
    }

    /**
     * The type whose code is given (the value of the cadena's {@code Acto} key).
     *
     * @param codigo e.g. {@code "ACTIVACION_BUZON"}
     * @return the type, or empty when no type has that code
     */
    public static Optional<AcuseTipo> fromCodigo(CharSequence codigo) {
        Objects.requireNonNull(codigo, "codigo");
        for (AcuseTipo t : values()) {
            if (t.name().contentEquals(codigo)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
