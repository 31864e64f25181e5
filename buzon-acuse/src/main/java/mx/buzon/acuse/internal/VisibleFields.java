package mx.buzon.acuse.internal;

import java.time.ZonedDateTime;
import java.util.regex.Pattern;

/**
 * The labelled places where the page shows the folio, the fecha and the RFC, as text extraction reads them
 * (not as a rendering looks): what the verifier compares with the sealed data. Whitespace differences between
 * PDF text extractors are ignored.
 */
public final class VisibleFields {

    private VisibleFields() {
    }

    /**
     * @param text the extracted text
     * @param folio the data's folio
     * @return whether "Folio: {folio}" is shown
     */
    public static boolean showsFolio(String text, String folio) {
        return labelled(text, "Folio:", folio);
    }

    /**
     * @param text the extracted text
     * @param fechaCentro the acuse's instant in Zona Centro
     * @return whether "Fecha: dd/MM/yyyy HH:mm:ss h" is shown
     */
    public static boolean showsFecha(String text, ZonedDateTime fechaCentro) {
        return labelled(text, "Fecha:", ContentBuilder.FECHA.format(fechaCentro) + " h");
    }

    /**
     * @param text the extracted text
     * @param rfc the data's RFC
     * @return whether "RFC: {rfc}" is shown, or "RFC del Particular: {rfc}" (the label of the 32-D acuses of the
     *     seeds)
     */
    public static boolean showsRfc(String text, String rfc) {
        return labelled(text, "RFC:", rfc) || labelled(text, "RFC del Particular:", rfc);
    }

    /** @return the fecha as the page prints it, for messages */
    public static String fecha(ZonedDateTime fechaCentro) {
        return ContentBuilder.FECHA.format(fechaCentro);
    }

    private static boolean labelled(String text, String label, String value) {
        String words = "\\s*" + Pattern.quote(value).replace(" ", "\\E\\s+\\Q");
        return Pattern.compile("(?:^|\\s)" + Pattern.quote(label) + words + "(?=\\s|$)").matcher(text).find();
    }
}
