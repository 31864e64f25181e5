package mx.buzon.acuse;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Layouts shaped like the acuses of the IMSS guides. The legal texts are copied from the Guía 32-D ("Acuse de
 * autorización para hacer pública la opinión del cumplimiento ...") and the Guía de Activación ("Acuse de
 * registro o actualización de mecanismos de comunicación"; both in docs/LEGAL.md, Sources); sellos are random
 * Base64 of a 256-byte RSA signature's length, drawn from a fixed seed (no real signature: crypto is not part of
 * this module).
 */
public final class SampleAcuses {

    static final ZonedDateTime FRIDAY_2026_03_13_1007 =
            ZonedDateTime.of(2026, 3, 13, 10, 7, 15, 0, AcuseLayout.ZONA_CENTRO);
    static final String FOLIO = "BI-20260313-100717151";
    static final String RFC = "GODE561231GR8";
    static final String NOMBRE = "Ernesto Gómez Díaz Ñúñez";
    static final String URL = "https://buzon.imss.gob.mx/acuses/verifica?folio=" + FOLIO + "&rfc=" + RFC
            + "&sello=Zq8B0GAM";

    static final String LEGAL_32D = "En términos de lo establecido en los numerales 6.1, 6.2 y 6.3 de las"
            + " \"Reglas de carácter general para el uso de la Firma Electrónica Avanzada, cuyo certificado digital"
            + " sea emitido por el Servicio de Administración Tributaria, en los actos que se realicen ante el"
            + " Instituto Mexicano del Seguro Social\", 4.4 y 6.1 de los \"Lineamientos generales para el uso del"
            + " Buzón IMSS\", así como la Regla Séptima, primer párrafo, numeral V, de las \"Reglas de carácter"
            + " general para la obtención de la opinión del cumplimiento de obligaciones fiscales en materia de"
            + " seguridad social\", se hace constar que con esta fecha se llevó a cabo el registro y proceso"
            + " exitoso de su autorización al Instituto Mexicano del Seguro Social, para hacer pública su opinión"
            + " del cumplimiento de obligaciones fiscales en materia de seguridad social.";
    static final String LEGAL_32D_2 = "La presente autorización se otorga ante el Instituto Mexicano del Seguro"
            + " Social (IMSS), a través del Buzón IMSS y se ratifica mediante el uso de la Firma Electrónica"
            + " Avanzada (e.firma) del Particular, para efectos de que el IMSS haga pública su opinión del"
            + " cumplimiento de obligaciones fiscales en materia de seguridad social, a través de la página"
            + " electrónica del Instituto: www.imss.gob.mx, de conformidad con lo dispuesto en los artículos 5, 9,"
            + " segundo párrafo, 251, fracciones IV y XXXVII, 270, 271, 286 L, 286 M y 286 N, de la Ley del"
            + " Seguro Social; 17-D, tercer párrafo, 17-E, 17-I y 32-D, décimo párrafo, del Código Fiscal de la"
            + " Federación.";
    static final String NO_PREJUZGA = "El presente acuse de recibo no prejuzga sobre la veracidad, autenticidad,"
            + " calidad, características y contenido de la información enviada. Este documento es una"
            + " reproducción impresa de la solicitud electrónica del solicitante y la aceptación otorgada a la"
            + " misma.";
    static final String DATOS_PERSONALES = "Sus datos personales son incorporados y protegidos en los sistemas"
            + " del IMSS, de conformidad con los Lineamientos Generales de Protección de Datos Personales para el"
            + " Sector Público y demás disposiciones fiscales y legales sobre confidencialidad y protección de"
            + " datos, a fin de ejercer las facultades conferidas a la autoridad fiscal.";
    /** Every Spanish character the brief names, plus "fi" and "fl" that a ligature would swallow. */
    static final String SPANISH = "¿Cómo? ¡Así! «señor» “firma” – ÁÉÍÓÚ áéíóú üÜ ñÑ, flujo y firma";

    private SampleAcuses() {
    }

    static String base64(long seed, int bytes) {
        byte[] data = new byte[bytes];
        new SplittableRandom(seed).nextBytes(data);
        return Base64.getEncoder().encodeToString(data);
    }

    static String cadena(String folio) {
        return "||Version:1.0|Tipo:AUTORIZACION_OPINION_PUBLICA|Folio:" + folio + "|FechaHora:2026-03-13T10:07:15-06:00"
                + "|RFC:" + RFC + "|Nombre:" + NOMBRE + "|Acto:Acuse de autorización para hacer pública la opinión"
                + " del cumplimiento de obligaciones fiscales en materia de seguridad social||";
    }

    static String json(String folio, String cadena, String sello, String firma) {
        return "{\"tipo\":\"AUTORIZACION_OPINION_PUBLICA\",\"folio\":\"" + folio + "\",\"rfc\":\"" + RFC
                + "\",\"nombre\":\"" + NOMBRE + "\",\"fecha\":\"2026-03-13T10:07:15-06:00\",\"cadenaOriginal\":\""
                + cadena.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"selloDigital\":\"" + sello
                + "\",\"firmaParticular\":\"" + firma + "\",\"verificacion\":\"" + URL + "\"}";
    }

    /** A one-page acuse like the 32-D "autorización" of the IMSS guides, with firma del particular. */
    public static AcuseLayout.Builder autorizacion() {
        String sello = base64(11, 256);
        String firma = base64(12, 256);
        String cadena = cadena(FOLIO);
        return AcuseLayout.builder()
                .title("Acuse de autorización para hacer pública la opinión del cumplimiento de obligaciones"
                        + " fiscales en materia de seguridad social")
                .tipo("AUTORIZACION_OPINION_PUBLICA")
                .fecha(FRIDAY_2026_03_13_1007)
                .zonaDomicilio(ZoneId.of("America/Tijuana"))
                .folio(FOLIO)
                .particular("RFC del Particular", RFC)
                .particular("Nombre, Denominación o Razón Social del Particular", NOMBRE)
                .paragraph("Estimado Particular:")
                .paragraph(LEGAL_32D)
                .paragraph(LEGAL_32D_2)
                .paragraph(SPANISH)
                .note(NO_PREJUZGA)
                .note(DATOS_PERSONALES)
                .firmaParticular(firma)
                .selloDigital(sello)
                .cadenaOriginal(cadena)
                .verificationUrl(URL)
                .json(json(FOLIO, cadena, sello, firma).getBytes(StandardCharsets.UTF_8));
    }

    /** An acuse whose legal text and cadena original do not fit on one page. */
    public static AcuseLayout.Builder multiPage() {
        StringBuilder cadena = new StringBuilder("||Folio:" + FOLIO + "|Descripcion:");
        String noSpaces = base64(21, 6000);
        cadena.append(noSpaces).append("||");
        AcuseLayout.Builder builder = autorizacion()
                .heading("Información del mecanismo de comunicación registrado")
                .body(LayoutBlock.fields(LabeledValue.of("Correo electrónico", "ernesto.gomez@ejemplo.com.mx"),
                        LabeledValue.of("Estatus de registro", "En proceso")))
                .cadenaOriginal(cadena.toString())
                .json(json(FOLIO, cadena.toString(), base64(11, 256), base64(12, 256))
                        .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 6; i++) {
            builder.paragraph(LEGAL_32D_2);
        }
        return builder;
    }
}
