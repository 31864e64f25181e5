package mx.buzon.core.servicios32d;

/**
 * The result of an opinión del cumplimiento de obligaciones fiscales en materia de seguridad social (CFF art. 32-D;
 * Reglas de carácter general ACDO.AS2.HCT.270422/107.P.DIR).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum SentidoOpinion {
    /** Up to date with the obligations. */
    POSITIVA("Positiva"),
    /** Not up to date: inconsistencies (registros patronales, créditos fiscales, garantías). */
    NEGATIVA("Negativa"),
    /** No opinion can be issued (for example, no registro patronal is linked to the RFC). */
    SIN_OPINION("Sin opinión");

    private final String texto;

    SentidoOpinion(String texto) {
        this.texto = texto;
    }

    /** @return the Spanish text, e.g. {@code Sin opinión} */
    public String texto() {
        return texto;
    }
}
