package mx.buzon.core.acuse;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.DatosParticular;
import org.jspecify.annotations.Nullable;

/**
 * An acuse de recibo electrónico of the Buzón IMSS as data (Lineamientos 6.1: "se presumirá, salvo prueba en
 * contrario, que el documento digital fue recibido en la hora y fecha que se consignen en el acuse"; 5.1, 5.3,
 * 7.5; docs/LEGAL.md §5, §6).
 *
 * <p>It holds the {@link AcuseTipo}, the {@link Folio}, the instant it was issued, shown in Zona Centro
 * (Lineamientos 5.7) and in the zone of the particular's domicilio fiscal (5.8), the {@link DatosParticular},
 * the type-specific fields (an ordered map, keys from {@link AcuseTipo#camposEspecificos()}), the
 * {@link CadenaOriginal} built from all of them with the type's schema, and, once computed elsewhere
 * (buzon-crypto), the firma del particular and the sello digital as Base64 strings.
 *
 * <p>Example cadena: {@code ||Acto:REGISTRO_MEDIOS_CONTACTO|Folio:BI-20250203-100717151|FechaHora:2025-02-03T10:07:17-06:00|
 * FechaHoraDomicilio:2025-02-03T08:07:17-08:00|RFC:GODE561231GR8|Nombre:ERIKA GÓMEZ DÍAZ|Mecanismo:CORREO_ELECTRONICO|
 * MedioContacto:erika@example.com|Ambito:RFC|Estatus:En proceso||} (one line). Instants are written with
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} (fractions of a second only when present).
 *
 * <p>What it is not: it does not sign, verify or render; it checks that the firma and sello are Base64, not that
 * they are valid. Immutable and thread-safe; equality compares every component.
 */
public final class Acuse {

    private final AcuseTipo tipo;
    private final Folio folio;
    private final Instant emitidoEn;
    private final ZoneId zonaDomicilio;
    private final DatosParticular particular;
    private final Map<String, String> campos;
    private final CadenaOriginal cadena;
    private final @Nullable String firmaParticular;
    private final @Nullable String selloDigital;

    private Acuse(AcuseTipo tipo, Folio folio, Instant emitidoEn, ZoneId zonaDomicilio, DatosParticular particular,
            Map<String, String> campos, CadenaOriginal cadena, @Nullable String firmaParticular,
            @Nullable String selloDigital) {
        this.tipo = tipo;
        this.folio = folio;
        this.emitidoEn = emitidoEn;
        this.zonaDomicilio = zonaDomicilio;
        this.particular = particular;
        this.campos = campos;
        this.cadena = cadena;
        this.firmaParticular = firmaParticular;
        this.selloDigital = selloDigital;
    }

