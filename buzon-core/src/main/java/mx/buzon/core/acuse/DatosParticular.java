package mx.buzon.core.acuse;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;

/**
 * Who an acuse is for, as printed on it: RFC, nombre (denominación o razón social), and optionally the CURP and
 * the registro patronal the actuación refers to (the Guía 32-D and the Guía de Activación: "RFC del Particular", "Nombre,
 * Denominación o Razón Social del Particular").
 *
 * <p>Example: {@code DatosParticular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ")}. The name is normalised
 * as a cadena value (NFC, whitespace runs to one space, trimmed). Immutable and thread-safe.
 *
 * @param rfc the RFC; a generic RFC ({@code XAXX010101000}) cannot be a Buzón user and is refused
 * @param nombre the name, non-blank after normalisation, at most {@value #MAX_NOMBRE} characters
 * @param curp the CURP (personas físicas), if the acuse carries it
 * @param registroPatronal the registro patronal the actuación refers to, if any
 */
public record DatosParticular(Rfc rfc, String nombre, Optional<Curp> curp,
        Optional<RegistroPatronal> registroPatronal) {

    /** The longest name accepted (the SAT's denominación o razón social field is 254 characters). */
    public static final int MAX_NOMBRE = 254;

    /**
     * Checks and normalises.
     *
     * @param rfc the RFC
     * @param nombre the name
     * @param curp the CURP, if any
     * @param registroPatronal the registro patronal, if any
     * @throws IllegalArgumentException when the RFC is generic, the name blank or too long, or a CURP is given
     *     for a persona moral
     */
    public DatosParticular {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(curp, "curp");
        Objects.requireNonNull(registroPatronal, "registroPatronal");
        nombre = requireNombre(nombre);
        if (!rfc.canIdentifyBuzonUser()) {
            throw new IllegalArgumentException("A generic RFC cannot identify a Buzón IMSS user: " + rfc);
        }
        if (curp.isPresent() && rfc.persona() == mx.buzon.core.id.Persona.MORAL) {
            throw new IllegalArgumentException("A persona moral (RFC " + rfc + ") has no CURP: " + curp.get());
        }
    }

    /**
     * The RFC and name alone.
     *
     * @param rfc e.g. {@code GODE561231GR8}
     * @param nombre e.g. {@code "ERIKA GÓMEZ DÍAZ"}
     * @return the data
     */
    public static DatosParticular of(Rfc rfc, String nombre) {
        return new DatosParticular(rfc, nombre, Optional.empty(), Optional.empty());
    }

    /**
     * The same data referring to a registro patronal.
     *
     * @param registro the registro patronal
     * @return a copy with the registro patronal set
     */
    public DatosParticular withRegistroPatronal(RegistroPatronal registro) {
        return new DatosParticular(rfc, nombre, curp, Optional.of(registro));
    }

    static String requireNombre(String nombre) {
        Objects.requireNonNull(nombre, "nombre");
        String n = CadenaOriginal.normalizeValue(nombre);
        if (n.isEmpty()) {
            throw new IllegalArgumentException("The name of a particular must not be blank: \"" + nombre + "\"");
        }
        if (n.codePointCount(0, n.length()) > MAX_NOMBRE) {
            throw new IllegalArgumentException("The name of a particular has at most " + MAX_NOMBRE
                    + " characters, not " + n.codePointCount(0, n.length()));
        }
        return n;
    }
}
