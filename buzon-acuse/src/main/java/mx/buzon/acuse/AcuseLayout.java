package mx.buzon.acuse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything an acuse PDF shows and carries, independent of the acuse type: the neutral input of
 * {@link AcuseRenderer}.
 *
 * <p>The page reads, top to bottom: the institution lines and the {@linkplain #title() title}; the
 * {@linkplain #fecha() Fecha} (Zona Centro, Lineamientos 5.7, with an optional line in the time zone of the
 * particular's domicilio fiscal, Lineamientos 5.8) and the {@linkplain #folio() Folio}; the
 * {@linkplain #particular() particular's data} (or, when the body holds a {@link LayoutBlock.ParticularData}, there
 * instead); the {@linkplain #body() body} (legal text, headings, further data, notes); the {@linkplain #firmaParticular() firma del particular} when the particular signs; the
 * {@linkplain #selloDigital() sello digital}; the {@linkplain #cadenaOriginal() cadena original}, wrapped
 * character by character; the QR code of the {@linkplain #verificationUrl() verification URL}; the
 * {@linkplain #notes() closing notes}; and on every page the {@linkplain #contacto() contact footer} and
 * "Página N de M". The {@linkplain #json() acuse's data} is embedded as the associated file
 * {@linkplain #jsonFileName() acuse.json}.
 *
 * <p>Example:
 * <pre>{@code
 * AcuseLayout layout = AcuseLayout.builder()
 *         .title("Acuse de recibo de promoción")
 *         .tipo("PROMOCION_RECIBIDA")
 *         .fecha(ZonedDateTime.of(2026, 3, 13, 10, 7, 15, 0, AcuseLayout.ZONA_CENTRO))
 *         .folio("BI-20260313-100717151")
 *         .particular("RFC", "GODE561231GR8")
 *         .particular("Nombre, denominación o razón social", "Ernesto Gómez Díaz")
 *         .paragraph("Se hace constar que con esta fecha se recibió su promoción ...")
 *         .selloDigital("pH2z4e253MNR9G7bc2B8Kp2+wa5cJUR5ng+HkmbzJ0Xagw==")
 *         .cadenaOriginal("||Folio:BI-20260313-100717151|RFC:GODE561231GR8|...||")
 *         .verificationUrl("https://buzon.imss.gob.mx/verifica?f=BI-20260313-100717151&r=GODE561231GR8&s=Xagw==")
 *         .json("{\"folio\":\"BI-20260313-100717151\"}".getBytes(StandardCharsets.UTF_8))
 *         .build();
 * }</pre>
 *
 * <p>It is not the domain {@code Acuse}: the per-type texts (title, legal paragraphs, notes) are chosen by the
 * caller. Immutable and thread-safe; {@link #json()} returns a copy.
 */
public final class AcuseLayout {

    /** The Buzón keeps Zona Centro time (Lineamientos 5.7): {@code America/Mexico_City}. */
    public static final ZoneId ZONA_CENTRO = ZoneId.of("America/Mexico_City");

    /** The institution lines of the header by default. */
    public static final List<String> DEFAULT_INSTITUTION =
            List.of("GOBIERNO DE MÉXICO", "Instituto Mexicano del Seguro Social");

    /** The heading of the particular's data by default (as in the IMSS guides' acuses). */
    public static final String DEFAULT_PARTICULAR_HEADING = "Datos de identificación del Particular";

    /** The contact footer by default, as printed on the IMSS's acuses in its guides. */
    public static final List<String> DEFAULT_CONTACTO = List.of(
            "Contacto: Paseo de la Reforma 476, P.B., Col. Juárez, Alcaldía Cuauhtémoc, C.P. 06600, CDMX",
            "Tel. 800 623 23 23, opción 5, luego opción 5 · www.imss.gob.mx/buzonimss");

    /** The name of the embedded data file by default. */
    public static final String DEFAULT_JSON_FILE_NAME = "acuse.json";

    private static final int MAX_URL_LENGTH = 512;
    private static final int MAX_FOLIO_LENGTH = 64;

    private final List<String> institution;
    private final String title;
    private final String tipo;
    private final ZonedDateTime fecha;
    private final @Nullable ZoneId zonaDomicilio;
    private final String folio;
    private final @Nullable String particularHeading;
    private final List<LabeledValue> particular;
    private final List<LayoutBlock> body;
    private final @Nullable String firmaParticular;
    private final String selloDigital;
    private final String cadenaOriginal;
    private final String verificationUrl;
    private final List<LayoutBlock> notes;
    private final List<String> contacto;
    private final byte[] json;
    private final String jsonFileName;

    private AcuseLayout(Builder b) {
        this.institution = List.copyOf(b.institution);
        this.institution.forEach(line -> Texts.requireLine(line, "institution line"));
        this.title = Texts.requireLine(required(b.title, "title"), "title");
        this.tipo = requireTipo(required(b.tipo, "tipo"));
        this.fecha = required(b.fecha, "fecha").withZoneSameInstant(ZONA_CENTRO).truncatedTo(ChronoUnit.SECONDS);
        this.zonaDomicilio = b.zonaDomicilio;
        this.folio = Texts.requireLine(required(b.folio, "folio"), "folio");
        if (folio.length() > MAX_FOLIO_LENGTH) {
            throw new IllegalArgumentException("folio must have at most " + MAX_FOLIO_LENGTH + " characters: \""
                    + abbreviate(folio) + "\"");
        }
        this.particularHeading = b.particularHeading;
        this.particular = List.copyOf(b.particular);
        if (particular.isEmpty()) {
            throw new IllegalArgumentException("particular needs at least one labelled value (the RFC)");
        }
        this.body = List.copyOf(b.body);
        if (body.stream().filter(LayoutBlock.ParticularData.class::isInstance).count() > 1) {
            throw new IllegalArgumentException("the body may place the particular's data at most once");
        }
        this.firmaParticular = b.firmaParticular == null ? null : requireBase64(b.firmaParticular, "firmaParticular");
        this.selloDigital = requireBase64(required(b.selloDigital, "selloDigital"), "selloDigital");
        // docs/LEGAL.md §5: a control character in a cadena is escaped or rejected upstream, never drawn.
        this.cadenaOriginal = Texts.requireLine(required(b.cadenaOriginal, "cadenaOriginal"), "cadenaOriginal");
        this.verificationUrl = requireUrl(required(b.verificationUrl, "verificationUrl"));
        this.notes = List.copyOf(b.notes);
        this.contacto = List.copyOf(b.contacto);
        this.contacto.forEach(line -> Texts.requireLine(line, "contacto line"));
        this.json = required(b.json, "json").clone();
        if (json.length == 0) {
            throw new IllegalArgumentException("json must not be empty");
        }
        this.jsonFileName = requireFileName(b.jsonFileName);
    }

    /**
     * A builder with the defaults {@link #DEFAULT_INSTITUTION}, {@link #DEFAULT_PARTICULAR_HEADING},
     * {@link #DEFAULT_CONTACTO} and {@link #DEFAULT_JSON_FILE_NAME}.
     *
     * @return a new builder (not thread-safe; use it on one thread)
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the header lines, e.g. {@code ["GOBIERNO DE MÉXICO", "Instituto Mexicano del Seguro Social"]} */
    public List<String> institution() {
        return institution;
    }

    /** @return the title, e.g. {@code "Acuse de recibo de promoción"} */
    public String title() {
        return title;
    }

    /** @return the acuse type key, e.g. {@code "PROMOCION_RECIBIDA"} (upper snake case) */
    public String tipo() {
        return tipo;
    }

    /** @return the date and time of the acuse in Zona Centro, truncated to seconds (Lineamientos 5.7, 6.1) */
    public ZonedDateTime fecha() {
        return fecha;
    }

    /** @return the instant of the acuse; the PDF's creation and modification dates */
    public Instant instant() {
        return fecha.toInstant();
    }

    /** @return the time zone of the particular's domicilio fiscal, shown as a second time line (Lineamientos 5.8) */
    public Optional<ZoneId> zonaDomicilio() {
        return Optional.ofNullable(zonaDomicilio);
    }

    /** @return the folio, e.g. {@code "BI-20250203-100717151"} */
    public String folio() {
        return folio;
    }

    /** @return the heading above the particular's data; empty to draw none */
    public Optional<String> particularHeading() {
        return Optional.ofNullable(particularHeading);
    }

    /** @return the particular's data in order, e.g. RFC, then name; never empty */
    public List<LabeledValue> particular() {
        return particular;
    }

    /** @return the body: legal text, headings and further data, in order */
    public List<LayoutBlock> body() {
        return body;
    }

    /** @return the firma del particular (Base64) when the particular signs the actuación */
    public Optional<String> firmaParticular() {
        return Optional.ofNullable(firmaParticular);
    }

    /** @return the sello digital of the institution (Base64) */
    public String selloDigital() {
        return selloDigital;
    }

    /** @return the cadena original, exactly as signed (docs/LEGAL.md §5) */
    public String cadenaOriginal() {
        return cadenaOriginal;
    }

    /** @return the plain-ASCII HTTPS URL the QR code carries */
    public String verificationUrl() {
        return verificationUrl;
    }

    /** @return the closing notes (disclaimer, data protection), drawn after the QR code in smaller type */
    public List<LayoutBlock> notes() {
        return notes;
    }

    /** @return the contact footer lines, drawn on every page */
    public List<String> contacto() {
        return contacto;
    }

    /** @return a copy of the acuse's data, embedded as the associated file (UTF-8 JSON) */
    public byte[] json() {
        return json.clone();
    }

    /** @return the file name of the embedded data, e.g. {@code "acuse.json"} */
    public String jsonFileName() {
        return jsonFileName;
    }

    int jsonLength() {
        return json.length;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof AcuseLayout l
                && institution.equals(l.institution) && title.equals(l.title) && tipo.equals(l.tipo)
                && fecha.equals(l.fecha) && Objects.equals(zonaDomicilio, l.zonaDomicilio)
                && folio.equals(l.folio) && Objects.equals(particularHeading, l.particularHeading)
                && particular.equals(l.particular) && body.equals(l.body)
                && Objects.equals(firmaParticular, l.firmaParticular) && selloDigital.equals(l.selloDigital)
                && cadenaOriginal.equals(l.cadenaOriginal) && verificationUrl.equals(l.verificationUrl)
                && notes.equals(l.notes) && contacto.equals(l.contacto) && Arrays.equals(json, l.json)
                && jsonFileName.equals(l.jsonFileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(folio, fecha, selloDigital, Arrays.hashCode(json));
    }

    @Override
    public String toString() {
        return "AcuseLayout[" + tipo + " " + folio + " " + fecha + "]";
    }

    private static <T> T required(@Nullable T value, String name) {
        return Objects.requireNonNull(value, name + " is required");
    }

    private static String requireTipo(String tipo) {
        if (!tipo.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("tipo must be an upper snake case key like PROMOCION_RECIBIDA: \""
                    + tipo + "\"");
        }
        return tipo;
    }

    private static String requireBase64(String value, String name) {
        Texts.requireNotBlank(value, name);
        if (!value.matches("[A-Za-z0-9+/]+={0,2}")) {
            throw new IllegalArgumentException(name + " must be Base64 without line breaks: \""
                    + abbreviate(value) + "\"");
        }
        return value;
    }

    private static String requireUrl(String url) {
        if (!url.startsWith("https://") || url.length() > MAX_URL_LENGTH
                || !url.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("verificationUrl must be a plain-ASCII https:// URL of at most "
                    + MAX_URL_LENGTH + " characters: \"" + abbreviate(url) + "\"");
        }
        return url;
    }

    private static String requireFileName(String name) {
        Texts.requireLine(name, "jsonFileName");
        if (!name.matches("[A-Za-z0-9._-]+\\.json")) {
            throw new IllegalArgumentException("jsonFileName must be a plain ASCII name ending in .json: \""
                    + name + "\"");
        }
        return name;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    /**
     * Collects the parts of an {@link AcuseLayout}. Required: title, tipo, fecha, folio, at least one
     * {@linkplain #particular(String, String) particular} value, sello digital, cadena original, verification URL
     * and json. Mutable and not thread-safe.
     */
    public static final class Builder {
        private List<String> institution = DEFAULT_INSTITUTION;
        private @Nullable String title;
        private @Nullable String tipo;
        private @Nullable ZonedDateTime fecha;
        private @Nullable ZoneId zonaDomicilio;
        private @Nullable String folio;
        private @Nullable String particularHeading = DEFAULT_PARTICULAR_HEADING;
        private final List<LabeledValue> particular = new ArrayList<>();
        private final List<LayoutBlock> body = new ArrayList<>();
        private @Nullable String firmaParticular;
        private @Nullable String selloDigital;
        private @Nullable String cadenaOriginal;
        private @Nullable String verificationUrl;
        private final List<LayoutBlock> notes = new ArrayList<>();
        private List<String> contacto = DEFAULT_CONTACTO;
        private byte @Nullable [] json;
        private String jsonFileName = DEFAULT_JSON_FILE_NAME;

        private Builder() {
        }

        /**
         * @param lines the header lines, e.g. {@link #DEFAULT_INSTITUTION}; the first is drawn bold
         * @return this builder
         */
        public Builder institution(List<String> lines) {
            this.institution = List.copyOf(lines);
            return this;
        }

        /**
         * @param title e.g. {@code "Acuse de recibo de promoción"}
         * @return this builder
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * @param tipo the acuse type key, e.g. {@code "PROMOCION_RECIBIDA"}
         * @return this builder
         */
        public Builder tipo(String tipo) {
            this.tipo = Objects.requireNonNull(tipo, "tipo");
            return this;
        }

        /**
         * @param fecha the date and time of the acuse; converted to Zona Centro and truncated to seconds
         * @return this builder
         */
        public Builder fecha(ZonedDateTime fecha) {
            this.fecha = Objects.requireNonNull(fecha, "fecha");
            return this;
        }

        /**
         * @param zone the time zone of the particular's domicilio fiscal, e.g. {@code America/Tijuana}
         * @return this builder
         */
        public Builder zonaDomicilio(ZoneId zone) {
            this.zonaDomicilio = Objects.requireNonNull(zone, "zonaDomicilio");
            return this;
        }

        /**
         * @param folio e.g. {@code "BI-20250203-100717151"}; at most 64 characters
         * @return this builder
         */
        public Builder folio(String folio) {
            this.folio = Objects.requireNonNull(folio, "folio");
            return this;
        }

        /**
         * @param heading the heading above the particular's data
         * @return this builder
         */
        public Builder particularHeading(String heading) {
            this.particularHeading = Texts.requireLine(heading, "particularHeading");
            return this;
        }

        /**
         * Draws the particular's data without a heading (as the 32-D acuses do).
         *
         * @return this builder
         */
        public Builder noParticularHeading() {
            this.particularHeading = null;
            return this;
        }

        /**
         * Appends one value of the particular's data.
         *
         * @param label e.g. {@code "RFC"}
         * @param value e.g. {@code "GODE561231GR8"}
         * @return this builder
         */
        public Builder particular(String label, String value) {
            particular.add(LabeledValue.of(label, value));
            return this;
        }

        /**
         * Appends a block to the body.
         *
         * @param block a heading, paragraph or fields
         * @return this builder
         */
        public Builder body(LayoutBlock block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /**
         * Appends a heading to the body.
         *
         * @param text the heading
         * @return this builder
         */
        public Builder heading(String text) {
            return body(LayoutBlock.heading(text));
        }

        /**
         * Appends a paragraph to the body.
         *
         * @param text the paragraph
         * @return this builder
         */
        public Builder paragraph(String text) {
            return body(LayoutBlock.paragraph(text));
        }

        /**
         * Appends a closing note (drawn after the QR code in smaller type).
         *
         * @param text the note, e.g. {@code "El presente acuse de recibo no prejuzga sobre la veracidad ..."}
         * @return this builder
         */
        public Builder note(String text) {
            notes.add(LayoutBlock.paragraph(text));
            return this;
        }

        /**
         * @param base64 the firma del particular
         * @return this builder
         */
        public Builder firmaParticular(String base64) {
            this.firmaParticular = Objects.requireNonNull(base64, "firmaParticular");
            return this;
        }

        /**
         * @param base64 the sello digital
         * @return this builder
         */
        public Builder selloDigital(String base64) {
            this.selloDigital = Objects.requireNonNull(base64, "selloDigital");
            return this;
        }

        /**
         * @param cadena the cadena original, exactly as signed; no control characters (docs/LEGAL.md §5)
         * @return this builder
         */
        public Builder cadenaOriginal(String cadena) {
            this.cadenaOriginal = Objects.requireNonNull(cadena, "cadenaOriginal");
            return this;
        }

        /**
         * @param url the plain-ASCII {@code https://} URL of the QR code
         * @return this builder
         */
        public Builder verificationUrl(String url) {
            this.verificationUrl = Objects.requireNonNull(url, "verificationUrl");
            return this;
        }

        /**
         * @param lines the contact footer, e.g. {@link #DEFAULT_CONTACTO}
         * @return this builder
         */
        public Builder contacto(List<String> lines) {
            this.contacto = List.copyOf(lines);
            return this;
        }

        /**
         * @param utf8Json the acuse's data (copied)
         * @return this builder
         */
        public Builder json(byte[] utf8Json) {
            this.json = Objects.requireNonNull(utf8Json, "json").clone();
            return this;
        }

        /**
         * @param fileName the name of the embedded data file, e.g. {@code "acuse.json"}
         * @return this builder
         */
        public Builder jsonFileName(String fileName) {
            this.jsonFileName = Objects.requireNonNull(fileName, "jsonFileName");
            return this;
        }

        /**
         * @return the layout
         * @throws NullPointerException when a required part is missing
         * @throws IllegalArgumentException when a part breaks its rule (the message names it)
         */
        public AcuseLayout build() {
            return new AcuseLayout(this);
        }
    }
}
