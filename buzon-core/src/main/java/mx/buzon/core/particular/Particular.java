package mx.buzon.core.particular;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.zone.DomicileZone;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.BuzonException;

/**
 * A persona particular of the Buzón IMSS (Lineamientos 3, 5.1): RFC, name, CURP (personas físicas, optional),
 * the registros patronales linked to the RFC, and the postal code of the domicilio fiscal, whose time zone
 * gives the legal date of actuaciones and notifications (Lineamientos 5.8).
 *
 * <p>Example: {@code Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE", List.of(), "22000")}
 * (a persona moral in Tijuana). Immutable and thread-safe.
 *
 * @param rfc the RFC; generic RFCs are refused
 * @param nombre nombre, denominación o razón social (normalised as in {@link DatosParticular})
 * @param curp the CURP, only for a persona física
 * @param registrosPatronales the registros patronales linked to the RFC, no repetitions (may be empty: the Guía de Activación
 *     show the notice "Tu RFC no tiene asociados Registros Patronales")
 * @param codigoPostal the domicilio fiscal's postal code, 5 digits
 */
public record Particular(Rfc rfc, String nombre, Optional<Curp> curp, List<RegistroPatronal> registrosPatronales,
        String codigoPostal) {

    /**
     * Checks and normalises.
     *
     * @param rfc the RFC
     * @param nombre the name
     * @param curp the CURP, if any
     * @param registrosPatronales the registros patronales
     * @param codigoPostal the postal code
     * @throws BuzonException with a {@link ParticularErrorCode} when the RFC is generic, the name blank or too
     *     long, a CURP is given for a persona moral or a registro repeats; a
     *     {@link mx.buzon.calendar.CalendarException} {@code CP_FORMATO_INVALIDO} when the postal code (surrounding
     *     spaces removed) is not 5 digits
     */
    public Particular {
        Objects.requireNonNull(codigoPostal, "codigoPostal");
        registrosPatronales = List.copyOf(registrosPatronales);
        // The record checks RFC, name and CURP the same way for both types.
        nombre = new DatosParticular(rfc, nombre, curp, Optional.empty()).nombre();
        if (new LinkedHashSet<>(registrosPatronales).size() != registrosPatronales.size()) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_REGISTRO_REPETIDO,
                    ParticularErrorCode.PARTICULAR_REGISTRO_REPETIDO.message(repeated(registrosPatronales)), null);
        }
        codigoPostal = codigoPostal.strip();
        if (!isFiveDigits(codigoPostal)) {
            throw new CalendarException(CalendarErrorCode.CP_FORMATO_INVALIDO, DatosParticular.shown(codigoPostal));
        }
    }

    /**
     * A particular without CURP.
     *
     * @param rfc the RFC
     * @param nombre the name
     * @param registrosPatronales the registros patronales
     * @param codigoPostal the domicilio fiscal's postal code
     * @return the particular
     */
    public static Particular of(Rfc rfc, String nombre, List<RegistroPatronal> registrosPatronales,
            String codigoPostal) {
        return new Particular(rfc, nombre, Optional.empty(), registrosPatronales, codigoPostal);
    }

    /** @return física or moral, told by the RFC */
    public Persona persona() {
        return rfc.persona();
    }

    /**
     * The time zone of the domicilio fiscal (Lineamientos 5.8; Ley de los Husos Horarios).
     *
     * @param zones the postal-code table, usually {@link PostalCodeZones#reference()}
     * @return the zone and how it was found
     * @throws mx.buzon.calendar.CalendarException when the postal code identifies no state
     *     ({@code CP_ESTADO_DESCONOCIDO}), or when it is an unlisted code between zones with different offsets
     *     ({@code CP_ZONA_AMBIGUA}: the code alone does not tell the zone, and none is picked silently; the
     *     host asks for the municipality, {@link PostalCodeZones#lookup(CharSequence, CharSequence)})
     */
    public DomicileZone zonaDomicilio(PostalCodeZones zones) {
        return zones.lookup(codigoPostal);
    }

    /** @return whether a registro patronal is linked to this particular's RFC */
    public boolean tieneRegistro(RegistroPatronal registro) {
        return registrosPatronales.contains(registro);
    }

    /** @return the data an acuse prints about this particular (RFC, name, CURP) */
    public DatosParticular datosAcuse() {
        return new DatosParticular(rfc, nombre, curp, Optional.empty());
    }

    /**
     * The data an acuse about one registro patronal prints.
     *
     * @param registro one of {@link #registrosPatronales()}
     * @return RFC, name, CURP and the registro
     * @throws BuzonException {@link ParticularErrorCode#PARTICULAR_REGISTRO_AJENO} when the registro is not linked
     *     to this particular
     */
    public DatosParticular datosAcuse(RegistroPatronal registro) {
        if (!tieneRegistro(registro)) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_REGISTRO_AJENO,
                    ParticularErrorCode.PARTICULAR_REGISTRO_AJENO.message(registro, rfc), null);
        }
        return new DatosParticular(rfc, nombre, curp, Optional.of(registro));
    }

    private static boolean isFiveDigits(String s) {
        if (s.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static RegistroPatronal repeated(List<RegistroPatronal> registros) {
        Set<RegistroPatronal> seen = new HashSet<>();
        for (RegistroPatronal r : registros) {
            if (!seen.add(r)) {
                return r;
            }
        }
        throw new IllegalStateException("no repetition in " + registros);
    }
}
