package mx.buzon.core.catalog;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The relación de trámites y servicios disponibles y por ofrecerse en el Buzón IMSS, attached to the
 * Lineamientos (ACDO.AS2.HCT.230724/261.P.DIR, DOF 5-08-2024, final section), numbered 1 to 10.8,
 * with the exact Spanish text of the seed (markdown emphasis removed) and its availability per Transitorio
 * Segundo.
 *
 * <p>Availability: the items Transitorio Segundo lists (4.2, 4.3, 7.5 to 7.18, 8, 9.5 to 9.10, 10.1 to 10.8)
 * are {@link Disponibilidad#AL_ANUNCIARSE}; the rest {@link Disponibilidad#DESDE_ENTRADA_EN_VIGOR}. A heading
 * whose items are all deferred is deferred too (10, "Clasificación de empresas y vigencia de derechos"): this
 * reading is the SDK's, since the Transitorio names only the items; headings 4, 7 and 9 have items available
 * from the start and are available.
 *
 * <p>Example: {@code Tramite.fromNumero("9.3")} is {@link #AUTORIZACION_OPINION_PUBLICA_32D}, whose
 * {@code nombre()} is {@code 32D Autorización de Opinión Pública}. Immutable and thread-safe (an enum).
 */
public enum Tramite {
    /** 1. */
    MEDIOS_DE_CONTACTO("1", "Medios de contacto: Administración y actualización de correo electrónico y "
            + "número de teléfono móvil.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 2. */
    CALENDARIO_DE_EVENTOS("2", "Calendario de Eventos: Recordatorio de fechas de cumplimiento de obligaciones de "
            + "seguridad social.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 3. */
    NORMATIVIDAD("3", "Normatividad: Acervo normativo en materia de seguridad social.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 4. */
    DOCUMENTOS("4", "Documentos: Consulta y descarga de:", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 4.1. */
    PROPUESTAS_CEDULAS_DETERMINACION("4.1", "Propuestas de cédulas de determinación.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 4.2. */
    CONSTANCIA_SEMANAS_COTIZADAS_DESGLOSE("4.2", "Constancia de Semanas Cotizadas en el IMSS con desglose de movimientos "
            + "afiliatorios.", Disponibilidad.AL_ANUNCIARSE),
    /** 4.3. */
    CONSTANCIA_VIGENCIA_DERECHOS("4.3", "Constancia de Vigencia de Derechos para recibir servicios médicos.", Disponibilidad.AL_ANUNCIARSE),
    /** 5. */
    COMUNICADOS("5", "Comunicados: Avisos de interés, así como facilidades y beneficios para empresas.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 6. */
    PROMOCIONES_ELECTRONICAS("6", "Promociones electrónicas: Aclaraciones y orientaciones del funcionamiento del "
            + "Buzón IMSS, Informativa de Contratos de Servicios u Obras Especializadas (ICSOE) "
            + "y servicios de cobranza.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7. */
    NOTIFICACIONES("7", "Notificaciones: Notificación electrónica de actos administrativos y fiscales "
            + "emitidos mediante documentos digitales:", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7.1: {@link ActoNotificable#RESOLUCION_DETERMINACION_PRIMA_RT}. */
    NOTIFICACION_7_1(ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7.2: {@link ActoNotificable#RESOLUCION_RECTIFICACION_PRIMA_RT}. */
    NOTIFICACION_7_2(ActoNotificable.RESOLUCION_RECTIFICACION_PRIMA_RT, Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7.3: {@link ActoNotificable#MULTA_RECTIFICACION_PRIMA_RT}. */
    NOTIFICACION_7_3(ActoNotificable.MULTA_RECTIFICACION_PRIMA_RT, Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7.4: {@link ActoNotificable#RESOLUCION_PRIMA_MEDIA_ART_72}. */
    NOTIFICACION_7_4(ActoNotificable.RESOLUCION_PRIMA_MEDIA_ART_72, Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 7.5: {@link ActoNotificable#RESOLUCION_RECTIFICACION_CLASIFICACION}. */
    NOTIFICACION_7_5(ActoNotificable.RESOLUCION_RECTIFICACION_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.6: {@link ActoNotificable#REQUERIMIENTO_INFORMACION_FALTANTE}. */
    NOTIFICACION_7_6(ActoNotificable.REQUERIMIENTO_INFORMACION_FALTANTE, Disponibilidad.AL_ANUNCIARSE),
    /** 7.7: {@link ActoNotificable#DESECHAMIENTO_POR_FALTA_DE_ATENCION}. */
    NOTIFICACION_7_7(ActoNotificable.DESECHAMIENTO_POR_FALTA_DE_ATENCION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.8: {@link ActoNotificable#INVITACION_REVISAR_CLASIFICACION}. */
    NOTIFICACION_7_8(ActoNotificable.INVITACION_REVISAR_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.9: {@link ActoNotificable#REQUERIMIENTO_DOCUMENTACION_CLASIFICACION}. */
    NOTIFICACION_7_9(ActoNotificable.REQUERIMIENTO_DOCUMENTACION_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.10: {@link ActoNotificable#ABANDONO_CORRECCION_CLASIFICACION}. */
    NOTIFICACION_7_10(ActoNotificable.ABANDONO_CORRECCION_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.11: {@link ActoNotificable#RESPUESTA_SALVO_FACULTADES_CLASIFICACION}. */
    NOTIFICACION_7_11(ActoNotificable.RESPUESTA_SALVO_FACULTADES_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.12: {@link ActoNotificable#OFICIO_ARTICULO_182_RACERF}. */
    NOTIFICACION_7_12(ActoNotificable.OFICIO_ARTICULO_182_RACERF, Disponibilidad.AL_ANUNCIARSE),
    /** 7.13: {@link ActoNotificable#CONCLUSION_CORRECCION_CLASIFICACION}. */
    NOTIFICACION_7_13(ActoNotificable.CONCLUSION_CORRECCION_CLASIFICACION, Disponibilidad.AL_ANUNCIARSE),
    /** 7.14: {@link ActoNotificable#CIERRE_VALIDACION_CORRECCION_PATRONAL}. */
    NOTIFICACION_7_14(ActoNotificable.CIERRE_VALIDACION_CORRECCION_PATRONAL, Disponibilidad.AL_ANUNCIARSE),
    /** 7.15: {@link ActoNotificable#AUTORIZACION_REGISTRO_DICTAMINAR}. */
    NOTIFICACION_7_15(ActoNotificable.AUTORIZACION_REGISTRO_DICTAMINAR, Disponibilidad.AL_ANUNCIARSE),
    /** 7.16: {@link ActoNotificable#BAJA_REGISTRO_CPA}. */
    NOTIFICACION_7_16(ActoNotificable.BAJA_REGISTRO_CPA, Disponibilidad.AL_ANUNCIARSE),
    /** 7.17: {@link ActoNotificable#ARTICULO_17_INSCRIPCIONES_IMPROCEDENTES}. */
    NOTIFICACION_7_17(ActoNotificable.ARTICULO_17_INSCRIPCIONES_IMPROCEDENTES, Disponibilidad.AL_ANUNCIARSE),
    /** 7.18: {@link ActoNotificable#CARTA_INVITACION_CONCENTRACION_SALARIAL}. */
    NOTIFICACION_7_18(ActoNotificable.CARTA_INVITACION_CONCENTRACION_SALARIAL, Disponibilidad.AL_ANUNCIARSE),
    /** 8. */
    FISCALIZACION_ELECTRONICA("8", "Fiscalización electrónica.", Disponibilidad.AL_ANUNCIARSE),
    /** 9. */
    COBRANZA("9", "Cobranza:", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 9.1. */
    AUTORIZACION_TERCEROS_32D("9.1", "32D Autorización de Terceros: Autorización de Terceros interesados para la "
            + "consulta de la Opinión del Cumplimiento de obligaciones fiscales en materia de "
            + "seguridad social, o cancelación de la autorización otorgada.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 9.2. */
    CONSULTA_TERCEROS_AUTORIZADOS_32D("9.2", "32D Consulta por Terceros Autorizados: Consulta de la Opinión del Cumplimiento "
            + "de obligaciones fiscales en materia de seguridad social con previa autorización "
            + "de un particular.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 9.3. */
    AUTORIZACION_OPINION_PUBLICA_32D("9.3", "32D Autorización de Opinión Pública: Autorización al IMSS para hacer pública la "
            + "opinión del Cumplimiento de obligaciones fiscales en materia de seguridad "
            + "social, o cancelación de la autorización otorgada.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 9.4. */
    CONSULTAR_MI_OPINION_32D("9.4", "32D Consultar Mi Opinión: Generación de la Opinión del Cumplimiento de "
            + "obligaciones fiscales en materia de seguridad social, sin necesidad del registro "
            + "de representantes legales.", Disponibilidad.DESDE_ENTRADA_EN_VIGOR),
    /** 9.5. */
    EMISIONES_ANTICIPADAS_CONSULTA_TERCERO("9.5", "Emisiones anticipadas. Consulta por tercero autorizado.", Disponibilidad.AL_ANUNCIARSE),
    /** 9.6. */
    EMISIONES_ANTICIPADAS_AUTORIZACION_TERCEROS("9.6", "Emisiones anticipadas. Autorización de consulta a terceros.", Disponibilidad.AL_ANUNCIARSE),
    /** 9.7. */
    CONVENIO_PAGO_A_PLAZOS("9.7", "Convenio de pago a plazos.", Disponibilidad.AL_ANUNCIARSE),
    /** 9.8. */
    SUSPENSION_PAE("9.8", "Suspensión del Procedimiento Administrativo de Ejecución.", Disponibilidad.AL_ANUNCIARSE),
    /** 9.9. */
    RECURSO_DE_INCONFORMIDAD("9.9", "Recurso de Inconformidad.", Disponibilidad.AL_ANUNCIARSE),
    /** 9.10. */
    DESBLOQUEO_DE_CUENTAS("9.10", "Desbloqueo de cuentas.", Disponibilidad.AL_ANUNCIARSE),
    /** 10. */
    CLASIFICACION_Y_VIGENCIA_DE_DERECHOS("10", "Clasificación de empresas y vigencia de derechos:", Disponibilidad.AL_ANUNCIARSE),
    /** 10.1. */
    MODIFICACIONES_SEGURO_RT("10.1", "Modificaciones en el Seguro de Riesgos de Trabajo.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.2. */
    ESCRITO_PATRONAL_DESACUERDO("10.2", "Escrito patronal de desacuerdo.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.3. */
    CONSULTA_RT_TERMINADOS("10.3", "Consulta de Riesgos de Trabajo Terminados.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.4. */
    DETERMINACION_PRIMA_RT("10.4", "Determinación de la Prima en el Seguro de Riesgos de Trabajo.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.5. */
    CONSTANCIA_SEMANAS_COTIZADAS("10.5", "Constancia de Semanas Cotizadas en el IMSS, incluyendo la portabilidad de "
            + "semanas IMSS- ISSSTE y la aclaración de semanas cotizadas.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.6. */
    CONSULTA_VIGENCIA_DERECHOS("10.6", "Consulta de Vigencia de Derechos para recibir servicios médicos.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.7. */
    ALTA_UMF("10.7", "Alta en Unidad de Medicina Familiar.", Disponibilidad.AL_ANUNCIARSE),
    /** 10.8. */
    REGISTRO_ACTUALIZACION_DERECHOHABIENTES("10.8", "Solicitud de Registro y Actualización de Derechohabientes.", Disponibilidad.AL_ANUNCIARSE);

    /** The Lineamientos entered into force the day after their publication in the DOF (5 August 2024). */
    public static final LocalDate LINEAMIENTOS_EN_VIGOR = LocalDate.of(2024, 8, 6);

    private final String numero;
    private final String texto;
    private final Disponibilidad disponibilidad;

    Tramite(String numero, String texto, Disponibilidad disponibilidad) {
        this.numero = numero;
        this.texto = texto;
        this.disponibilidad = disponibilidad;
    }

    Tramite(ActoNotificable acto, Disponibilidad disponibilidad) {
        this(acto.numero(), acto.texto(), disponibilidad);
    }

    /** @return the number in the relación, e.g. {@code 9.10} */
    public String numero() {
        return numero;
    }

    /**
     * The exact text of the seed after the number, e.g. {@code Normatividad: Acervo normativo en materia de
     * seguridad social.}
     *
     * @return the text
     */
    public String texto() {
        return texto;
    }

    /**
     * The short name: the text before its first {@code ": "}, else the text without its final period or
     * colon, e.g. {@code Normatividad}, {@code Convenio de pago a plazos}.
     *
     * @return the name
     */
    public String nombre() {
        int colon = texto.indexOf(": ");
        if (colon >= 0) {
            return texto.substring(0, colon);
        }
        return texto.endsWith(".") || texto.endsWith(":") ? texto.substring(0, texto.length() - 1) : texto;
    }

    /** @return the availability under Transitorio Segundo */
    public Disponibilidad disponibilidad() {
        return disponibilidad;
    }

    /** @return the heading this item belongs to (9 for 9.3), or empty for a heading */
    public Optional<Tramite> grupo() {
        int dot = numero.indexOf('.');
        return dot < 0 ? Optional.empty() : fromNumero(numero.substring(0, dot));
    }

    /** @return the items of this heading in order (empty for an item or a heading without items) */
    public List<Tramite> items() {
        return Arrays.stream(values()).filter(t -> t.grupo().orElse(null) == this).toList();
    }

    /** @return the acto notificable with the same number (7.1 to 7.18), or empty */
    public Optional<ActoNotificable> acto() {
        return Arrays.stream(ActoNotificable.values()).filter(a -> a.numero().equals(numero)).findFirst();
    }

    /**
     * Whether the trámite is at the particulares' disposal on a day.
     *
     * @param fecha the day
     * @param anuncios when the IMSS announced the deferred trámites (host data)
     * @return {@code true} from {@link #LINEAMIENTOS_EN_VIGOR} for those available from the start; for deferred
     *     ones, from the later of that date and the announced one; {@code false} when not announced
     */
    public boolean disponibleEl(LocalDate fecha, AnunciosImss anuncios) {
        Objects.requireNonNull(fecha, "fecha");
        Objects.requireNonNull(anuncios, "anuncios");
        if (fecha.isBefore(LINEAMIENTOS_EN_VIGOR)) {
            return false;
        }
        if (disponibilidad == Disponibilidad.DESDE_ENTRADA_EN_VIGOR) {
            return true;
        }
        return anuncios.anunciadoDesde(this).map(desde -> !fecha.isBefore(desde)).orElse(false);
    }

    /**
     * The trámite with this number.
     *
     * @param numero e.g. {@code 7.12}
     * @return the trámite, or empty
     */
    public static Optional<Tramite> fromNumero(String numero) {
        return Arrays.stream(values()).filter(t -> t.numero.equals(numero)).findFirst();
    }
}
