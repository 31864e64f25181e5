package mx.buzon.calendar.zone;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The time zone of a domicilio fiscal and how it was found (Lineamientos 5.8: legal dates are taken in it).
 *
 * <p>Example: {@code PostalCodeZones.reference().lookup("22000")} is
 * {@code DomicileZone[query=22000, zoneId=America/Tijuana, zona=NOROESTE, frontera=true, regla=EXACT,
 * matchedPostalCode=Optional[22000], estado=BCN]}. Immutable and thread-safe.
 *
 * @param query what was asked, normalised: a postal code ({@code "22000"}) or state/municipality
 *     ({@code "CHH/037"}) or a state ({@code "ROO"})
 * @param zoneId the IANA zone giving the legal offsets, e.g. {@code America/Tijuana}
 * @param zona the zone of the law (art. 3)
 * @param frontera whether seasonal (border) time applies, following the US dates (art. 5)
 * @param regla the rule that gave the answer
 * @param matchedPostalCode the listed postal code whose zone was used (for postal code queries)
 * @param estado the SAT state code, e.g. {@code "BCN"}
 */
public record DomicileZone(String query, ZoneId zoneId, Zona zona, boolean frontera, LookupRule regla,
        Optional<String> matchedPostalCode, String estado) {

    /** Checks that no component is null. */
    public DomicileZone {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(zoneId, "zoneId");
        Objects.requireNonNull(zona, "zona");
        Objects.requireNonNull(regla, "regla");
        Objects.requireNonNull(matchedPostalCode, "matchedPostalCode");
        Objects.requireNonNull(estado, "estado");
    }

    /**
     * A Spanish explanation, e.g. {@code "Código postal 22001: zona Noroeste con horario de frontera
     * (America/Tijuana); el código postal no está en la lista; se usó el código postal conocido más cercano del
     * mismo estado (22000, estado BCN)."}.
     *
     * @return the explanation
     */
    public String explicacion() {
        String what = query.contains("/") ? "Municipio " + query : query.length() == 5 ? "Código postal " + query
                : "Estado " + query;
        return what + ": zona " + zona.spanish() + (frontera ? " con horario de frontera" : "") + " (" + zoneId.getId()
                + "); " + regla.spanish() + matchedPostalCode.map(cp -> " (" + cp + ", estado " + estado + ")")
                        .orElse(" (estado " + estado + ")") + ".";
    }
}
