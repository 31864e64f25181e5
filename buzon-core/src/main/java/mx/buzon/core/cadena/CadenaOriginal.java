package mx.buzon.core.cadena;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.buzon.problem.BuzonException;
import org.jspecify.annotations.Nullable;

/**
 * The cadena original of an acuse: the canonical text that the firma del particular and the sello digital sign
 * (docs/LEGAL.md §5; Lineamientos 6.1 and 7.5 for the acuses it backs).
 *
 * <h2>Format (public contract)</h2>
 * <pre>
 * cadena = "||" field *( "|" field ) "||"
 * field  = key ":" value
 * key    = [A-Za-z] [A-Za-z0-9_]{0,63}                 ; see {@link CadenaField#KEY_PATTERN}
 * value  = 1*( plain / "\\" / "\|" / "\" "u" 4HEXUPPER ) ; never empty; 4HEXUPPER = 4( [0-9A-F] )
 * plain  = any Unicode scalar value except "\", "|" and the escaped set below
 * </pre>
 * Example: {@code ||Folio:BI-20250203-100717151|RFC:GODE561231GR8|Nombre:PEÑA ÑANDÚ|Referencia:A\|B 10:07||}.
 * <ol>
 * <li><b>Encoding.</b> The signed bytes are the UTF-8 encoding of the text ({@link #bytes()}), no byte order
 *     mark, no trailing newline.</li>
 * <li><b>Keys and order.</b> Keys come in the order of the acuse type's {@link CadenaSchema}; an optional key
 *     without a value is left out together with its {@code |}. A key never repeats. Since a key cannot hold
 *     {@code :}, the first {@code :} of a field ends its key; a value may hold {@code :} unescaped (times such as
 *     {@code 10:07:17}, URLs).</li>
 * <li><b>Value normalisation</b> (applied by the builder; the parser refuses values not in this form):
 *     Unicode NFC; every run of Unicode White_Space characters (space, tab, CR, LF, VT, FF, NEL, NBSP, U+1680,
 *     U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) becomes one U+0020 space; leading and trailing
 *     spaces are removed. A value that is empty after this is refused: leave an optional field out instead.
 *     Normalisation never changes what a person reads; it only makes equal-looking values byte-equal.</li>
 * <li><b>Escaping</b> (reversible, applied after normalisation): {@code \} is written {@code \\};
 *     {@code |} is written {@code \|}; a control character (Unicode Cc: U+0000–U+001F, U+007F–U+009F, those
 *     that are not White_Space) and the invisible marks that can reorder or hide text (U+061C, U+200E, U+200F,
 *     U+202A–U+202E, U+2066–U+2069, U+FEFF) are written {@code \}{@code u} followed by exactly four upper-case
 *     hex digits, e.g. NUL is {@code \}{@code u0000}. Nothing else is escaped: accents, {@code Ñ}, emoji and
 *     {@code :} stand for themselves. The parser accepts exactly these escapes and refuses any other
 *     {@code \}-sequence, any unescaped character of the escaped set, and lone surrogates, so every text has at
 *     most one reading and {@code parse(t).toString().equals(t)} for every {@code t} that parses.</li>
 * <li><b>Free text and files</b> (a promoción's description, the ZIP of evidence) enter as the lower-case hex
 *     of their {@link Sha256} digest, never verbatim: {@link Builder#put(String, Sha256)}.</li>
 * </ol>
 *
 * <p>What it is not: it is not the acuse, does not know the meaning of its keys, and does not sign.
 * Immutable and thread-safe; {@link #equals(Object)} compares the text.
 */
public final class CadenaOriginal {

    private final String text;
    private final Map<String, String> fields;

    private CadenaOriginal(String text, LinkedHashMap<String, String> fields) {
        this.text = text;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /**
     * A builder for a cadena of the given schema.
     *
     * @param schema the acuse type's keys
     * @return a new builder (not thread-safe)
     */
    public static Builder builder(CadenaSchema schema) {
        return new Builder(schema);
    }

    /**
     * A cadena from a map of raw values (normalised here), convenient for tests and generic code.
     *
     * @param schema the acuse type's keys
     * @param values raw values by key; keys absent from the map are omitted (allowed only for optional keys)
     * @return the cadena
     * @throws IllegalArgumentException as {@link Builder#put(String, CharSequence)} and {@link Builder#build()}
     */
    public static CadenaOriginal of(CadenaSchema schema, Map<String, ? extends CharSequence> values) {
        Builder b = builder(schema);
        values.forEach(b::put);
        return b.build();
    }

    /**
     * The value as it will appear in a cadena (before escaping): NFC, White_Space runs collapsed to one space,
     * trimmed. Example: {@code "  Peña\t\tNieto \n"} becomes {@code "Peña Nieto"}.
     *
     * @param raw the raw value
     * @return the normalised value, possibly empty
     * @throws IllegalArgumentException when the value holds a lone surrogate (it has no UTF-8 form)
     */
    public static String normalizeValue(CharSequence raw) {
        Objects.requireNonNull(raw, "raw");
        int bad = CadenaValues.loneSurrogateIndex(raw);
        if (bad >= 0) {
            throw new IllegalArgumentException("A cadena value cannot hold a lone surrogate (index " + bad + ")");
        }
        return CadenaValues.normalize(raw);
    }

    /**
     * Reads a cadena; the exact inverse of {@link #toString()}. Accepts only canonical text (see the class
     * documentation), so that {@code parse(t).toString().equals(t)}.
     *
     * @param text e.g. {@code ||Folio:BI-20250203-100717151|RFC:GODE561231GR8||}
     * @return the cadena
     * @throws BuzonException with a {@link CadenaErrorCode} when the text is not a canonical cadena
     */
    public static CadenaOriginal parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new Parser(text.toString()).parse();
    }

