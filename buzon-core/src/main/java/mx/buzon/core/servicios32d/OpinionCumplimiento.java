package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.Vencimiento;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;

/**
 * An opinión del cumplimiento de obligaciones fiscales en materia de seguridad social (CFF art. 32-D; relación de
 * trámites 9.4), valid only on the day it is generated, in Zona Centro (Reglas ACDO.AS2.HCT.270422/107.P.DIR,
 * Regla Novena; Lineamientos 5.7: the Buzón keeps Zona Centro time).
 *
 * <p>Example: generated at {@code 2026-03-03T05:59:59Z} (Monday 2 March 23:59:59 Zona Centro) it is valid on
 * 2026-03-02 and not on 2026-03-03. What it is not: the SDK does not compute the opinion; the IMSS does and the
 * host records it. Immutable and thread-safe.
 *
 * @param folio the opinion's folio
 * @param rfc whose opinion it is
 * @param sentido positiva, negativa or sin opinión
 * @param generadaEl when it was generated
 */
public record OpinionCumplimiento(Folio folio, Rfc rfc, SentidoOpinion sentido, Instant generadaEl) {

    /**
     * Days the Subdelegación has to resolve a disagreement: 10 días naturales (Reglas, Regla Décima), extended to
     * the next día hábil when the tenth is inhábil (CFF art. 12, fourth paragraph).
     */
    public static final int DIAS_NATURALES_ACLARACION = 10;

    /**
     * Checks the components.
     *
     * @param folio folio
     * @param rfc RFC
     * @param sentido result
     * @param generadaEl generation instant
     */
    public OpinionCumplimiento {
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(sentido, "sentido");
        Objects.requireNonNull(generadaEl, "generadaEl");
    }

    /** @return the day it was generated in Zona Centro, the only day it is valid */
    public LocalDate fechaGeneracion() {
        return generadaEl.atZone(MexicanTime.ZONA_CENTRO).toLocalDate();
    }

    /**
     * Whether the opinion is valid on a day (Regla Novena: only the day it is generated, Zona Centro).
     *
     * @param dia a day in Zona Centro, e.g. {@code 2026-03-02}
     * @return {@code true} only for {@link #fechaGeneracion()}
     */
    public boolean isValidOn(LocalDate dia) {
        Objects.requireNonNull(dia, "dia");
        return fechaGeneracion().equals(dia);
    }

    /**
     * Whether the opinion is valid at an instant: the instant's Zona Centro day is the day it was generated.
     *
     * @param instante e.g. {@code 2026-03-02T18:00:00Z}
     * @return {@code true} when {@link #isValidOn(LocalDate)} holds for that day
     */
    public boolean isValidAt(Instant instante) {
        Objects.requireNonNull(instante, "instante");
        return isValidOn(instante.atZone(MexicanTime.ZONA_CENTRO).toLocalDate());
    }

    /**
     * The last day the Subdelegación has to resolve a disagreement with an opinion presented on a day: 10 días
     * naturales counted from the day after (Reglas ACDO.AS2.HCT.270422/107.P.DIR, Regla Décima), extended to the
     * next día hábil when the tenth day is inhábil (CFF art. 12, fourth paragraph), on
     * {@code ReferenceCalendars.imss()}.
     *
     * @param presentadaEl the day the aclaración was presented, e.g. {@code 2026-03-02}
     * @return e.g. {@code inicio=2026-03-03, vence=2026-03-12}; from {@code 2026-03-06} the tenth day is Monday
     *     16 March (inhábil), so {@code vence=2026-03-17}
     */
    public static Vencimiento plazoAclaracion(LocalDate presentadaEl) {
        return plazoAclaracion(presentadaEl, BuzonPlazos.of(ReferenceCalendars.imss()));
    }

    /**
     * {@link #plazoAclaracion(LocalDate)} on the host's IMSS calendar (with its declared days).
     *
     * @param presentadaEl the day the aclaración was presented
     * @param plazos the rules over the host's IMSS calendar
     * @return the end, with the extension explained and a caveat when the dates reach an unconfirmed year
     */
    public static Vencimiento plazoAclaracion(LocalDate presentadaEl, BuzonPlazos plazos) {
        Objects.requireNonNull(presentadaEl, "presentadaEl");
        Objects.requireNonNull(plazos, "plazos");
        return plazos.naturales("resolver la aclaración de la opinión del cumplimiento",
                "Reglas ACDO.AS2.HCT.270422/107.P.DIR, Regla Décima", presentadaEl, DIAS_NATURALES_ACLARACION);
    }
}
