package mx.buzon.core.medios;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;

/**
 * What {@link MediosContactoWorkflow#registrar} answers: the {@link Outcome} every workflow answers, and, when the
 * registration is accepted, the medio just registered and the validation code the host must send to it (Lineamientos
 * 5.2). The medio is named here so that no host has to find it in the state's list.
 *
 * <p>Why not only an {@code Outcome}: the code is a secret that must leave the workflow exactly once, to the
 * host's sender, and must never be stored; the outcome's state (what the host stores) keeps only its HMAC. So a
 * {@code Registro} has no JSON form, while its {@link #outcome()} has one.
 *
 * <p>Example: {@code registro.medio().orElseThrow().folioRegistro()} is {@code BI-20250203-100717151}, the folio
 * of the registration acuse, and {@code registro.codigoPorEnviar().orElseThrow().digitos()} five digits. Immutable
 * and thread-safe; {@link #toString()} masks the code.
 *
 * @param outcome the outcome: accepted with the acuse de registro (Estatus "En proceso"), or rejected
 * @param medio the pending medio just registered; present exactly when accepted
 * @param codigoPorEnviar the code to send to it (never logged, never stored); present exactly when accepted
 */
public record Registro(Outcome<EstadoBuzon> outcome, Optional<MedioContacto> medio,
        Optional<CodigoValidacion> codigoPorEnviar) {

    /**
     * Checks that the medio and the code are present exactly when the outcome is accepted, and that the medio is
     * in the new state.
     *
     * @param outcome outcome
     * @param medio medio
     * @param codigoPorEnviar code
     */
    public Registro {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(medio, "medio");
        Objects.requireNonNull(codigoPorEnviar, "codigoPorEnviar");
        if (outcome.isAccepted() != medio.isPresent() || medio.isPresent() != codigoPorEnviar.isPresent()) {
            throw new IllegalArgumentException("a registration names its medio and code exactly when accepted");
        }
        if (medio.isPresent() && !outcome.stateOrThrow().medios().contains(medio.get())) {
            throw new IllegalArgumentException("the medio registered must be in the new state: "
                    + medio.get().folioRegistro());
        }
    }

    static Registro aceptado(EstadoBuzon estado, Acuse acuse, MedioContacto medio, CodigoValidacion codigo) {
        return new Registro(Outcome.accepted(estado, acuse), Optional.of(medio), Optional.of(codigo));
    }

    static Registro rechazado(EstadoBuzon estado, Rejection rejection) {
        return new Registro(Outcome.rejected(estado, rejection), Optional.empty(), Optional.empty());
    }

    /** @return whether the registration was accepted */
    public boolean isAccepted() {
        return outcome.isAccepted();
    }

    /** @return the state to store, accepted or not (a rejected registration returns the state it was given) */
    public EstadoBuzon stateToStore() {
        return outcome.stateToStore().orElseThrow();
    }

    /** @return the outcome, the medio's folio and the code masked */
    @Override
    public String toString() {
        return "Registro[" + outcome + ", medio=" + medio.map(MedioContacto::folioRegistro).map(Object::toString)
                .orElse("-") + ", codigoPorEnviar=" + (codigoPorEnviar.isPresent() ? "*****" : "-") + "]";
    }
}