    /**
     * Reads a cadena and checks it against a schema: every key known, in order, every required key present.
     *
     * @param text the cadena text
     * @param schema the expected acuse type
     * @return the cadena
     * @throws BuzonException with a {@link CadenaErrorCode} when the text is malformed or does not fit the schema
     */
    public static CadenaOriginal parse(CharSequence text, CadenaSchema schema) {
        Objects.requireNonNull(schema, "schema");
        CadenaOriginal cadena = parse(text);
        Optional<String> problem = schemaProblem(cadena.fields.keySet(), schema);
        if (problem.isPresent()) {
            throw new BuzonException(CadenaErrorCode.CADENA_ESQUEMA_NO_CORRESPONDE,
                    CadenaErrorCode.CADENA_ESQUEMA_NO_CORRESPONDE.message(schema.name(), problem.get()), null);
        }
        return cadena;
    }

    /**
     * Whether the text is a canonical cadena.
     *
     * @param text the candidate
     * @return {@code true} when {@link #parse(CharSequence)} would accept it
     */
    public static boolean isValid(CharSequence text) {
        try {
            parse(text);
            return true;
        } catch (BuzonException e) {
            return false;
        }
    }

    /** @return the fields in cadena order, unescaped and normalised (an unmodifiable, ordered map) */
    public Map<String, String> fields() {
        return fields;
    }

