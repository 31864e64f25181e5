package mx.buzon.acuse.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.json.BuzonJson;
import mx.buzon.core.json.BuzonJsonException;
import mx.buzon.core.json.BuzonModule;

/**
 * The data embedded in an acuse PDF ({@code acuse.json}): the acuse as {@link BuzonModule} writes it (with its
 * exact cadena original), the verification URL of the QR, the header lines and issuer notes (so the PDF can be
 * printed), and, where the particular signs, the particular's certificate (Base64 DER). The institution's certificate
 * is not here: it is in the PDF seal's CMS.
 *
 * <pre>{@code {"formato":"mx.buzon.acuse/3","acuse":{...},"verificacionUrl":"https://...",
 *  "institucion":["GOBIERNO DE MÉXICO",...],"notas":[...],"certificadoParticular":"MIIF..."}}</pre>
 *
 * <p>Formats: {@code mx.buzon.acuse/2} is the first released format and the first sealed one (PDF signature over
 * the whole file). {@code mx.buzon.acuse/3} has the same members and the same cadena schemas; what changed is
 * the meaning of one value: in an {@code ACTIVACION_BUZON} acuse of format 3, {@code Terminos_SHA256} is the
 * SHA-256 of the whole text the particular signs and the page prints (the solicitud y manifestación and the Carta
 * de términos y condiciones, {@code AcuseTipo.ACTIVACION_BUZON.textoLegal()}), while in format 2 it covered only
 * the solicitud's three paragraphs and the closing declaration. The version tells a reader which text to hash.
 * {@code mx.buzon.acuse/1} existed only in unreleased development builds (no PDF seal) and is refused. This
 * class writes format 3 and reads 2 and 3; every format released from now on stays readable here.
 *
 * <p>Parsing is strict, with the SDK's one JSON reader ({@link BuzonJson#mapper()}): a duplicate key anywhere
 * ({@code JSON_CLAVE_DUPLICADA}), anything after the object, or a member this format does not define, is refused,
 * so no other reader of the same file can see another folio or RFC than the verifier saw.
 *
 * <p>Reading does not trust the stored cadena: {@link #parse(byte[])} rebuilds the acuse from its fields and
 * keeps the stored cadena apart, so the verifier can say that they differ. Immutable and thread-safe.
 *
 * @param acuse the acuse rebuilt from the fields, with firma and sello as stored
 * @param cadenaAlmacenada the cadena original text exactly as stored (what was signed)
 * @param verificationUrl the URL of the QR
 * @param institution the header lines
 * @param notas the issuer's extra notes
 * @param certificadoParticular Base64 DER of the particular's certificate, if embedded
 * @param formato the {@code formato} member read ({@link #FORMATO} or {@link #FORMATO_2}); {@link #FORMATO} for
 *     an envelope built to be written
 */
