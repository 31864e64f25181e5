package mx.buzon.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The asunto a promoción is about, as the Guía de Promociones Electrónicas lists it (Guía de Promociones, V.2: "podrás
 * seleccionar el asunto respecto del cual presentarás tu aclaración u orientación, por ejemplo 32D Opinión
 * Pública, 32D Terceros autorizados, Activación Buzón IMSS, Emisiones, ICSOE o Notificación Electrónica").
 *
 * <p>What it is not: a closed list. The guide introduces these as examples ("por ejemplo"), so the portal may
 * offer more; this enum holds exactly the ones the IMSS guides name.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum AsuntoPromocion {
    /** "32D Opinión Pública". */
    OPINION_PUBLICA_32D("32D Opinión Pública"),
    /** "32D Terceros autorizados". */
    TERCEROS_AUTORIZADOS_32D("32D Terceros autorizados"),
    /** "Activación Buzón IMSS". */
    ACTIVACION_BUZON_IMSS("Activación Buzón IMSS"),
    /** "Emisiones". */
    EMISIONES("Emisiones"),
    /** "ICSOE" (Informativa de Contratos de Servicios u Obras Especializadas). */
    ICSOE("ICSOE"),
    /** "Notificación Electrónica". */
    NOTIFICACION_ELECTRONICA("Notificación Electrónica");

    private final String texto;

    AsuntoPromocion(String texto) {
        this.texto = texto;
    }

    /** @return the text as the seed writes it, e.g. {@code 32D Opinión Pública} */
    public String texto() {
        return texto;
    }

    /**
     * The asunto whose text is exactly this one.
     *
     * @param texto e.g. {@code ICSOE}
     * @return the asunto, or empty
     */
    public static Optional<AsuntoPromocion> fromTexto(String texto) {
        return Arrays.stream(values()).filter(a -> a.texto.equals(texto)).findFirst();
    }
}
