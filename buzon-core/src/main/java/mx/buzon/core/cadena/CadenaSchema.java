package mx.buzon.core.cadena;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered keys of the cadena original of one kind of acuse: which keys, in which order, and which may be
 * omitted (docs/LEGAL.md §5: "keys in a fixed order per acuse type").
 *
 * <p>Each acuse type declares its schema once, as a constant:
 * <pre>{@code
 * static final CadenaSchema RECEPCION_PROMOCION = CadenaSchema.builder("RECEPCION_PROMOCION")
 *         .required("Folio").required("FechaHora").required("RFC")
 *         .required("Descripcion_SHA256").optional("Telefono").optional("Evidencia_SHA256")
 *         .build();
 * }</pre>
 * Changing a released schema changes the signed text, so a schema is versioned by giving it a new name.
 * The name identifies the schema for people and logs; it does not appear in the cadena (an acuse that wants
 * its type in the signed text declares a key for it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a non-blank name, e.g. {@code RECEPCION_PROMOCION}
 * @param fields the keys in cadena order: at least one required field, no key twice
 */
public record CadenaSchema(String name, List<CadenaField> fields) {

    /**
     * Checks the schema and copies the list.
     *
     * @param name the name
     * @param fields the fields
     * @throws IllegalArgumentException when the name is blank, a key repeats, or no field is required
     */
    public CadenaSchema {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A cadena schema needs a non-blank name");
        }
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        boolean anyRequired = false;
        for (CadenaField field : fields) {
            if (!seen.add(field.key())) {
                throw new IllegalArgumentException("Key \"" + field.key() + "\" appears twice in schema " + name);
            }
            anyRequired |= field.required();
        }
        if (!anyRequired) {
            throw new IllegalArgumentException("Schema " + name
                    + " needs at least one required field, so that no cadena is empty");
        }
    }

    /**
     * A schema from its fields in order.
     *
     * @param name the name
     * @param fields the fields in cadena order
     * @return the schema
     */
    public static CadenaSchema of(String name, CadenaField... fields) {
        return new CadenaSchema(name, List.of(fields));
    }

    /**
     * A builder that adds fields in cadena order.
     *
     * @param name the schema's name
     * @return a new builder (not thread-safe)
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The field with this key.
     *
     * @param key the key
     * @return the field, or empty when the schema has no such key
     */
    public Optional<CadenaField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Position of the key in cadena order.
     *
     * @param key the key
     * @return its zero-based index, or -1 when the schema has no such key
     */
    public int indexOf(String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Collects the fields of a {@link CadenaSchema} in order. Not thread-safe; use it and drop it. */
    public static final class Builder {
        private final String name;
        private final List<CadenaField> fields = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Appends a required key.
         *
         * @param key e.g. {@code Folio}
         * @return this builder
         */
        public Builder required(String key) {
            fields.add(CadenaField.required(key));
            return this;
        }

        /**
         * Appends an optional key.
         *
         * @param key e.g. {@code Telefono}
         * @return this builder
         */
        public Builder optional(String key) {
            fields.add(CadenaField.optional(key));
            return this;
        }

        /**
         * The schema.
         *
         * @return the schema
         * @throws IllegalArgumentException as {@link CadenaSchema#CadenaSchema(String, List)}
         */
        public CadenaSchema build() {
            return new CadenaSchema(name, fields);
        }
    }
}
