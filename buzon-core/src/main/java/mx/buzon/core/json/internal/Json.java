package mx.buzon.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.money.MonetaryException;
import mx.buzon.core.json.BuzonJsonException;
import mx.buzon.core.json.JsonErrorCode;
import mx.buzon.problem.BuzonException;

/**
 * Small building blocks for explicit (reflection-free) serializers: a writer and a tree reader per type, plus
 * helpers for required/optional fields. Reflection-free means the SDK's packages need not be opened to Jackson.
 *
 * <p>Only SDK types are registered: the java.time values inside them are written and read here, as ISO-8601 /
 * IANA text, so a host's own {@code LocalDate} or {@code Instant} keeps the host's format. Every SDK reader reads
 * its tree with {@link #readTree}, which refuses a repeated key whatever the host's mapper allows.
 */
public final class Json {

    private Json() {
    }

    /**
     * Jackson's tree reader (iterative, so deep nesting costs no stack) except that a repeated key fails. Without
     * it Jackson keeps the last value: a stored state could then say one thing to this SDK and another to a
     * viewer or a database that keeps the first (the JSON interoperability attack on duplicate keys).
     */
    private static final JsonNodeDeserializer STRICT_TREE = new StrictTree();

    private static final class StrictTree extends JsonNodeDeserializer {
        private static final long serialVersionUID = 1L;

        @Override
        protected void _handleDuplicateField(JsonParser p, DeserializationContext ctxt, JsonNodeFactory nodeFactory,
                String fieldName, ObjectNode objectNode, JsonNode oldValue, JsonNode newValue) throws IOException {
            // The context is the object holding the key (with the key as its current name): drop that last step.
            String where = p.getParsingContext().pathAsPointer().head().toString();
            throw new BuzonJsonException(p, JsonErrorCode.JSON_CLAVE_DUPLICADA, fieldName,
                    where.isEmpty() ? "/" : where);
        }
    }

    /**
     * The tree deserializer that refuses repeated keys, for a mapper the SDK owns ({@code BuzonJson.mapper()}).
     *
     * @return the shared, stateless deserializer
     */
    public static JsonDeserializer<JsonNode> strictTreeDeserializer() {
        return STRICT_TREE;
    }