    /**
     * An unsigned acuse: builds the cadena original from the parts.
     *
     * @param tipo the kind of acuse
     * @param folio its folio; the prefix must be {@link AcuseTipo#prefijoFolio()}
     * @param emitidoEn when it is issued (the caller's clock)
     * @param zonaDomicilio the zone of the particular's domicilio fiscal (from {@link mx.buzon.core.particular.Particular#zonaDomicilio})
     * @param particular who it is for
     * @param campos the type-specific fields by key (any order; written in schema order), e.g.
     *     {@code Map.of(CampoAcuse.FOLIO_PROMOCION, "BI-20260302-000000001", CampoAcuse.FECHA_RESPUESTA, "2026-03-20")}
     * @return the acuse, without firma and sello
     * @throws IllegalArgumentException when a key is not one of the type's specific keys, a required key is
     *     missing, a value is blank or holds a lone surrogate, the folio's prefix is not the type's, or the
     *     {@link CampoAcuse#NO_CERTIFICADO} is not written as {@link NumeroCertificado#toString()} writes it
     * @throws mx.buzon.core.id.InvalidIdentifierException when the {@link CampoAcuse#NO_CERTIFICADO} is not a
     *     número de certificado ({@code NUMERO_CERTIFICADO_FORMATO})
     */
    public static Acuse of(AcuseTipo tipo, Folio folio, Instant emitidoEn, ZoneId zonaDomicilio,
            DatosParticular particular, Map<String, String> campos) {
        Objects.requireNonNull(tipo, "tipo");
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(emitidoEn, "emitidoEn");
        Objects.requireNonNull(zonaDomicilio, "zonaDomicilio");
        Objects.requireNonNull(particular, "particular");
        Objects.requireNonNull(campos, "campos");
        if (!folio.prefix().equals(tipo.prefijoFolio())) {
            throw new IllegalArgumentException("An acuse " + tipo + " needs a folio with prefix "
                    + tipo.prefijoFolio() + ": " + folio);
        }
        CadenaOriginal.Builder b = CadenaOriginal.builder(tipo.schema())
                .put(CampoAcuse.ACTO, tipo.name())
                .put(CampoAcuse.FOLIO, folio.toString())
                .put(CampoAcuse.FECHA_HORA, format(emitidoEn.atZone(MexicanTime.ZONA_CENTRO)))
                .put(CampoAcuse.FECHA_HORA_DOMICILIO, format(emitidoEn.atZone(zonaDomicilio)))
                .put(CampoAcuse.RFC, particular.rfc().toString())
                .put(CampoAcuse.NOMBRE, particular.nombre());
        particular.curp().ifPresent(c -> b.put(CampoAcuse.CURP, c.toString()));
        particular.registroPatronal().ifPresent(r -> b.put(CampoAcuse.REGISTRO_PATRONAL, r.toString()));
        for (Map.Entry<String, String> e : campos.entrySet()) {
            Objects.requireNonNull(e.getKey(), "campos key");
            Objects.requireNonNull(e.getValue(), "campos value");
            if (tipo.camposEspecificos().stream().noneMatch(f -> f.key().equals(e.getKey()))) {
                throw new IllegalArgumentException("Key \"" + e.getKey() + "\" is not a field of acuse " + tipo
                        + "; its fields are " + tipo.camposEspecificos());
            }
            b.put(e.getKey(), e.getKey().equals(CampoAcuse.NO_CERTIFICADO) ? requireNumero(e.getValue())
                    : e.getValue());
        }
        CadenaOriginal cadena;
        try {
            cadena = b.build();
        } catch (IllegalStateException missing) {
            throw new IllegalArgumentException(missing.getMessage(), missing);
        }
        LinkedHashMap<String, String> ordered = new LinkedHashMap<>();
        for (CadenaField f : tipo.camposEspecificos()) {
            cadena.value(f.key()).ifPresent(v -> ordered.put(f.key(), v));
        }
        return new Acuse(tipo, folio, emitidoEn, zonaDomicilio, particular, Collections.unmodifiableMap(ordered),
                cadena, null, null);
    }

    /** The cadena carries the número exactly as {@link NumeroCertificado#toString()} writes it, so it reads back. */
    private static String requireNumero(String value) {
        String canonical = NumeroCertificado.parse(value).toString();
        if (!canonical.equals(value)) {
            throw new IllegalArgumentException("The field " + CampoAcuse.NO_CERTIFICADO + " carries the número as "
                    + canonical + ", not \"" + value + "\"");
        }
        return value;
    }

