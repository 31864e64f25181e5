package mx.buzon.calendar.zone;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import mx.buzon.calendar.CalendarErrorCode;

/**
 * An unlisted postal code that cannot be placed from the code alone: its nearest listed codes of the same state,
 * below and above, lie in zones with different offsets (Ley de los Husos Horarios, art. 5 border
 * municipalities). The caller must give the municipality ({@link PostalCodeZones#lookup(CharSequence,
 * CharSequence)}).
 *
 * <p>Example: {@code PostalCodeZones.reference().ambiguity("26329")} is
 * {@code AmbiguousPostalCode[query=26329, candidatas=[America/Matamoros, America/Monterrey], cpInferior=26328,
 * cpSuperior=26340, estado=COA, estadoNombre=Coahuila de Zaragoza]} (26328 is in Acuña, on the border; 26340 in
 * Múzquiz). Immutable and thread-safe.
 *
 * @param query the postal code asked, normalised, e.g. {@code "26329"}
 * @param candidatas the zones of the two neighbours, the lower code's first, e.g.
 *     {@code [America/Matamoros, America/Monterrey]}
 * @param cpInferior the nearest listed code below, of the same state
 * @param cpSuperior the nearest listed code above, of the same state
 * @param estado the SAT state code, e.g. {@code "COA"}
 * @param estadoNombre the state's name as SEPOMEX writes it
 */
public record AmbiguousPostalCode(String query, List<ZoneId> candidatas, String cpInferior, String cpSuperior,
        String estado, String estadoNombre) {

    /** Checks that no component is null and that there are two different candidates. */
    public AmbiguousPostalCode {
        Objects.requireNonNull(query, "query");
        candidatas = List.copyOf(candidatas);
        Objects.requireNonNull(cpInferior, "cpInferior");
        Objects.requireNonNull(cpSuperior, "cpSuperior");
        Objects.requireNonNull(estado, "estado");
        Objects.requireNonNull(estadoNombre, "estadoNombre");
        if (candidatas.size() != 2 || candidatas.get(0).equals(candidatas.get(1))) {
            throw new IllegalArgumentException("An ambiguous postal code has two different candidate zones: "
                    + candidatas);
        }
    }

    /**
     * The rule: always {@link LookupRule#AMBIGUOUS} (code {@code "AMBIGUA"}).
     *
     * @return {@link LookupRule#AMBIGUOUS}
     */
    public LookupRule regla() {
        return LookupRule.AMBIGUOUS;
    }

    /**
     * The Spanish message asking for the municipality, the same text as the
     * {@link CalendarErrorCode#CP_ZONA_AMBIGUA} error, e.g. {@code "El código postal 26329 no está en la lista y
     * sus códigos postales conocidos más cercanos del mismo estado tienen husos horarios con horas distintas
     * (26328: America/Matamoros; 26340: America/Monterrey); el código postal no basta para saber el huso horario:
     * indique el municipio del domicilio fiscal (clave INEGI de 3 dígitos) para consultarlo por estado y
     * municipio."}.
     *
     * @return the message
     */
    public String explicacion() {
        return CalendarErrorCode.CP_ZONA_AMBIGUA.message(query, cpInferior, candidatas.get(0).getId(), cpSuperior,
                candidatas.get(1).getId());
    }
}
