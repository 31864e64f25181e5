package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.Optional;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * What the {@code plazo} commands share (a picocli mixin): the calendar (IMSS, CFF art. 12, with data for
 * 2023–2026) and the option to compute beyond its data with the law alone.
 */
final class PlazoOptions {

    /** The option that accepts the CFF rules alone for years without calendar data. */
    static final String CFF_BEYOND_COVERAGE = "--cff-fuera-de-cobertura";

    @Option(names = CFF_BEYOND_COVERAGE, description = "Para años sin datos del calendario (hoy cubre "
            + ReferenceCalendars.FIRST_YEAR + "–" + ReferenceCalendars.LAST_YEAR + "), calcula solo con las reglas"
            + " del CFF art. 12, sin días declarados inhábiles por la autoridad. Sin esta opción esos años son un"
            + " error (CALENDARIO_ANIO_SIN_DATOS, salida 1).")
    boolean cffBeyondCoverage;

    /** @return the plazos over the IMSS reference calendar, extended by the law when asked */
    BuzonPlazos plazos() {
        BusinessCalendar imss = ReferenceCalendars.imss();
        return BuzonPlazos.of(cffBeyondCoverage ? imss.withCffRulesOnlyBeyondCoverage() : imss);
    }

    /**
     * @param cp the postal code of the domicilio fiscal, or {@code null} for Zona Centro
     * @return the domicile's zone, if a postal code was given
     * @throws mx.buzon.calendar.CalendarException {@code CP_FORMATO_INVALIDO}, {@code CP_ESTADO_DESCONOCIDO},
     *     {@code CP_ZONA_AMBIGUA} (an unlisted code between zones with different offsets: never a silent pick)
     */
    static Optional<DomicileZone> domicile(@Nullable String cp) {
        return Optional.ofNullable(cp).map(code -> PostalCodeZones.reference().lookup(code.strip()));
    }

    /**
     * @param domicile the domicile's zone, if known
     * @return its IANA zone, or Zona Centro ({@code America/Mexico_City}) when no postal code was given
     */
    static ZoneId zone(Optional<DomicileZone> domicile) {
        return domicile.map(DomicileZone::zoneId).orElse(MexicanTime.ZONA_CENTRO);
    }

    /**
     * Adds {@code cp} (or null) and {@code zonaHoraria} to a result.
     *
     * @param node the result
     * @param domicile the domicile's zone, if known
     */
    static void putDomicile(ObjectNode node, Optional<DomicileZone> domicile) {
        node.put("cp", domicile.map(DomicileZone::query).orElse(null));
        node.put("zonaHoraria", zone(domicile).getId());
    }

    /**
     * @param domicile the domicile's zone, if known
     * @return a Spanish line saying which zone applies
     */
    static String describe(Optional<DomicileZone> domicile) {
        return domicile.map(DomicileZone::explicacion)
                .orElse("Sin código postal (--cp): se usa la Zona Centro (America/Mexico_City).");
    }
}