    /**
     * Reads the value at the parser as a tree, refusing a repeated key at any depth.
     *
     * @param p the parser, at the value's first token
     * @param ctxt the context
     * @return the tree
     * @throws IOException when the JSON is malformed, or {@link BuzonJsonException} for a repeated key
     */
    public static JsonNode readTree(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == null) {
            p.nextToken();
        }
        return STRICT_TREE.deserialize(p, ctxt);
    }

    /** Writes one value. */
    @FunctionalInterface
    public interface Writer<T> {
        /**
         * @param value the value
         * @param g the generator
         * @param provider the provider (for nested values)
         * @throws IOException when writing fails
         */
        void write(T value, JsonGenerator g, SerializerProvider provider) throws IOException;
    }

    /** Reads one value from its tree; throws IllegalArgumentException (or NPE) for bad content. */
    @FunctionalInterface
    public interface Reader<T> {
        /**
         * @param node the tree
         * @param r field access bound to the context
         * @return the value
         * @throws IOException when a nested read fails
         */
        T read(JsonNode node, Fields r) throws IOException;
    }

    /**
     * Registers a writer and a reader for a type.
     *
     * @param module the module
     * @param type the type
     * @param writer the writer
     * @param reader the reader
     * @param <T> the type
     */
    public static <T> void register(SimpleModule module, Class<T> type, Writer<T> writer, Reader<T> reader) {
        module.addSerializer(type, serializer(writer));
        module.addDeserializer(type, new JsonDeserializer<T>() {
            // Stateless: without this Jackson re-introspects the type on every nested lookup (10x slower reads).
            @Override
            public boolean isCachable() {
                return true;
            }

            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode node = readTree(p, ctxt);
                try {
                    return reader.read(node, new Fields(ctxt, p));
                } catch (IllegalArgumentException | NullPointerException | IllegalStateException
                        | DateTimeException | ArithmeticException | BuzonException | MonetaryException e) {
                    // Every way a domain constructor refuses a value (a currency mismatch in the arithmetic is a
                    // MonetaryException) is invalid input here, reported as Jackson's documented exception.
                    throw JsonMappingException.from(p, "Cannot read " + type.getSimpleName() + ": "
                            + e.getMessage(), e);
                }
            }
        });
    }

    /**
     * A serializer from a writer, for types whose reader is not a plain {@link Reader} (generic types).
     *
     * @param writer the writer
     * @param <T> the type
     * @return the serializer
     */
    public static <T> JsonSerializer<T> serializer(Writer<T> writer) {
        return new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(value, g, provider);
            }
        };
    }

    /**
     * Registers a type whose JSON form is its text.
     *
     * @param module the module
     * @param type the type
     * @param toText the text form
     * @param parse the inverse
     * @param <T> the type
     */
    public static <T> void registerText(SimpleModule module, Class<T> type, Function<T, String> toText,
            Function<String, T> parse) {
        register(module, type, (v, g, p) -> g.writeString(toText.apply(v)), (node, r) -> {
            if (!node.isTextual()) {
                throw new IllegalArgumentException("expected a JSON string, got " + node.getNodeType());
            }
            return parse.apply(node.textValue());
        });
    }

    /**
     * Registers an enum written as its constant's name.
     *
     * @param module the module
     * @param type the enum
     * @param <E> the enum
     */
    public static <E extends Enum<E>> void registerEnum(SimpleModule module, Class<E> type) {
        registerText(module, type, Enum::name, s -> Enum.valueOf(type, s));
    }

    /**
     * Registers a type that has no JSON form on purpose (a secret, or a value holding one): writing it and
     * reading it both fail with a {@link JsonMappingException} that names the type and the reason.
     *
     * @param module the module
     * @param type the type
     * @param reason why it has no JSON form and what to do instead
     * @param <T> the type
     */
    public static <T> void refuse(SimpleModule module, Class<T> type, String reason) {
        writeOnly(module, type, (v, g, p) -> {
            throw JsonMappingException.from(g, type.getSimpleName() + " has no JSON form: " + reason);
        }, reason);
    }

    /**
     * Registers a type that is written but never read back (it has no public constructor outside its package):
     * reading fails with a {@link JsonMappingException} that names the type and the reason.
     *
     * @param module the module
     * @param type the type
     * @param writer the writer
     * @param reason why it cannot be read and what to do instead
     * @param <T> the type
     */
    public static <T> void writeOnly(SimpleModule module, Class<T> type, Writer<T> writer, String reason) {
        register(module, type, writer, (n, r) -> {
            throw JsonMappingException.from(r.parser(), type.getSimpleName() + " cannot be read from JSON: "
                    + reason);
        });
    }

    /**
     * Registers a sealed interface whose records are written with a {@code "tipo"} field (the record's simple
     * name, see {@link #tipo}) and read back by dispatching on it. Each record registers its own writer and
     * reader, which write and check {@code "tipo"}.
     *
     * @param module the module
     * @param type the interface
     * @param records the records by their {@code "tipo"}
     * @param <T> the interface
     */
    public static <T> void registerSealed(SimpleModule module, Class<T> type,
            java.util.Map<String, Class<? extends T>> records) {
        register(module, type, (v, g, p) -> p.findValueSerializer(v.getClass()).serialize(v, g, p), (n, r) -> {
            String tipo = r.text(n, "tipo");
            Class<? extends T> record = records.get(tipo);
            if (record == null) {
                throw new IllegalArgumentException("field \"tipo\" must be one of " + records.keySet() + ", got \""
                        + tipo + "\"");
            }
            return r.convert(n, record);
        });
    }

    /**
     * Writes the {@code "tipo"} field of a sealed interface's record: the record's simple name.
     *
     * @param g the generator
     * @param record the record's class
     * @throws IOException when writing fails
     */
    public static void tipo(JsonGenerator g, Class<?> record) throws IOException {
        g.writeStringField("tipo", record.getSimpleName());
    }

    /** Field access on an object node, bound to a deserialization context. */
    public static final class Fields {
        private final DeserializationContext ctxt;
        private final JsonParser parser;

        Fields(DeserializationContext ctxt, JsonParser parser) {
            this.ctxt = ctxt;
            this.parser = parser;
        }

        /**
         * Whether the reader was given the attribute with the value {@code Boolean.TRUE}.
         *
         * @param key the attribute's key, e.g. {@link mx.buzon.core.json.BuzonModule#ACUSE_SIN_COMPROBAR_TEXTOS}
         * @return {@code true} when it is set to {@code Boolean.TRUE}
         */
        public boolean attribute(Object key) {
            return Boolean.TRUE.equals(ctxt.getAttribute(key));
        }

        /**
         * A required text field.
         *
         * @param node the object
         * @param name the field
         * @return its text
         */
        public String text(JsonNode node, String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isTextual()) {
                throw new IllegalArgumentException("field \"" + name + "\" must be a string");
            }
            return v.textValue();
        }

        /**
         * An optional text field (absent or null means empty).
         *
         * @param node the object
         * @param name the field
         * @return its text, if present
         */
        public Optional<String> optText(JsonNode node, String name) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            return Optional.of(text(node, name));
        }

        /**
         * A required long field.
         *
         * @param node the object
         * @param name the field
         * @return its value
         */
        public long longValue(JsonNode node, String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.canConvertToLong() || !v.isIntegralNumber()) {
                throw new IllegalArgumentException("field \"" + name + "\" must be an integer");
            }
            return v.longValue();
        }

        /**
         * A required int field.
         *
         * @param node the object
         * @param name the field
         * @return its value
         */
        public int intValue(JsonNode node, String name) {
            long v = longValue(node, name);
            if (v != (int) v) {
                throw new IllegalArgumentException("field \"" + name + "\" is out of range: " + v);
            }
            return (int) v;
        }

        /**
         * A required boolean field.
         *
         * @param node the object
         * @param name the field
         * @return its value
         */
        public boolean bool(JsonNode node, String name) {
            JsonNode v = node.get(name);
            if (v == null || !v.isBoolean()) {
                throw new IllegalArgumentException("field \"" + name + "\" must be true or false");
            }
            return v.booleanValue();
        }

        /**
         * A required instant, written as ISO-8601 ({@code "2025-02-03T16:07:17Z"}; any offset is read).
         *
         * @param node the object
         * @param name the field
         * @return the instant
         */
        public Instant instant(JsonNode node, String name) {
            return Json.instant(text(node, name));
        }

        /**
         * An optional instant (absent or null means empty).
         *
         * @param node the object
         * @param name the field
         * @return the instant, if present
         */
        public Optional<Instant> optInstant(JsonNode node, String name) {
            return optText(node, name).map(Json::instant);
        }

        /**
         * A required ISO-8601 date ({@code "2026-03-09"}).
         *
         * @param node the object
         * @param name the field
         * @return the date
         */
        public LocalDate date(JsonNode node, String name) {
            return Json.date(text(node, name));
        }

        /**
         * An optional ISO-8601 date (absent or null means empty).
         *
         * @param node the object
         * @param name the field
         * @return the date, if present
         */
        public Optional<LocalDate> optDate(JsonNode node, String name) {
            return optText(node, name).map(Json::date);
        }

        /**
         * A required IANA time-zone id ({@code "America/Mexico_City"}).
         *
         * @param node the object
         * @param name the field
         * @return the zone
         */
        public ZoneId zone(JsonNode node, String name) {
            return ZoneId.of(text(node, name));
        }

        /**
         * A required nested value.
         *
         * @param node the object
         * @param name the field
         * @param type the value's type
         * @param <T> the type
         * @return the value
         * @throws IOException when it cannot be read
         */
        public <T> T value(JsonNode node, String name, Class<T> type) throws IOException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException("field \"" + name + "\" is required");
            }
            return convert(v, type, name);
        }

        /**
         * An optional nested value.
         *
         * @param node the object
         * @param name the field
         * @param type the value's type
         * @param <T> the type
         * @return the value, if present
         * @throws IOException when it cannot be read
         */
        public <T> Optional<T> optValue(JsonNode node, String name, Class<T> type) throws IOException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                return Optional.empty();
            }
            return Optional.of(convert(v, type, name));
        }

        /**
         * A required array of nested values.
         *
         * @param node the object
         * @param name the field
         * @param type the element type
         * @param <T> the type
         * @return the values in order
         * @throws IOException when one cannot be read
         */
        public <T> List<T> list(JsonNode node, String name, Class<T> type) throws IOException {
            JsonNode v = node.get(name);
            if (v == null || !v.isArray()) {
                throw new IllegalArgumentException("field \"" + name + "\" must be an array");
            }
            List<T> out = new ArrayList<>(v.size());
            for (JsonNode e : v) {
                out.add(convert(e, type, name + "[" + out.size() + "]"));
            }
            return out;
        }

        /**
         * Converts a subtree.
         *
         * @param v the subtree
         * @param type the type
         * @param <T> the type
         * @return the value
         * @throws IOException when it cannot be read
         */
        public <T> T convert(JsonNode v, Class<T> type) throws IOException {
            return ctxt.readTreeAsValue(v, type);
        }

        /**
         * Checks the {@code "tipo"} field written by {@link Json#tipo}.
         *
         * @param node the object
         * @param record the record's class
         */
        public void tipo(JsonNode node, Class<?> record) {
            String tipo = text(node, "tipo");
            if (!tipo.equals(record.getSimpleName())) {
                throw new IllegalArgumentException("field \"tipo\" must be \"" + record.getSimpleName() + "\", got \""
                        + tipo + "\"");
            }
        }

        /**
         * Converts the subtree of a field, naming the field when it cannot be read.
         *
         * @param v the subtree
         * @param type the type
         * @param name the field, e.g. {@code historial[2]}
         * @param <T> the type
         * @return the value
         * @throws IOException when reading fails for another reason than its content
         */
        private <T> T convert(JsonNode v, Class<T> type, String name) throws IOException {
            try {
                return convert(v, type);
            } catch (BuzonJsonException e) {
                throw e;   // coded: the host branches on its code, so it is passed on as it is
            } catch (JsonMappingException e) {
                // Nested readers name their own type and rule; prefixing the field gives the whole path.
                throw new IllegalArgumentException("field \"" + name + "\": " + e.getOriginalMessage(), e);
            }
        }

        /** @return the parser, for error reporting */
        public JsonParser parser() {
            return parser;
        }
    }

    /**
     * Writes a string field when present.
     *
     * @param g the generator
     * @param name the field
     * @param value the value, if any
     * @throws IOException when writing fails
     */
    public static void optString(JsonGenerator g, String name, Optional<?> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get().toString());
        }
    }

    /**
     * Writes an object field when present, with the registered serializer.
     *
     * @param g the generator
     * @param p the provider
     * @param name the field
     * @param value the value, if any
     * @throws IOException when writing fails
     */
    public static void optObject(JsonGenerator g, SerializerProvider p, String name, Optional<?> value)
            throws IOException {
        if (value.isPresent()) {
            g.writeFieldName(name);
            p.defaultSerializeValue(value.get(), g);
        }
    }

    /**
     * Writes an object field with the registered serializer.
     *
     * @param g the generator
     * @param p the provider
     * @param name the field
     * @param value the value
     * @throws IOException when writing fails
     */
    public static void object(JsonGenerator g, SerializerProvider p, String name, Object value) throws IOException {
        g.writeFieldName(name);
        p.defaultSerializeValue(value, g);
    }

    /**
     * Writes an array field with the registered serializer for each element.
     *
     * @param g the generator
     * @param p the provider
     * @param name the field
     * @param values the values
     * @throws IOException when writing fails
     */
    public static void array(JsonGenerator g, SerializerProvider p, String name, List<?> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (Object v : values) {
            p.defaultSerializeValue(v, g);
        }
        g.writeEndArray();
    }

    /**
     * Reads an instant written as ISO-8601 with offset ({@code 2025-02-03T16:07:17Z}, {@code ...-06:00}).
     *
     * @param text the text
     * @return the instant
     */
    public static Instant instant(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    /**
     * Reads a plain decimal ({@code "123.45"}); exponents and spaces are refused.
     *
     * @param text the text
     * @return the number, scale kept
     */
    public static BigDecimal decimal(String text) {
        if (!text.matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("a decimal must be plain digits with an optional dot: \"" + text + "\"");
        }
        return new BigDecimal(text);
    }

    /**
     * Reads an ISO-8601 date.
     *
     * @param text e.g. {@code 2026-03-09}
     * @return the date
     */
    public static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    /**
     * The schema version of a state a host persists: written first as {@code "formato":"mx.buzon.promocion/1"} and
     * checked before anything else is read, so that data written by a later SDK, or a record of another type, is
     * refused with a code instead of being read wrongly. Version 1 is the first released format; there is no
     * older one, so a state without the field was not written by a released SDK and is refused too.
     *
     * @param name the format's name, e.g. {@code mx.buzon.promocion}; never changes once released
     * @param version the version this SDK writes and reads, from 1; raised when the shape changes incompatibly
     *     (the reader then keeps reading every earlier version)
     */
    public record Formato(String name, int version) {

        /** The field's name. */
        public static final String FIELD = "formato";

        /** Longest offending text quoted in a message. */
        private static final int QUOTED_MAX = 60;

        /** @return the field's value, e.g. {@code mx.buzon.promocion/1} */
        public String text() {
            return name + "/" + version;
        }

        /**
         * Writes the field.
         *
         * @param g the generator, inside the state's object
         * @throws IOException when writing fails
         */
        public void write(JsonGenerator g) throws IOException {
            g.writeStringField(FIELD, text());
        }

        /**
         * Checks the field of a state's object.
         *
         * @param node the state's object
         * @param r field access, for the parser's location
         * @param type the state's type, for the message
         * @throws BuzonJsonException {@code JSON_FORMATO_AUSENTE}, {@code JSON_FORMATO_POSTERIOR} or
         *     {@code JSON_FORMATO_DESCONOCIDO}
         */
        public void check(JsonNode node, Fields r, Class<?> type) throws BuzonJsonException {
            JsonNode f = node.get(FIELD);
            String typeName = type.getSimpleName();
            if (f == null || f.isNull()) {
                throw new BuzonJsonException(r.parser(), JsonErrorCode.JSON_FORMATO_AUSENTE, typeName, text());
            }
            String stored = f.isTextual() ? f.textValue() : f.toString();
            if (stored.equals(text())) {
                return;
            }
            String quoted = stored.length() > QUOTED_MAX ? stored.substring(0, QUOTED_MAX) + "…" : stored;
            String prefix = name + "/";
            if (f.isTextual() && stored.startsWith(prefix) && stored.substring(prefix.length()).matches("[1-9][0-9]{0,8}")
                    && Integer.parseInt(stored.substring(prefix.length())) > version) {
                throw new BuzonJsonException(r.parser(), JsonErrorCode.JSON_FORMATO_POSTERIOR, typeName, quoted, text());
            }
            throw new BuzonJsonException(r.parser(), JsonErrorCode.JSON_FORMATO_DESCONOCIDO, quoted, typeName, text());
        }
    }
}
