package mx.buzon.core.medios;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;

/**
 * The answer of a workflow: accepted (new state and exactly one acuse) or rejected (a {@link Rechazo}).
 * Immutable and thread-safe.
 */
public sealed interface Resultado {

    /** @return the state to store after the command */
    EstadoBuzon estado();

    /** @return whether the command was accepted */
    boolean aceptado();

    /**
     * An accepted command.
     *
     * @param estado the new state
     * @param acuse the acuse it produced
     * @param codigoPorEnviar for a registration, the code the host must send to the new medio (never logged)
     */
    record Aceptado(EstadoBuzon estado, Acuse acuse, Optional<CodigoValidacion> codigoPorEnviar) implements Resultado {
        /** Checks for null. */
        public Aceptado {
            Objects.requireNonNull(estado, "estado");
            Objects.requireNonNull(acuse, "acuse");
            Objects.requireNonNull(codigoPorEnviar, "codigoPorEnviar");
        }

        @Override
        public boolean aceptado() {
            return true;
        }
    }

    /**
     * A rejected command. The state is the input state, except after a wrong validation code: the failed
     * attempt is counted ({@link MediosCodigo#CODIGO_INCORRECTO}) and the last one cancels the registration
     * ({@link MediosCodigo#INTENTOS_AGOTADOS}), because attempts must be remembered to be limited. The host
     * stores {@link #estado()} in every case.
     *
     * @param rechazo why
     * @param estado the state to store
     */
    record Rechazado(Rechazo rechazo, EstadoBuzon estado) implements Resultado {
        /** Checks for null. */
        public Rechazado {
            Objects.requireNonNull(rechazo, "rechazo");
            Objects.requireNonNull(estado, "estado");
        }

        @Override
        public boolean aceptado() {
            return false;
        }
    }
}
