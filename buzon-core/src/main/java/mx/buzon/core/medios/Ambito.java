package mx.buzon.core.medios;

import java.util.Objects;
import java.util.Optional;
import mx.buzon.core.id.RegistroPatronal;
import org.jspecify.annotations.Nullable;

/**
 * What a medio de contacto applies to (Lineamientos 5.1): the RFC (required), or, optionally, one registro
 * patronal or all the registros patronales of the RFC.
 *
 * <p>Text form: {@code RFC}, {@code TODOS_LOS_REGISTROS_PATRONALES}, or the registro itself
 * ({@code A6815930107}); {@link #parse(CharSequence)} reads it back. Immutable and thread-safe.
 */
public final class Ambito {

    private static final String RFC_TEXT = "RFC";
    private static final String TODOS_TEXT = "TODOS_LOS_REGISTROS_PATRONALES";
    private static final Ambito RFC = new Ambito(null, false);
    private static final Ambito TODOS = new Ambito(null, true);

    private final @Nullable RegistroPatronal registro;
    private final boolean todos;

    private Ambito(@Nullable RegistroPatronal registro, boolean todos) {
        this.registro = registro;
        this.todos = todos;
    }

    /** @return the RFC's own medios (the required ones) */
    public static Ambito rfc() {
        return RFC;
    }

    /** @return medios for every registro patronal of the RFC */
    public static Ambito todosLosRegistros() {
        return TODOS;
    }

    /**
     * Medios for one registro patronal.
     *
     * @param registro e.g. {@code A6815930107}
     * @return the ámbito
     */
    public static Ambito registro(RegistroPatronal registro) {
        return new Ambito(Objects.requireNonNull(registro, "registro"), false);
    }

    /**
     * Reads the text form.
     *
     * @param text {@code RFC}, {@code TODOS_LOS_REGISTROS_PATRONALES} or a registro patronal (normalised as
     *     {@link RegistroPatronal#parse(CharSequence)} does: {@code " a6815930107 "} reads as {@code A6815930107})
     * @return the ámbito
     * @throws mx.buzon.core.id.InvalidIdentifierException when the text is neither keyword nor a registro
     */
    public static Ambito parse(CharSequence text) {
        String s = text.toString();
        if (s.equals(RFC_TEXT)) {
            return RFC;
        }
        if (s.equals(TODOS_TEXT)) {
            return TODOS;
        }
        return registro(RegistroPatronal.parse(s, mx.buzon.core.id.CheckDigitMode.LENIENT));
    }

    /** @return whether this is the RFC's ámbito */
    public boolean isRfc() {
        return registro == null && !todos;
    }

    /** @return whether this covers all registros patronales */
    public boolean isTodosLosRegistros() {
        return todos;
    }

    /** @return the registro patronal, for the ámbito of one registro */
    public Optional<RegistroPatronal> registroPatronal() {
        return Optional.ofNullable(registro);
    }

    /** @return the value of the acuse's {@code Ambito} key: {@code RFC}, {@code REGISTRO_PATRONAL} or {@code TODOS_LOS_REGISTROS_PATRONALES} */
    public String clave() {
        return registro != null ? "REGISTRO_PATRONAL" : toString();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Ambito a && todos == a.todos && Objects.equals(registro, a.registro);
    }

    @Override
    public int hashCode() {
        return Objects.hash(registro, todos);
    }

    /** @return {@code RFC}, {@code TODOS_LOS_REGISTROS_PATRONALES} or the registro patronal */
    @Override
    public String toString() {
        return registro != null ? registro.toString() : todos ? TODOS_TEXT : RFC_TEXT;
    }
}