public record AcuseEnvelope(Acuse acuse, String cadenaAlmacenada, String verificationUrl, List<String> institution,
        List<String> notas, Optional<String> certificadoParticular, String formato) {

    /**
     * An envelope of the format this SDK writes, {@link #FORMATO}.
     *
     * @param acuse the acuse
     * @param cadenaAlmacenada the cadena original text (what was signed)
     * @param verificationUrl the URL of the QR
     * @param institution the header lines
     * @param notas the issuer's extra notes
     * @param certificadoParticular Base64 DER of the particular's certificate, if embedded
     */
    public AcuseEnvelope(Acuse acuse, String cadenaAlmacenada, String verificationUrl, List<String> institution,
            List<String> notas, Optional<String> certificadoParticular) {
        this(acuse, cadenaAlmacenada, verificationUrl, institution, notas, certificadoParticular, FORMATO);
    }

    /** The value of the {@code formato} member this SDK writes. */
    public static final String FORMATO = "mx.buzon.acuse/3";

    /** The first released format: read, no longer written (see the class documentation). */
    public static final String FORMATO_2 = "mx.buzon.acuse/2";

    private static final Set<String> FORMATOS_LEIDOS = Set.of(FORMATO_2, FORMATO);

    private static final Set<String> MEMBERS = Set.of("formato", "acuse", "verificacionUrl", "institucion", "notas",
            "certificadoParticular");

    private static final ObjectMapper MAPPER = BuzonJson.mapper();

    /**
     * Checks and copies.
     *
     * @param acuse the acuse
     * @param cadenaAlmacenada the stored cadena
     * @param verificationUrl the URL
     * @param institution the header lines
     * @param notas the notes
     * @param certificadoParticular the particular's certificate
     */
    public AcuseEnvelope {
        Objects.requireNonNull(acuse, "acuse");
        Objects.requireNonNull(cadenaAlmacenada, "cadenaAlmacenada");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        institution = List.copyOf(institution);
        notas = List.copyOf(notas);
        Objects.requireNonNull(certificadoParticular, "certificadoParticular");
        Objects.requireNonNull(formato, "formato");
    }

    /** @return whether the stored cadena is the one the fields give */
    public boolean cadenaCorresponde() {
        return cadenaAlmacenada.equals(acuse.cadenaOriginal().toString());
    }

    /**
     * The compact UTF-8 JSON (deterministic: members in a fixed order, no line breaks).
     *
     * @return the bytes
     */
    public byte[] toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formato", FORMATO);
        ObjectNode acuseNode = MAPPER.valueToTree(acuse);
        acuseNode.put("cadenaOriginal", cadenaAlmacenada);
        root.set("acuse", acuseNode);
        root.put("verificacionUrl", verificationUrl);
        ArrayNode lines = root.putArray("institucion");
        institution.forEach(lines::add);
        ArrayNode notes = root.putArray("notas");
        notas.forEach(notes::add);
        certificadoParticular.ifPresent(c -> root.put("certificadoParticular", c));
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the embedded data.
     *
     * @param json UTF-8 JSON
     * @return the envelope; its acuse rebuilt from the fields
     * @throws IllegalArgumentException naming the member when the data is not an envelope of this format or a
     *     field is invalid (in English: the verifier wraps it in a Spanish finding)
     */
    public static AcuseEnvelope parse(byte[] json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (BuzonJsonException e) {
            throw new IllegalArgumentException(e.code() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the data is not a JSON object");
        }
        String formato = text(root, "formato");
        if (!FORMATOS_LEIDOS.contains(formato)) {
            throw new IllegalArgumentException("formato is not " + FORMATO_2 + " or " + FORMATO);
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new IllegalArgumentException("member \"" + name + "\" is not part of " + formato);
            }
        }
        JsonNode a = root.get("acuse");
        if (a == null || !a.isObject()) {
            throw new IllegalArgumentException("member \"acuse\" is missing");
        }
        try {
            // Rebuilt from its fields by core's reader; the stored cadena is kept apart so that the verifier
            // reports a mismatch as a finding instead of failing the read.
            Acuse acuse = MAPPER.readerFor(Acuse.class)
                    .withAttribute(BuzonModule.ACUSE_SIN_COMPROBAR_TEXTOS, Boolean.TRUE)
                    .readValue(a);
            return new AcuseEnvelope(acuse, text(a, "cadenaOriginal"), text(root, "verificacionUrl"),
                    texts(root, "institucion"), texts(root, "notas"), optText(root, "certificadoParticular"), formato);
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid acuse data: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid acuse data: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("member \"" + name + "\" must be a string");
        }
        return v.textValue();
    }

    private static Optional<String> optText(JsonNode node, String name) {
        return node.has(name) ? Optional.of(text(node, name)) : Optional.empty();
    }

    private static List<String> texts(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("member \"" + name + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("member \"" + name + "\" must be an array of strings");
            }
            out.add(item.textValue());
        }
        return out;
    }

    /**
     * The text of the JSON, for messages and the command line.
     *
     * @return the UTF-8 JSON as a string
     */
    public String toJsonString() {
        return new String(toJson(), StandardCharsets.UTF_8);
    }
}
