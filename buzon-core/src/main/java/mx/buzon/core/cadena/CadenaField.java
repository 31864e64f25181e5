package mx.buzon.core.cadena;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One key of a {@link CadenaSchema}: its name and whether an acuse may leave it out.
 *
 * <p>Keys are ASCII: a letter followed by up to 63 letters, digits or underscores ({@code Folio},
 * {@code RFC}, {@code FechaHora}, {@code Evidencia_SHA256}). So a key never contains the separators
 * {@code :} or {@code |}, the escape character {@code \}, spaces or anything that Unicode normalisation could
 * change, and the first {@code :} of a field always ends its key.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the key as it appears in the cadena, e.g. {@code Folio}
 * @param required {@code true} when every cadena of the schema must carry the key; {@code false} when an
 *     acuse without the value omits the whole field
 */
public record CadenaField(String key, boolean required) {

    /** The rule every key follows: {@code [A-Za-z][A-Za-z0-9_]{0,63}}. */
    public static final Pattern KEY_PATTERN = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    /**
     * Checks the key.
     *
     * @param key the key
     * @param required whether the key is required
     * @throws IllegalArgumentException when the key does not match {@link #KEY_PATTERN}
     */
    public CadenaField {
        Objects.requireNonNull(key, "key");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("A cadena key must match " + KEY_PATTERN.pattern()
                    + " (ASCII, no ':' '|' '\\' or spaces): \"" + key + "\"");
        }
    }

    /**
     * A key every cadena of the schema carries.
     *
     * @param key e.g. {@code Folio}
     * @return the field
     */
    public static CadenaField required(String key) {
        return new CadenaField(key, true);
    }

    /**
     * A key that is omitted (with its separator) when the acuse has no value for it.
     *
     * @param key e.g. {@code Telefono}
     * @return the field
     */
    public static CadenaField optional(String key) {
        return new CadenaField(key, false);
    }

    /**
     * Whether {@code key} may be a key of a cadena.
     *
     * @param key the candidate
     * @return {@code true} when it matches {@link #KEY_PATTERN}
     */
    public static boolean isValidKey(CharSequence key) {
        return KEY_PATTERN.matcher(key).matches();
    }
}
