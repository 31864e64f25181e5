package mx.buzon.calendar.plazo;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.internal.Spanish;

/**
 * The end of a plazo and how it was counted (CFF art. 12), with its caveats.
 *
 * <p>Example: recurso de inconformidad of a patrón from a notification that surte efectos on 9 March 2026:
 * {@code evento=2026-03-09, inicio=2026-03-10, dias=15, diasHabiles=true, vence=2026-03-31}, with 16 March
 * (third Monday of March) and the weekends in {@code diasOmitidos}. A plazo in días naturales whose last day is
 * inhábil ends on the next día hábil (CFF art. 12, fourth paragraph): Transitorio Primero counts 180 days to
 * Saturday 1 February 2025 ({@code ultimoDiaContado}) and ends on Tuesday 4 February 2025 ({@code vence}).
 * Immutable and thread-safe.
 *
 * @param plazo what the plazo is for, in Spanish, e.g. {@code "recurso de inconformidad (patrón)"}
 * @param fundamento the law that sets it
 * @param evento the day the plazo runs from (not counted for días hábiles)
 * @param inicio the first day counted
 * @param dias the length
 * @param diasHabiles true when counted in días hábiles, false for natural days
 * @param vence the last day of the plazo, after the fourth paragraph of CFF art. 12
 * @param diasOmitidos días hábiles: the inhábil days from {@code inicio} to {@code vence} that were not counted;
 *     días naturales: the inhábil days from {@code ultimoDiaContado} to the day before {@code vence} (why it was
 *     extended; empty when it was not)
 * @param ultimoDiaContado the last day the count reached, before any extension (equal to {@code vence} for días
 *     hábiles)
 * @param advertencias the caveats: not empty when the count used a year whose declared days are not confirmed
 */
public record Vencimiento(String plazo, String fundamento, LocalDate evento, LocalDate inicio, int dias,
        boolean diasHabiles, LocalDate vence, List<DiaInhabil> diasOmitidos, LocalDate ultimoDiaContado,
        List<CalendarCaveat> advertencias) {

    /**
     * Checks the components, including what follows from the count without a calendar, and copies the lists.
     *
     * @throws IllegalArgumentException when {@code vence} precedes {@code ultimoDiaContado}, {@code dias < 1},
     *     {@code inicio} precedes {@code evento}, a count of días naturales does not end {@code dias - 1} days after
     *     {@code inicio}, a count of días hábiles ends before that or is extended, or an omitted day lies outside
     *     {@code evento..vence}
     */
    public Vencimiento {
        Objects.requireNonNull(plazo, "plazo");
        Objects.requireNonNull(fundamento, "fundamento");
        Objects.requireNonNull(evento, "evento");
        Objects.requireNonNull(inicio, "inicio");
        Objects.requireNonNull(vence, "vence");
        diasOmitidos = List.copyOf(diasOmitidos);
        Objects.requireNonNull(ultimoDiaContado, "ultimoDiaContado");
        advertencias = List.copyOf(advertencias);
        if (vence.isBefore(ultimoDiaContado)) {
            throw new IllegalArgumentException("A plazo is only ever extended (CFF art. 12): vence " + vence
                    + " before the last day counted " + ultimoDiaContado);
        }
        // The derived parts, as far as they follow without a calendar: a record anyone can build must not
        // carry a vence that contradicts its own count.
        if (dias < 1) {
            throw new IllegalArgumentException("A plazo counts at least 1 day: " + dias);
        }
        if (inicio.isBefore(evento)) {
            throw new IllegalArgumentException("A plazo's count starts on or after its event: inicio " + inicio
                    + ", evento " + evento);
        }
        if (!diasHabiles && !ultimoDiaContado.equals(inicio.plusDays(dias - 1L))) {
            throw new IllegalArgumentException(dias + " días naturales from " + inicio + " end on "
                    + inicio.plusDays(dias - 1L) + ", not " + ultimoDiaContado);
        }
        if (diasHabiles && (!vence.equals(ultimoDiaContado) || ultimoDiaContado.isBefore(inicio.plusDays(dias - 1L)))) {
            throw new IllegalArgumentException(dias + " días hábiles from " + inicio + " cannot end on "
                    + ultimoDiaContado + " (vence " + vence + "): they end on their last día hábil, at least "
                    + (dias - 1) + " days later");
        }
        for (DiaInhabil d : diasOmitidos) {
            if (d.fecha().isBefore(evento) || d.fecha().isAfter(vence)) {
                throw new IllegalArgumentException("An omitted day lies outside the plazo " + evento + ".." + vence
                        + ": " + d.fecha());
            }
        }
    }

    /**
     * A plazo not extended and without caveats (the shape of earlier versions).
     *
     * @param plazo what the plazo is for
     * @param fundamento the law that sets it
     * @param evento the day it runs from
     * @param inicio the first day counted
     * @param dias the length
     * @param diasHabiles true for días hábiles
     * @param vence the last day
     * @param diasOmitidos the inhábil days not counted
     */
    public Vencimiento(String plazo, String fundamento, LocalDate evento, LocalDate inicio, int dias,
            boolean diasHabiles, LocalDate vence, List<DiaInhabil> diasOmitidos) {
        this(plazo, fundamento, evento, inicio, dias, diasHabiles, vence, diasOmitidos, vence, List.of());
    }

    /**
     * Whether the last day counted was inhábil and the plazo moved to the next día hábil (CFF art. 12, fourth
     * paragraph).
     *
     * @return true when {@code vence} is after {@code ultimoDiaContado}
     */
    public boolean prorrogado() {
        return vence.isAfter(ultimoDiaContado);
    }

    /**
     * Whether the answer is certain: no caveat.
     *
     * @return true when {@link #advertencias()} is empty
     */
    public boolean isCertain() {
        return advertencias.isEmpty();
    }

    /**
     * A Spanish explanation a vendor can show to the user.
     *
     * @return the explanation
     */
    public String explicacion() {
        String head = "Plazo de " + dias + (diasHabiles ? " días hábiles" : " días naturales") + " para " + plazo
                + " (" + fundamento + "): se cuenta desde el " + Spanish.date(inicio);
        String body;
        if (diasHabiles) {
            body = head + " y vence el " + Spanish.date(vence) + ". Días inhábiles no contados: "
                    + Spanish.inhabiles(diasOmitidos) + ".";
        } else if (prorrogado()) {
            body = head + "; el último día contado, " + Spanish.date(ultimoDiaContado) + ", es inhábil, así que el"
                    + " plazo se prorroga al día hábil siguiente (CFF art. 12, cuarto párrafo) y vence el "
                    + Spanish.date(vence) + ". Días inhábiles: " + Spanish.inhabiles(diasOmitidos) + ".";
        } else {
            body = head + " y vence el " + Spanish.date(vence) + ".";
        }
        return body + Caveats.sentence(advertencias);
    }
}
