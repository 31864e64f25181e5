package mx.buzon.core.workflow;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;

/**
 * What a workflow answers to a command: {@link Accepted} (the new state and the acuse of the step) or
 * {@link Rejected} (a {@link Rejection} and the state to store, if there is one).
 *
 * <p>Contract shared by every workflow of the SDK (promociones, notificaciones, 32-D, medios de contacto):
 * <ul>
 * <li>an accepted command that changes the state yields exactly one acuse (Lineamientos 6.1, 7.5); an accepted
 *     command that changes nothing (repeating an idempotent command such as opening a notification already
 *     opened) yields the same state and no acuse;</li>
 * <li>a rejected command yields the state to store: the state it was applied to, except where the refusal itself
 *     must be remembered (a wrong validation code of a medio de contacto counts as an attempt, Lineamientos 5.2);
 *     </li>
 * <li>a rejected command that would have created the state (filing a promoción, sending an aviso) has no state
 *     to store;</li>
 * <li>so a host always stores {@link #stateToStore()}, whatever the outcome: {@code
 *     outcome.stateToStore().ifPresent(repository::save)}.</li>
 * </ul>
 * Immutable and thread-safe when the state is.
 *
 * @param <S> the workflow's state type, e.g. {@link mx.buzon.core.promocion.Promocion}
 */
public sealed interface Outcome<S> permits Outcome.Accepted, Outcome.Rejected {

    /**
     * The state to store after the command, accepted or not.
     *
     * @return the new state; for a rejection, the state applied to (with any counted attempt), empty when the
     *     rejected command would have created the state
     */
    Optional<S> stateToStore();

    /**
     * The command was accepted.
     *
     * @param state the new state
     * @param acuse the acuse of the step; empty only when the command changed nothing, or when the law issues no
     *     acuse for the step (the aviso of a notification, Lineamientos 7.3)
     * @param <S> the state type
     */
    record Accepted<S>(S state, Optional<Acuse> acuse) implements Outcome<S> {
        /**
         * Checks the components.
         *
         * @param state state
         * @param acuse acuse
         */
        public Accepted {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(acuse, "acuse");
        }

        /** @return the new state */
        @Override
        public Optional<S> stateToStore() {
            return Optional.of(state);
        }
    }

    /**
     * The command was refused.
     *
     * @param stateToStore the state to store: the one the command was applied to, or that state with a counted
     *     attempt; empty when the command would have created the state
     * @param reason why
     * @param <S> the state type
     */
    record Rejected<S>(Optional<S> stateToStore, Rejection reason) implements Outcome<S> {
        /**
         * Checks the components.
         *
         * @param stateToStore the state to store
         * @param reason why
         */
        public Rejected {
            Objects.requireNonNull(stateToStore, "stateToStore");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * An accepted outcome with its acuse.
     *
     * @param state the new state
     * @param acuse the acuse
     * @param <S> the state type
     * @return the outcome
     */
    static <S> Outcome<S> accepted(S state, Acuse acuse) {
        return new Accepted<>(state, Optional.of(acuse));
    }

    /**
     * An accepted outcome that changed nothing (an idempotent repeat).
     *
     * @param state the unchanged state
     * @param <S> the state type
     * @return the outcome
     */
    static <S> Outcome<S> unchanged(S state) {
        return new Accepted<>(state, Optional.empty());
    }

    /**
     * A rejected outcome.
     *
     * @param state the state to store (usually the one the command was applied to)
     * @param rejection why
     * @param <S> the state type
     * @return the outcome
     */
    static <S> Outcome<S> rejected(S state, Rejection rejection) {
        return new Rejected<>(Optional.of(state), rejection);
    }

    /**
     * A rejected outcome of a command that would have created the state (there is nothing to store).
     *
     * @param rejection why
     * @param <S> the state type
     * @return the outcome
     */
    static <S> Outcome<S> rejectedCreation(Rejection rejection) {
        return new Rejected<>(Optional.empty(), rejection);
    }

    /** @return {@code true} for {@link Accepted} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The new state of an accepted outcome.
     *
     * @return the state
     * @throws IllegalStateException if the command was rejected (the message carries the rejection)
     */
    default S stateOrThrow() {
        if (this instanceof Rejected<S> r) {
            throw new IllegalStateException("the command was rejected: " + r.reason().code() + ": "
                    + r.reason().message());
        }
        return ((Accepted<S>) this).state();
    }

    /** @return the acuse of an accepted step, empty when rejected or when nothing changed */
    default Optional<Acuse> acuse() {
        return this instanceof Accepted<S> a ? a.acuse() : Optional.empty();
    }

    /** @return the rejection, empty when accepted */
    default Optional<Rejection> rejection() {
        return this instanceof Rejected<S> r ? Optional.of(r.reason()) : Optional.empty();
    }
}
