package mx.buzon.acuse.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.LabeledValue;
import mx.buzon.acuse.LayoutBlock;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.medios.Mecanismo;

/**
 * Maps a sealed domain {@link Acuse} onto the neutral {@link AcuseLayout}, composed as the IMSS guides' acuses of its
 * family are: the medios de contacto acuses (Guía de Activación: "Contenido del acuse", the legal text, then the
 * particular's data and the mecanismo under their headings), the 32-D acuses (Guía 32-D: "RFC del Particular",
 * "Estimado Particular:", the standing paragraphs before the firma and the sello), the activation acuse (Guía de Activación:
 * the solicitud and the Carta the particular signs, and what the digest of that text covers) and the SDK's own
 * types. Every value a person reads is the catalogue's Spanish text; the cadena original keeps the codes.
 *
 * <p>The same function is used to issue an acuse and, from the embedded data alone, to re-render it, so it must
 * depend on nothing but its arguments. Thread-safe (stateless).
 */
public final class AcuseMapping {

    /** Heading of the type-specific fields. */
    public static final String DATOS_DEL_ACTO = "Datos del acto";

    /** The banner line of the IMSS's 32-D acuses (opinión pública), between the legal text and the notes. */
    public static final String BANNER_32D = "Buzón IMSS... más fácil, más rápido!";

    /** Note printed when the legal text is not transcribed from an IMSS acuse (AcuseTipo#textoLegalDeSemillas). */
    public static final String NOTA_TEXTO_SDK = "Texto legal redactado para este SDK a partir de los Lineamientos y "
            + "del Código Fiscal de la Federación; no es transcripción de un acuse emitido por el IMSS. Las leyendas "
            + "finales son las del acuse del IMSS más cercano de las guías del Buzón IMSS.";

    /** Note printed when only the standing paragraphs are borrowed from another guide's acuse. */
    public static final String NOTA_LEYENDAS_PRESTADAS = "Las leyendas finales se toman de los acuses de medios de "
            + "contacto de la guía de activación del Buzón IMSS, que no muestra las de este acuse.";

    /** Note of the activation acuse: where the Carta comes from, and its one gap. */
    public static final String NOTA_CARTA = "La solicitud y la Carta se transcriben de la guía de activación del "
            + "Buzón IMSS; la guía no muestra el final del tercer párrafo de la Carta, señalado con […].";

