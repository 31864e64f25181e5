package mx.buzon.calendar.plazo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.internal.Spanish;

/**
 * The end of a plazo and how it was counted (CFF art. 12).
 *
 * <p>Example: recurso de inconformidad of a patrón from a notification that surte efectos on 9 March 2026:
 * {@code evento=2026-03-09, inicio=2026-03-10, dias=15, diasHabiles=true, vence=2026-03-31}, with 16 March
 * (third Monday of March) and the weekends in {@code diasOmitidos}. Immutable and thread-safe.
 *
 * @param plazo what the plazo is for, in Spanish, e.g. {@code "recurso de inconformidad (patrón)"}
 * @param fundamento the law that sets it
 * @param evento the day the plazo runs from (not counted for días hábiles)
 * @param inicio the first day counted
 * @param dias the length
 * @param diasHabiles true when counted in días hábiles, false for natural days
 * @param vence the last day of the plazo
 * @param diasOmitidos the inhábil days from {@code inicio} to {@code vence} that were not counted (empty for
 *     natural days)
 */
public record Vencimiento(String plazo, String fundamento, LocalDate evento, LocalDate inicio, int dias,
        boolean diasHabiles, LocalDate vence, List<DiaInhabil> diasOmitidos) {

    /** Checks the components and copies the list. */
    public Vencimiento {
        Objects.requireNonNull(plazo, "plazo");
        Objects.requireNonNull(fundamento, "fundamento");
        Objects.requireNonNull(evento, "evento");
        Objects.requireNonNull(inicio, "inicio");
        Objects.requireNonNull(vence, "vence");
        diasOmitidos = List.copyOf(diasOmitidos);
    }

    /**
     * A Spanish explanation a vendor can show to the user.
     *
     * @return the explanation
     */
    public String explicacion() {
        return "Plazo de " + dias + (diasHabiles ? " días hábiles" : " días naturales") + " para " + plazo + " ("
                + fundamento + "): se cuenta desde el " + Spanish.date(inicio) + " y vence el " + Spanish.date(vence)
                + "." + (diasHabiles ? " Días inhábiles no contados: " + Spanish.inhabiles(diasOmitidos) + "." : "");
    }
}
