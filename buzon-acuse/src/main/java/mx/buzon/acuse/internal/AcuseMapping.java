package mx.buzon.acuse.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.buzon.acuse.AcuseLayout;
import mx.buzon.acuse.LabeledValue;
import mx.buzon.acuse.LayoutBlock;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.catalog.ActoNotificable;

/**
 * Maps a sealed domain {@link Acuse} onto the neutral {@link AcuseLayout}: the same function is used to issue
 * an acuse and, from the embedded data alone, to re-render it when verifying, so it must depend on nothing but
 * its arguments. Thread-safe (stateless).
 */
public final class AcuseMapping {

    /** Heading of the type-specific fields. */
    public static final String DATOS_DEL_ACTO = "Datos del acto";

    /** Note printed when the legal text is not transcribed from an IMSS acuse (AcuseTipo#textoLegalDeSemillas). */
    public static final String NOTA_TEXTO_SDK = "Texto legal redactado para este SDK a partir de los Lineamientos y "
            + "del Código Fiscal de la Federación; no es transcripción de un acuse emitido por el IMSS.";

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(CampoAcuse.MECANISMO, "Mecanismo de comunicación"),
            Map.entry(CampoAcuse.MEDIO_CONTACTO, "Medio de contacto"),
            Map.entry(CampoAcuse.ESTATUS, "Estatus de registro"),
            Map.entry(CampoAcuse.AMBITO, "Ámbito"),
            Map.entry(CampoAcuse.FOLIO_REGISTRO, "Folio del registro"),
            Map.entry(CampoAcuse.NO_CERTIFICADO, "Número de certificado de la e.firma"),
            Map.entry(CampoAcuse.TERMINOS_SHA256, "SHA-256 de los términos y condiciones"),
            Map.entry(CampoAcuse.FOLIO_AUTORIZACION, "Folio de la autorización"),
            Map.entry(CampoAcuse.RFC_TERCERO, "RFC del tercero"),
            Map.entry(CampoAcuse.NOMBRE_TERCERO, "Nombre del tercero"),
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
        DatosParticular p = acuse.particular();
        b.particular("RFC", p.rfc().toString());
        b.particular("Nombre, denominación o razón social", p.nombre());
        p.curp().ifPresent(c -> b.particular("CURP", c.toString()));
        p.registroPatronal().ifPresent(r -> b.particular("Registro patronal", r.toString()));
        for (String paragraph : acuse.textoLegal().split("\n\n")) {
            b.paragraph(paragraph);
        }
        List<LabeledValue> fields = new ArrayList<>();
        for (Map.Entry<String, String> e : acuse.campos().entrySet()) {
            String value = display(e.getValue());
            if (e.getKey().equals(CampoAcuse.ACTO_NOTIFICADO)) {
                value = acto(e.getValue());
            }
            fields.add(new LabeledValue(label(e.getKey()), value));
        }
        if (!fields.isEmpty()) {
            b.heading(DATOS_DEL_ACTO);
            b.body(new LayoutBlock.Fields(fields));
        }
        acuse.firmaParticular().ifPresent(b::firmaParticular);
        b.selloDigital(sello)
                .cadenaOriginal(acuse.cadenaOriginal().toString())
                .verificationUrl(verificationUrl)
                .note(AcuseTipo.LEYENDA_NO_PREJUZGA);
        if (!acuse.tipo().textoLegalDeSemillas()) {
            b.note(NOTA_TEXTO_SDK);
        }
        notas.forEach(b::note);
        return b.json(json).build();
    }

    /**
     * The notified acto with its text from the catalogue of Lineamientos 7.1 when the number is known.
     *
     * @param numero e.g. {@code 7.3}
     * @return e.g. {@code "7.3 Multa derivada de la Rectificación de la Prima en el Seguro de Riesgos de Trabajo."}
     */
    static String acto(String numero) {
        for (ActoNotificable acto : ActoNotificable.values()) {
            if (acto.numero().equals(numero)) {
                return numero + " " + acto.texto();
            }
        }
        return numero;
    }

    /**
     * How a field value is shown: ISO instants as {@code 02/03/2026 10:15:00 h (UTC-06:00)}, ISO dates as
     * {@code 02/03/2026}, anything else as it is (the cadena below shows the exact text).
     *
     * @param value the cadena value
     * @return the text to draw
     */
    static String display(String value) {
        if (value.length() >= 20 && value.charAt(4) == '-' && value.charAt(10) == 'T') {
            try {
                OffsetDateTime t = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                String offset = t.getOffset().getId();
                return DATE_TIME.format(t) + " h (UTC" + ("Z".equals(offset) ? "+00:00" : offset) + ")";
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
