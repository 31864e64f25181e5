package mx.buzon.core.particular;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.BuzonException;

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
     * @throws BuzonException with a {@link ParticularErrorCode} when the RFC is generic, the name blank, too long
     *     or holding a lone surrogate, or a CURP is given for a persona moral
     */
    public DatosParticular {
        Objects.requireNonNull(rfc, "rfc");
        Objects.requireNonNull(curp, "curp");
        Objects.requireNonNull(registroPatronal, "registroPatronal");
        nombre = requireNombre(nombre);
        if (!rfc.canIdentifyBuzonUser()) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_RFC_GENERICO,
                    ParticularErrorCode.PARTICULAR_RFC_GENERICO.message(rfc), null);
        }
        if (curp.isPresent() && rfc.persona() == mx.buzon.core.id.Persona.MORAL) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_CURP_PERSONA_MORAL,
                    ParticularErrorCode.PARTICULAR_CURP_PERSONA_MORAL.message(rfc, curp.get()), null);
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
        for (int i = 0; i < nombre.length(); i++) {
            char c = nombre.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < nombre.length()
                    && Character.isLowSurrogate(nombre.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BuzonException(ParticularErrorCode.PARTICULAR_NOMBRE_CARACTER_INVALIDO,
                        ParticularErrorCode.PARTICULAR_NOMBRE_CARACTER_INVALIDO.message(i + 1), null);
            }
        }
        String n = CadenaOriginal.normalizeValue(nombre);
        if (n.isEmpty()) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_NOMBRE_VACIO,
                    ParticularErrorCode.PARTICULAR_NOMBRE_VACIO.message(), null);
        }
        int length = n.codePointCount(0, n.length());
        if (length > MAX_NOMBRE) {
            throw new BuzonException(ParticularErrorCode.PARTICULAR_NOMBRE_LARGO,
                    ParticularErrorCode.PARTICULAR_NOMBRE_LARGO.message(MAX_NOMBRE, length), null);
        }
        return n;
    }

    /** At most 40 characters of what was typed, so a huge input does not become a huge message. */
    static String shown(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
