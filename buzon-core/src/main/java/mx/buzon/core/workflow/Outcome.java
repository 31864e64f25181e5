package mx.buzon.core.workflow;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.acuse.Acuse;

/**
 * What a workflow answers to a command: {@link Accepted} (the new state and the acuse of the step) or
 * {@link Rejected} (a {@link Rejection}; the state asked about is unchanged).
 *
 * <p>Contract shared by every workflow of the SDK: an accepted command that changes the state yields exactly one
 * acuse (Lineamientos 6.1, 7.5); an accepted command that changes nothing (repeating an idempotent command such
 * as opening a notification already opened) yields the same state and no acuse. Immutable and thread-safe when
 * the state is.
 *
 * @param <S> the workflow's state type, e.g. {@link mx.buzon.core.promocion.Promocion}
 */
public sealed interface Outcome<S> permits Outcome.Accepted, Outcome.Rejected {

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
    }

    /**
     * The command was refused; nothing changed.
     *
     * @param reason why
     * @param <S> the state type
     */
    record Rejected<S>(Rejection reason) implements Outcome<S> {
        /**
         * Checks the component.
         *
         * @param reason why
         */
        public Rejected {
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
     * @param rejection why
     * @param <S> the state type
     * @return the outcome
     */
    static <S> Outcome<S> rejected(Rejection rejection) {
        return new Rejected<>(rejection);
    }

    /** @return {@code true} for {@link Accepted} */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * The new state, or the given one when the command was rejected.
     *
     * @param previous the state the command was applied to
     * @return the state after the command
     */
    default S stateOr(S previous) {
        return this instanceof Accepted<S> a ? a.state() : previous;
    }

    /**
     * The new state of an accepted outcome.
     *
     * @return the state
     * @throws IllegalStateException if the command was rejected (the message carries the rejection)
     */
    default S stateOrThrow() {
        if (this instanceof Accepted<S> a) {
            return a.state();
        }
        throw new IllegalStateException("the command was rejected: " + ((Rejected<S>) this).reason().mensaje());
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
