package mx.buzon.core.medios;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Folio;

/**
 * The Buzón IMSS of one particular: its medios de contacto (with history) and whether it is habilitado
 * (Lineamientos 5.1–5.4). The state a host stores per RFC.
 *
 * <p>Example: {@code EstadoBuzon.inicial(particular)} has no medios and is not habilitado. Immutable and
 * thread-safe.
 *
 * @param particular whose Buzón it is
 * @param medios every medio ever registered, in registration order (cancelled and removed ones included, as the
 *     Guía de Activación's table of medios shows them with their "Fecha de Baja")
 * @param habilitacion present once the Buzón is habilitado
 */
public record EstadoBuzon(Particular particular, List<MedioContacto> medios, Optional<Habilitacion> habilitacion) {

    /**
     * Checks folio uniqueness and registros patronales.
     *
     * @throws IllegalArgumentException when two medios share a folio or a medio names a registro patronal the
     *     particular does not have
     */
    public EstadoBuzon {
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(habilitacion, "habilitacion");
        medios = List.copyOf(medios);
        Set<Folio> folios = new HashSet<>();
        for (MedioContacto m : medios) {
            if (!folios.add(m.folioRegistro())) {
                throw new IllegalArgumentException("Two medios share the folio " + m.folioRegistro());
            }
            m.ambito().registroPatronal().ifPresent(r -> {
                if (!particular.tieneRegistro(r)) {
                    throw new IllegalArgumentException("Registro patronal " + r + " is not the particular's");
                }
            });
        }
    }

    /**
     * A Buzón with nothing registered.
     *
     * @param particular the particular
     * @return the state
     */
    public static EstadoBuzon inicial(Particular particular) {
        return new EstadoBuzon(particular, List.of(), Optional.empty());
    }

    /**
     * A Buzón activated under the 2020 Lineamientos (5.4): habilitado without registering medios or signing again.
     *
     * @param particular the particular
     * @param activadoEn when it was activated
     * @return the state
     */
    public static EstadoBuzon activadoPreviamente(Particular particular, Instant activadoEn) {
        return new EstadoBuzon(particular, List.of(), Optional.of(new Habilitacion(activadoEn,
                Habilitacion.Origen.ACTIVADO_PREVIAMENTE, Optional.empty(), Optional.empty())));
    }

    /** @return whether the Buzón is habilitado (5.3, 5.4); only then may the particular file actuaciones (5.5) */
    public boolean habilitado() {
        return habilitacion.isPresent();
    }

    /**
     * The medio registered with a folio.
     *
     * @param folioRegistro the folio of its registration acuse
     * @return the medio, if any
     */
    public Optional<MedioContacto> medio(Folio folioRegistro) {
        return medios.stream().filter(m -> m.folioRegistro().equals(folioRegistro)).findFirst();
    }

    /**
     * The medios of an ámbito that count at an instant (pending within 72 h, or validated).
     *
     * @param ambito the ámbito
     * @param instante the instant
     * @return those medios, in registration order
     */
    public List<MedioContacto> vigentes(Ambito ambito, Instant instante) {
        return medios.stream().filter(m -> m.ambito().equals(ambito) && m.vigenteEn(instante))
                .collect(Collectors.toUnmodifiableList());
    }

    /**
     * Whether the RFC has at least one validated e-mail and its validated mobile (5.2: confirming only one of
     * the two kinds does not habilitate the Buzón).
     *
     * @return {@code true} when both kinds are validated for the RFC
     */
    public boolean mediosRfcValidados() {
        return validados(Mecanismo.CORREO_ELECTRONICO) > 0 && validados(Mecanismo.TELEFONO_MOVIL) > 0;
    }

    long validados(Mecanismo mecanismo) {
        return medios.stream().filter(m -> m.ambito().isRfc() && m.mecanismo() == mecanismo
                && m.estado() == EstadoMedio.VALIDADO).count();
    }

    EstadoBuzon with(List<MedioContacto> newMedios, Optional<Habilitacion> newHabilitacion) {
        return new EstadoBuzon(particular, newMedios, newHabilitacion);
    }
}