    private static String format(ZonedDateTime t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    /**
     * A copy carrying the firma del particular over {@link #cadenaOriginal()}.
     *
     * @param firmaBase64 Base64 (RFC 4648, with padding) of SHA256withRSA over the cadena's UTF-8 bytes
     * @return the signed copy
     * @throws IllegalArgumentException when the type is not signed by the particular or the text is not Base64
     */
    public Acuse withFirma(String firmaBase64) {
        if (!tipo.firmaParticular()) {
            throw new IllegalArgumentException("The particular does not sign an acuse " + tipo);
        }
        return new Acuse(tipo, folio, emitidoEn, zonaDomicilio, particular, campos, cadena,
                requireBase64(firmaBase64, "firmaBase64"), selloDigital);
    }

    /**
     * A copy carrying the institution's sello digital over {@link #cadenaOriginal()}.
     *
     * @param selloBase64 Base64 (RFC 4648, with padding) of SHA256withRSA over the cadena's UTF-8 bytes
     * @return the sealed copy
     * @throws IllegalArgumentException when the text is not Base64
     */
    public Acuse withSello(String selloBase64) {
        return new Acuse(tipo, folio, emitidoEn, zonaDomicilio, particular, campos, cadena, firmaParticular,
                requireBase64(selloBase64, "selloBase64"));
    }

    /**
     * Whether a text is canonical, non-empty Base64 (RFC 4648 §4 alphabet, padded, no line breaks).
     *
     * @param text the candidate
     * @return {@code true} when it decodes and re-encodes to itself
     */
    public static boolean isBase64(CharSequence text) {
        String s = text.toString();
        if (s.isEmpty()) {
            return false;
        }
        try {
            return Base64.getEncoder().encodeToString(Base64.getDecoder().decode(s)).equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String requireBase64(String text, String name) {
        Objects.requireNonNull(text, name);
        if (!isBase64(text)) {
            throw new IllegalArgumentException(name + " must be canonical Base64 (RFC 4648, padded, no spaces); got "
                    + text.length() + " characters");
        }
        return text;
    }

    /**
     * The número de certificado of the e.firma that signed, typed ({@link CampoAcuse#NO_CERTIFICADO}).
     *
     * @return e.g. {@code 30001000000500003415}; empty for the types that carry none
     */
    public Optional<NumeroCertificado> noCertificado() {
        return campo(CampoAcuse.NO_CERTIFICADO).map(NumeroCertificado::parse);
    }

    /** @return the kind of acuse */
    public AcuseTipo tipo() {
        return tipo;
    }

    /** @return the folio, e.g. {@code BI-20250203-100717151} */
    public Folio folio() {
        return folio;
    }

    /** @return the instant the acuse was issued */
    public Instant emitidoEn() {
        return emitidoEn;
    }

    /** @return the issuing instant in Zona Centro, {@code America/Mexico_City} (Lineamientos 5.7) */
    public ZonedDateTime fechaHoraCentro() {
        return emitidoEn.atZone(MexicanTime.ZONA_CENTRO);
    }

    /** @return the zone of the particular's domicilio fiscal, e.g. {@code America/Tijuana} */
    public ZoneId zonaDomicilio() {
        return zonaDomicilio;
    }

    /** @return the issuing instant in the domicile zone (Lineamientos 5.8: the legal date) */
    public ZonedDateTime fechaHoraDomicilio() {
        return emitidoEn.atZone(zonaDomicilio);
    }

    /** @return who the acuse is for */
    public DatosParticular particular() {
        return particular;
    }

    /** @return the type-specific fields in cadena order, normalised (unmodifiable) */
    public Map<String, String> campos() {
        return campos;
    }

    /**
     * One type-specific field.
     *
     * @param key e.g. {@link CampoAcuse#FOLIO_PROMOCION}
     * @return its value, or empty when the acuse does not carry it
     */
    public Optional<String> campo(String key) {
        return Optional.ofNullable(campos.get(key));
    }

    /** @return the cadena original that firma and sello sign */
    public CadenaOriginal cadenaOriginal() {
        return cadena;
    }

    /** @return the firma del particular (Base64), once signed */
    public Optional<String> firmaParticular() {
        return Optional.ofNullable(firmaParticular);
    }

    /** @return the sello digital (Base64), once sealed */
    public Optional<String> selloDigital() {
        return Optional.ofNullable(selloDigital);
    }

    /** @return the Spanish title, {@link AcuseTipo#titulo()} */
    public String titulo() {
        return tipo.titulo();
    }

    /** @return the legal text, {@link AcuseTipo#textoLegal()} */
    public String textoLegal() {
        return tipo.textoLegal();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Acuse a
                && cadena.equals(a.cadena)
                && emitidoEn.equals(a.emitidoEn)
                && zonaDomicilio.equals(a.zonaDomicilio)
                && particular.equals(a.particular)
                && Objects.equals(firmaParticular, a.firmaParticular)
                && Objects.equals(selloDigital, a.selloDigital);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cadena, emitidoEn, zonaDomicilio, firmaParticular, selloDigital);
    }

    /** @return e.g. {@code Acuse[REGISTRO_MEDIOS_CONTACTO BI-20250203-100717151 GODE561231GR8 firmado=false sellado=true]} */
    @Override
    public String toString() {
        return "Acuse[" + tipo + " " + folio + " " + particular.rfc() + " firmado=" + (firmaParticular != null)
                + " sellado=" + (selloDigital != null) + "]";
    }
}
