package mx.buzon.core.catalog;

/**
 * The two services of Promociones Electrónicas: an aclaración or an orientación (Lineamientos, relación de
 * trámites 6; Guía de Promociones Electrónicas, sections IV.5 and V).
 *
 * <p>An aclaración requires a 10-digit telephone and a ZIP of evidence under 10 MB (Guía de Promociones, V.6 and V.7);
 * for an orientación both are optional.
 *
 * <p>Immutable and thread-safe (an enum).
 */
public enum TipoPromocion {
    /** "Aclaración": telephone and ZIP evidence required. */
    ACLARACION("Aclaración", true),
    /** "Orientación": telephone and evidence optional. */
    ORIENTACION("Orientación", false);

    private final String texto;
    private final boolean requiereTelefonoYEvidencia;

    TipoPromocion(String texto, boolean requiereTelefonoYEvidencia) {
        this.texto = texto;
        this.requiereTelefonoYEvidencia = requiereTelefonoYEvidencia;
    }

    /** @return the text as the seed writes it, e.g. {@code Aclaración} */
    public String texto() {
        return texto;
    }

    /** @return whether the telephone (10 digits) is required (Guía de Promociones, V.6) */
    public boolean requiereTelefono() {
        return requiereTelefonoYEvidencia;
    }

    /** @return whether the ZIP of evidence is required (Guía de Promociones, V.7) */
    public boolean requiereEvidencia() {
        return requiereTelefonoYEvidencia;
    }
}