    /**
     * The unescaped value of a key.
     *
     * @param key the key
     * @return the value, or empty when the cadena does not carry the key
     */
    public Optional<String> value(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** @return the keys in cadena order */
    public List<String> keys() {
        return List.copyOf(fields.keySet());
    }

    /** @return the UTF-8 bytes of the text: exactly what is signed (a fresh array each call) */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CadenaOriginal other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** @return the cadena text, e.g. {@code ||Folio:BI-20250203-100717151|RFC:GODE561231GR8||} */
    @Override
    public String toString() {
        return text;
    }

    private static Optional<String> schemaProblem(Iterable<String> keys, CadenaSchema schema) {
        int last = -1;
        Set<String> present = new HashSet<>();
        for (String key : keys) {
            int index = schema.indexOf(key);
            if (index < 0) {
                return Optional.of("la clave " + key + " no pertenece al esquema");
            }
            if (index < last) {
                return Optional.of("la clave " + key + " está fuera de orden");
            }
            last = index;
            present.add(key);
        }
        for (CadenaField field : schema.fields()) {
            if (field.required() && !present.contains(field.key())) {
                return Optional.of("falta la clave obligatoria " + field.key());
            }
        }
        return Optional.empty();
    }

    private static CadenaOriginal assemble(LinkedHashMap<String, String> fields) {
        StringBuilder text = new StringBuilder("||");
        boolean first = true;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!first) {
                text.append('|');
            }
            first = false;
            text.append(e.getKey()).append(':');
            CadenaValues.appendEscaped(text, e.getValue());
        }
        return new CadenaOriginal(text.append("||").toString(), fields);
    }

    /**
     * Collects the values of one cadena. Values may be put in any order; {@link #build()} writes them in schema
     * order. Not thread-safe; use it and drop it.
     */
    public static final class Builder {
        private final CadenaSchema schema;
        private final Map<String, String> values = new HashMap<>();

        private Builder(CadenaSchema schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
        }

        /**
         * Sets a key's value, normalised by {@link #normalizeValue(CharSequence)}.
         *
         * @param key a key of the schema
         * @param value the raw value, e.g. {@code "GODE561231GR8"}
         * @return this builder
         * @throws IllegalArgumentException when the key is not in the schema or already set, or the value is
         *     blank or holds a lone surrogate
         */
        public Builder put(String key, CharSequence value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            if (schema.indexOf(key) < 0) {
                throw new IllegalArgumentException("Key \"" + key + "\" is not in cadena schema " + schema.name());
            }
            String normalized = normalizeValue(value);
            if (normalized.isEmpty()) {
                throw new IllegalArgumentException("The value of \"" + key + "\" is blank; a cadena carries no "
                        + "empty values (leave an optional key out instead)");
            }
            if (values.putIfAbsent(key, normalized) != null) {
                throw new IllegalArgumentException("Key \"" + key + "\" was already set");
            }
            return this;
        }

        /**
         * Sets a key's value to a digest, the way free text and files enter a cadena.
         *
         * @param key a key of the schema, e.g. {@code Descripcion_SHA256}
         * @param digest the digest; written as 64 lower-case hex digits
         * @return this builder
         */
        public Builder put(String key, Sha256 digest) {
            return put(key, digest.toString());
        }

        /**
         * The cadena.
         *
         * @return the cadena, keys in schema order
         * @throws IllegalStateException when a required key has no value
         */
        public CadenaOriginal build() {
            LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
            for (CadenaField field : schema.fields()) {
                String value = values.get(field.key());
                if (value != null) {
                    ordered.put(field.key(), value);
                } else if (field.required()) {
                    throw new IllegalStateException("Required key \"" + field.key() + "\" of cadena schema "
                            + schema.name() + " has no value");
                }
            }
            return assemble(ordered);
        }
    }

    /** A strict, single-pass reader of the canonical text. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        CadenaOriginal parse() {
            if (!s.startsWith("||")) {
                throw fail(CadenaErrorCode.CADENA_FORMATO_INVALIDO, "debe empezar con ||", 0);
            }
            LinkedHashMap<String, String> fields = new LinkedHashMap<>();
            i = 2;
            while (true) {
                int keyStart = i;
                String key = readKey();
                if (fields.containsKey(key)) {
                    throw fail(CadenaErrorCode.CADENA_CLAVE_DUPLICADA, key, keyStart);
                }
                int valueStart = i;
                String value = readValue(key);
                if (value.isEmpty()) {
                    throw fail(CadenaErrorCode.CADENA_FORMATO_INVALIDO, "la clave " + key + " no tiene valor", valueStart);
                }
                if (!CadenaValues.isNormalized(value)) {
                    throw new BuzonException(CadenaErrorCode.CADENA_VALOR_NO_CANONICO,
                            CadenaErrorCode.CADENA_VALOR_NO_CANONICO.message(key, valueStart,
                                    "tiene espacios sobrantes o no está en Unicode NFC"), null);
                }
                fields.put(key, value);
                // s.charAt(i) == '|' here
                if (i + 2 == s.length() && s.charAt(i + 1) == '|') {
                    // Every part was checked canonical, so the text is exactly what assemble(fields) would write.
                    return new CadenaOriginal(s, fields);
                }
                if (i + 1 < s.length() && s.charAt(i + 1) != '|') {
                    i++;
                    continue;
                }
                throw fail(CadenaErrorCode.CADENA_FORMATO_INVALIDO,
                        i + 1 >= s.length() ? "debe terminar con ||" : "|| solo puede aparecer al final", i);
            }
        }

        private String readKey() {
            int start = i;
            while (i < s.length() && s.charAt(i) != ':' && s.charAt(i) != '|') {
                i++;
            }
            String key = s.substring(start, i);
            if (i >= s.length() || s.charAt(i) != ':' || !CadenaField.isValidKey(key)) {
                throw fail(CadenaErrorCode.CADENA_CLAVE_INVALIDA, key, start);
            }
            i++;
            return key;
        }

        private String readValue(String key) {
            StringBuilder v = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '|') {
                    return v.toString();
                }
                if (c == '\\') {
                    readEscape(v);
                    continue;
                }
                if (CadenaValues.isEscapedAsCode(c)) {
                    throw new BuzonException(CadenaErrorCode.CADENA_VALOR_NO_CANONICO,
                            CadenaErrorCode.CADENA_VALOR_NO_CANONICO.message(key, i,
                                    String.format(Locale.ROOT,
                                            "el carácter U+%04X debe escribirse como \\u%04X", (int) c, (int) c)),
                            null);
                }
                if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        v.append(c).append(s.charAt(i + 1));
                        i += 2;
                        continue;
                    }
                    throw new BuzonException(CadenaErrorCode.CADENA_VALOR_NO_CANONICO,
                            CadenaErrorCode.CADENA_VALOR_NO_CANONICO.message(key, i, "tiene un sustituto UTF-16 suelto"),
                            null);
                }
                v.append(c);
                i++;
            }
            throw fail(CadenaErrorCode.CADENA_FORMATO_INVALIDO, "debe terminar con ||", i);
        }

        private void readEscape(StringBuilder v) {
            int start = i;
            if (i + 1 >= s.length()) {
                throw fail(CadenaErrorCode.CADENA_ESCAPE_INVALIDO, "\\", start);
            }
            char next = s.charAt(i + 1);
            if (next == '\\' || next == '|') {
                v.append(next);
                i += 2;
                return;
            }
            if (next == 'u' && i + 6 <= s.length()) {
                String hex = s.substring(i + 2, i + 6);
                if (hex.chars().allMatch(h -> (h >= '0' && h <= '9') || (h >= 'A' && h <= 'F'))) {
                    int code = Integer.parseInt(hex, 16);
                    if (CadenaValues.isEscapedAsCode(code)) {
                        v.append((char) code);
                        i += 6;
                        return;
                    }
                }
            }
            throw fail(CadenaErrorCode.CADENA_ESCAPE_INVALIDO, s.substring(start, Math.min(s.length(), start + 6)), start);
        }

        private BuzonException fail(CadenaErrorCode code, String detail, int position) {
            return new BuzonException(code, code.message(detail, position), null);
        }
    }
}