    /** Heading of the medios de contacto acuses (Guía de Activación). */
    static final String CONTENIDO_DEL_ACUSE = "Contenido del acuse";

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(CampoAcuse.MECANISMO, "Mecanismo de comunicación"),
            Map.entry(CampoAcuse.MEDIO_CONTACTO, "Medio de contacto"),
            Map.entry(CampoAcuse.ESTATUS, "Estatus de registro"),
            Map.entry(CampoAcuse.AMBITO, "Asociado a"),
            Map.entry(CampoAcuse.FOLIO_REGISTRO, "Folio del registro"),
            Map.entry(CampoAcuse.NO_CERTIFICADO, "Número de certificado de la e.firma"),
            Map.entry(CampoAcuse.TERMINOS_SHA256, "SHA-256 del texto firmado"),
            Map.entry(CampoAcuse.FOLIO_AUTORIZACION, "Folio de la autorización"),
            Map.entry(CampoAcuse.RFC_TERCERO, "RFC del tercero autorizado"),
            Map.entry(CampoAcuse.NOMBRE_TERCERO, "Nombre, denominación o razón social del tercero"),
            Map.entry(CampoAcuse.TIPO_PROMOCION, "Tipo de promoción"),
            Map.entry(CampoAcuse.ASUNTO, "Asunto"),
            Map.entry(CampoAcuse.DESCRIPCION_SHA256, "SHA-256 de la descripción"),
            Map.entry(CampoAcuse.TELEFONO, "Teléfono de contacto"),
            Map.entry(CampoAcuse.EVIDENCIA_SHA256, "SHA-256 de la evidencia (ZIP)"),
            Map.entry(CampoAcuse.RECIBIDA_EL, "Recibida el"),
            Map.entry(CampoAcuse.FECHA_LEGAL, "Fecha legal (domicilio fiscal)"),
            Map.entry(CampoAcuse.FOLIO_PROMOCION, "Folio de la promoción"),
            Map.entry(CampoAcuse.FECHA_RESPUESTA, "Fecha de respuesta"),
            Map.entry(CampoAcuse.ASUNTO_ANTERIOR, "Asunto anterior"),
            Map.entry(CampoAcuse.ASUNTO_NUEVO, "Asunto nuevo"),
            Map.entry(CampoAcuse.RESPUESTA_SHA256, "SHA-256 de la respuesta"),
            Map.entry(CampoAcuse.ACTO_NOTIFICADO, "Acto notificado"),
            Map.entry(CampoAcuse.REFERENCIA, "Referencia"),
            Map.entry(CampoAcuse.DOCUMENTO_SHA256, "SHA-256 del documento notificado"),
            Map.entry(CampoAcuse.AVISO_ENVIADO_EL, "Aviso enviado el"),
            Map.entry(CampoAcuse.ABIERTA_EL, "Abierta el"),
            Map.entry(CampoAcuse.NOTIFICADA_EL, "Notificada el"),
            Map.entry(CampoAcuse.SURTE_EFECTOS, "Surte efectos el"));

    private AcuseMapping() {
    }

    /**
     * The Spanish label of a type-specific key.
     *
     * @param key e.g. {@code Evidencia_SHA256}
     * @return e.g. {@code "SHA-256 de la evidencia (ZIP)"}, or the key itself when no label is known
     */
    public static String label(String key) {
        return LABELS.getOrDefault(key, key);
    }

    /**
     * Whether a key has a Spanish label.
     *
     * @param key a cadena key
     * @return whether {@link #label(String)} translates it
     */
    public static boolean hasLabel(String key) {
        return LABELS.containsKey(key);
    }

    /**
     * The layout of a sealed acuse.
     *
     * @param acuse the acuse with its sello (and firma, where the type has one)
     * @param verificationUrl the URL of the QR code
     * @param institution the header lines
     * @param notas extra notes of the issuer (e.g. that the institution is a test one), may be empty
     * @param json the embedded data, UTF-8
     * @return the layout
     */
    public static AcuseLayout layout(Acuse acuse, String verificationUrl, List<String> institution,
            List<String> notas, byte[] json) {
        String sello = acuse.selloDigital().orElseThrow(() -> new IllegalArgumentException(
                "The acuse " + acuse.folio() + " has no sello digital"));
        AcuseLayout.Builder b = AcuseLayout.builder()
                .institution(institution)
                .title(acuse.titulo())
                .tipo(acuse.tipo().name())
                .fecha(acuse.fechaHoraCentro())
                .folio(acuse.folio().toString());
        if (!acuse.zonaDomicilio().getRules().equals(AcuseLayout.ZONA_CENTRO.getRules())) {
            b.zonaDomicilio(acuse.zonaDomicilio());
        }
        switch (acuse.tipo()) {
            case REGISTRO_MEDIOS_CONTACTO, VALIDACION_MEDIOS_CONTACTO -> medios(b, acuse);
            case AUTORIZACION_OPINION_PUBLICA, CANCELACION_OPINION_PUBLICA, AUTORIZACION_TERCERO,
                    CANCELACION_TERCERO -> servicio32D(b, acuse);
            case ACTIVACION_BUZON -> activacion(b, acuse);
            default -> propio(b, acuse);
        }
        acuse.firmaParticular().ifPresent(b::firmaParticular);
        b.selloDigital(sello)
                .cadenaOriginal(acuse.cadenaOriginal().toString())
                .verificationUrl(verificationUrl);
        notas.forEach(b::note);
        return b.json(json).build();
    }

    /**
     * Guía de Activación, "Acuse de registro o actualización de mecanismos de comunicación" and "Acuse de validación …":
     * Contenido del acuse, the legal text up to "conforme a la siguiente información:", the particular's data,
     * the mecanismo, the confidentiality paragraph; the standing paragraphs after the sello and the cadena.
     */
    private static void medios(AcuseLayout.Builder b, Acuse acuse) {
        List<String> texto = paragraphs(acuse.tipo().textoLegal());
        particular(b, acuse, "RFC", "Nombre, denominación o Razón social");
        b.heading(CONTENIDO_DEL_ACUSE);
        b.paragraph(texto.get(0));
        b.body(LayoutBlock.particularData());
        b.heading(acuse.tipo() == AcuseTipo.REGISTRO_MEDIOS_CONTACTO
                ? "Información del mecanismo de comunicación registrado y/o actualizado"
                : "Información del mecanismo de comunicación validado");
        b.body(new LayoutBlock.Fields(fields(acuse)));
        texto.subList(1, texto.size()).forEach(b::paragraph);
        leyendas(acuse).forEach(b::note);
    }

    /**
     * Guía 32-D, the 32-D acuses: "RFC del Particular", "Nombre, Denominación o Razón Social del Particular" and
     * the act's data without headings, "Estimado Particular:", the legal text, and the standing paragraphs before
     * the firma, the sello and the cadena. The third-party types (not in the IMSS guides) follow the same composition.
     */
    private static void servicio32D(AcuseLayout.Builder b, Acuse acuse) {
        b.noParticularHeading();
        particular(b, acuse, "RFC del Particular", "Nombre, Denominación o Razón Social del Particular");
        for (LabeledValue field : fields(acuse)) {
            b.particular(field.label(), field.value());
        }
        for (String paragraph : paragraphs(acuse.tipo().textoLegal())) {
            b.paragraph(paragraph);
        }
        if (acuse.tipo() == AcuseTipo.AUTORIZACION_OPINION_PUBLICA
                || acuse.tipo() == AcuseTipo.CANCELACION_OPINION_PUBLICA) {
            // The IMSS's printed 32-D acuses show this banner (an image there) between the legal text and the
            // "no prejuzga" note; drawn as one bold centred line in guinda, kept with the note.
            b.heading(BANNER_32D);
        }
        leyendas(acuse).forEach(note -> b.body(LayoutBlock.note(note)));
        if (!acuse.tipo().textoLegalDeSemillas()) {
            b.body(LayoutBlock.note(NOTA_TEXTO_SDK));
        }
    }

    /**
     * Guía de Activación, the activation: the text the particular signs (the solicitud and the Carta, with their headings),
     * the data of the act, and what the digest covers.
     */
    private static void activacion(AcuseLayout.Builder b, Acuse acuse) {
        particular(b, acuse, "RFC", "Nombre, denominación o razón social");
        for (String paragraph : paragraphs(acuse.tipo().textoLegal())) {
            if (isHeading(paragraph)) {
                b.heading(paragraph);
            } else {
                b.paragraph(paragraph);
            }
        }
        b.heading(DATOS_DEL_ACTO);
        b.body(new LayoutBlock.Fields(fields(acuse)));
        b.body(LayoutBlock.note("El SHA-256 del texto firmado es el de la solicitud y manifestación del solicitante y "
                + "la Carta de términos y condiciones transcritas arriba, con sus dos títulos, tal como las firma el "
                + "particular: texto UTF-8 con cada párrafo y cada título separados por una línea en blanco, sin los "
                + "cortes de línea de la página."));
        leyendas(acuse).forEach(b::note);
        b.note(NOTA_LEYENDAS_PRESTADAS);
        b.note(NOTA_CARTA);
    }

    /** The SDK's own types (promociones, notificaciones): data heading, legal text, data, standing notes. */
    private static void propio(AcuseLayout.Builder b, Acuse acuse) {
        particular(b, acuse, "RFC", "Nombre, denominación o razón social");
        for (String paragraph : paragraphs(acuse.tipo().textoLegal())) {
            b.paragraph(paragraph);
        }
        List<LabeledValue> fields = fields(acuse);
        if (!fields.isEmpty()) {
            b.heading(DATOS_DEL_ACTO);
            b.body(new LayoutBlock.Fields(fields));
        }
        leyendas(acuse).forEach(b::note);
        if (!acuse.tipo().textoLegalDeSemillas()) {
            b.note(NOTA_TEXTO_SDK);
        }
    }

    private static void particular(AcuseLayout.Builder b, Acuse acuse, String rfcLabel, String nombreLabel) {
        DatosParticular p = acuse.particular();
        b.particular(rfcLabel, p.rfc().toString());
        b.particular(nombreLabel, p.nombre());
        p.curp().ifPresent(c -> b.particular("CURP", c.toString()));
        p.registroPatronal().ifPresent(r -> b.particular("Registro patronal", r.toString()));
    }

    private static List<LabeledValue> fields(Acuse acuse) {
        List<LabeledValue> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : acuse.campos().entrySet()) {
            fields.add(new LabeledValue(label(e.getKey()), value(acuse, e.getKey(), e.getValue())));
        }
        return fields;
    }

    private static List<String> leyendas(Acuse acuse) {
        return paragraphs(acuse.tipo().leyendas());
    }

    private static List<String> paragraphs(String text) {
        return List.of(text.split("\n\n"));
    }

    /** AcuseTipo#textoLegal: a paragraph that does not end in a punctuation mark is a heading. */
    static boolean isHeading(String paragraph) {
        String p = paragraph.strip();
        char last = p.charAt(p.length() - 1);
        return p.indexOf('\n') < 0 && ".:;,)]…\"".indexOf(last) < 0;
    }

    /**
     * The words a person reads for a value of the cadena: the catalogue's Spanish text for codes, dates and
     * instants as the page writes them, anything else as it is (the cadena below shows the exact text).
     *
     * @param acuse the acuse (for the domicile zone and the registro patronal)
     * @param key the cadena key
     * @param value the cadena value
     * @return the text to draw
     */
    static String value(Acuse acuse, String key, String value) {
        switch (key) {
            case CampoAcuse.MECANISMO:
                return mecanismo(value);
            case CampoAcuse.AMBITO:
                return ambito(acuse, value);
            case CampoAcuse.TIPO_PROMOCION:
                return tipoPromocion(value);
            case CampoAcuse.ASUNTO:
            case CampoAcuse.ASUNTO_ANTERIOR:
            case CampoAcuse.ASUNTO_NUEVO:
                return asunto(value);
            case CampoAcuse.ACTO_NOTIFICADO:
                return acto(value);
            default:
                return display(value, Optional.of(acuse.zonaDomicilio()));
        }
    }

    private static String mecanismo(String code) {
        for (Mecanismo m : Mecanismo.values()) {
            if (m.name().equals(code)) {
                return m.spanish();
            }
        }
        return code;
    }

    private static String ambito(Acuse acuse, String code) {
        switch (code) {
            case "RFC":
                return "El RFC del particular";
            case "TODOS_LOS_REGISTROS_PATRONALES":
                return "Todos los registros patronales del particular";
            case "REGISTRO_PATRONAL":
                return acuse.particular().registroPatronal().map(r -> "El registro patronal " + r)
                        .orElse("Un registro patronal del particular");
            default:
                return code;
        }
    }

    private static String tipoPromocion(String code) {
        for (TipoPromocion t : TipoPromocion.values()) {
            if (t.name().equals(code)) {
                return t.texto();
            }
        }
        return code;
    }

    private static String asunto(String value) {
        for (AsuntoPromocion a : AsuntoPromocion.values()) {
            if (a.name().equals(value)) {
                return a.texto();
            }
        }
        return value;
    }

    /**
     * The notified acto with its text from the catalogue of the relación de trámites (numbers 7.1–7.18) when the
     * number is known.
     *
     * @param numero e.g. {@code 7.3}
     * @return e.g. {@code "Multa derivada de la Rectificación de la Prima en el Seguro de Riesgos de Trabajo
     *     (numeral 7.3 de la relación de trámites)"}
     */
    static String acto(String numero) {
        for (ActoNotificable acto : ActoNotificable.values()) {
            if (acto.numero().equals(numero)) {
                String texto = acto.texto().endsWith(".") ? acto.texto().substring(0, acto.texto().length() - 1)
                        : acto.texto();
                return texto + " (numeral " + numero + " de la relación de trámites)";
            }
        }
        return numero;
    }

    /**
     * How a field value is shown: ISO instants as {@code 02/03/2026 10:15:00 h (Zona Centro)}, ISO dates as
     * {@code 02/03/2026}, anything else as it is (the cadena below shows the exact text).
     *
     * @param value the cadena value
     * @return the text to draw
     */
    static String display(String value) {
        return display(value, Optional.empty());
    }

    private static String display(String value, Optional<ZoneId> domicilio) {
        if (value.length() >= 20 && value.charAt(4) == '-' && value.charAt(10) == 'T') {
            try {
                OffsetDateTime t = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                return DATE_TIME.format(t) + " h ("
                        + ZoneNames.nameOfOffset(t.getOffset(), t.toInstant(), domicilio) + ")";
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            try {
                return DATE.format(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }
}
