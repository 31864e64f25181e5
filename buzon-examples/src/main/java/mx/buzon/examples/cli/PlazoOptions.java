package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * What the {@code plazo} commands share (a picocli mixin): the calendar (IMSS, CFF art. 12, declared days
 * confirmed for the years of its data) and strict mode. Dates of unconfirmed years are answered with the law's
 * days and listed in {@code advertencias} (exit 0); {@code --estricto} makes them an error (exit 1).
 */
final class PlazoOptions {

    /** The option that turns dates of unconfirmed years into an error. */
    static final String STRICT = "--estricto";
    /** The older option, now the default behaviour: accepted and without effect. */
    static final String CFF_BEYOND_COVERAGE = "--cff-fuera-de-cobertura";

    @Option(names = STRICT, description = "Termina con error (CALENDARIO_ANIO_SIN_DATOS, salida 1) si el cálculo"
            + " usa un año cuyos días inhábiles declarados por el IMSS no están confirmados, en lugar de calcular"
            + " con los días inhábiles de la ley y listar la advertencia.")
    boolean strict;

    @Option(names = CFF_BEYOND_COVERAGE, description = "Aceptada por compatibilidad, sin efecto: calcular con los"
            + " días inhábiles de la ley (CFF art. 12) fuera de los años confirmados ya es el comportamiento por"
            + " omisión, con advertencias.")
    boolean cffBeyondCoverage;

    /** @return the plazos over the IMSS reference calendar, strict when asked */
    BuzonPlazos plazos() {
        BusinessCalendar imss = ReferenceCalendars.imss();
        return BuzonPlazos.of(strict ? imss.strict() : imss);
    }

    /**
     * Adds {@code advertencias} to a result and their lines to the human text.
     *
     * @param node the result
     * @param human the human text
     * @param caveats the caveats of every part of the answer
     */
    static void putCaveats(ObjectNode node, StringBuilder human, List<CalendarCaveat> caveats) {
        ArrayNode array = JsonOutput.caveats(caveats);
        node.set("advertencias", array);
        for (JsonNode caveat : array) {
            human.append("Advertencia (").append(caveat.get("codigo").asText()).append("): ")
                    .append(caveat.get("mensaje").asText()).append('\n');
        }
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
