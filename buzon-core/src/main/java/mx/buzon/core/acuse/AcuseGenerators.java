package mx.buzon.core.acuse;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;

/**
 * Generators of valid domain values for property tests, drawn from a caller-supplied (seeded)
 * {@link RandomGenerator}, in the style of {@link IdentifierGenerators}: particulares (física or moral, with or
 * without CURP and registros patronales, domiciles in six zones), names with accents, {@code Ñ}, {@code |},
 * {@code \}, emoji and irregular whitespace, instants 2020–2029 (a third with nanoseconds), and acuses of every
 * {@link AcuseTipo} with random fields, firma and sello. Values are valid for the SDK, not realistic: field values
 * are random names, not dates or digests.
 *
 * <p>The same seed gives the same sequence of values (for a given SDK version). Thread-safe (stateless); the
 * random generator passed in is not shared-safe unless it says so.
 */
public final class AcuseGenerators {

    /** Listed postal codes in different zones: CDMX, Tijuana, Cancún, Hermosillo, Monterrey, Ciudad Juárez. */
    public static final List<String> CODIGOS_POSTALES = List.of("06600", "22000", "77500", "83000", "64000", "32000");
    /** The zones the generated acuses use for the domicile. */
    public static final List<ZoneId> ZONAS = List.of(ZoneId.of("America/Mexico_City"), ZoneId.of("America/Tijuana"),
            ZoneId.of("America/Cancun"), ZoneId.of("America/Hermosillo"), ZoneId.of("America/Monterrey"),
            ZoneId.of("America/Ciudad_Juarez"));
    private static final String[] WORDS = {"PEÑA", "ÑANDÚ", "JOSÉ", "GÓMEZ", "A|B", "C\\D", "S.A. DE C.V.", "O'HARA",
        "MÜLLER", "ZOË", "李", "😀", "&", "ÁLVAREZ", "Ü"};
    private static final String[] SPACES = {" ", "  ", "\t", "\n", "\u00A0"};

    private AcuseGenerators() {
    }

    /**
     * A raw name as a person might type it (normalised by the types that take it).
     *
     * @param r the random source
     * @return e.g. {@code " PEÑA\tA|B"}
     */
    public static String nombre(RandomGenerator r) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0 || r.nextInt(4) == 0) {
                b.append(SPACES[r.nextInt(SPACES.length)]);
            }
            b.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    /**
     * An RFC of a persona física or moral with a valid check digit.
     *
     * @param r the random source
     * @return the RFC
     */
    public static Rfc rfc(RandomGenerator r) {
        return r.nextBoolean() ? IdentifierGenerators.rfcFisica(r) : IdentifierGenerators.rfcMoral(r);
    }

    /**
     * A particular: física (half with CURP) or moral, 0–3 registros patronales, a domicile from
     * {@link #CODIGOS_POSTALES}.
     *
     * @param r the random source
     * @return the particular
     */
    public static Particular particular(RandomGenerator r) {
        Rfc rfc = rfc(r);
        List<RegistroPatronal> registros = new ArrayList<>();
        int n = r.nextInt(4);
        while (registros.size() < n) {
            RegistroPatronal rp = IdentifierGenerators.registroPatronal(r);
            if (!registros.contains(rp)) {
                registros.add(rp);
            }
        }
        return new Particular(rfc, nombre(r), rfc.persona() == Persona.FISICA && r.nextBoolean()
                ? Optional.of(IdentifierGenerators.curp(r)) : Optional.empty(), registros, CODIGOS_POSTALES.get(r.nextInt(CODIGOS_POSTALES.size())));
    }

    /**
     * The data an acuse prints, sometimes naming a registro patronal.
     *
     * @param r the random source
     * @return the data
     */
    public static DatosParticular datos(RandomGenerator r) {
        Particular p = particular(r);
        return p.registrosPatronales().isEmpty() || r.nextBoolean() ? p.datosAcuse()
                : p.datosAcuse(p.registrosPatronales().get(r.nextInt(p.registrosPatronales().size())));
    }

    /**
     * An instant in 2020–2029, a third of them with nanoseconds.
     *
     * @param r the random source
     * @return the instant
     */
    public static Instant instant(RandomGenerator r) {
        long seconds = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond() + r.nextLong(10L * 365 * 86_400);
        int nanos = r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /**
     * Canonical Base64 of 8–263 random bytes, shaped like a firma or sello (not a valid signature).
     *
     * @param r the random source
     * @return the text
     */
    public static String base64(RandomGenerator r) {
        byte[] bytes = new byte[8 + r.nextInt(256)];
        r.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * An acuse of a random type with every required field, some optional ones, a firma (when the particular
     * signs that type) half of the time and a sello half of the time.
     *
     * @param r the random source
     * @return the acuse
     */
    public static Acuse acuse(RandomGenerator r) {
        AcuseTipo tipo = AcuseTipo.values()[r.nextInt(AcuseTipo.values().length)];
        Instant t = instant(r);
        Folio folio = Folio.of(tipo.prefijoFolio(), t.atZone(ZONAS.get(0)).toLocalDate(), r.nextLong(1_000_000_000L));
        Map<String, String> campos = new LinkedHashMap<>();
        for (CadenaField f : tipo.camposEspecificos()) {
            if (f.required() || r.nextBoolean()) {
                campos.put(f.key(), f.key().equals(CampoAcuse.NO_CERTIFICADO)
                        ? IdentifierGenerators.numeroCertificado(r).toString() : nombre(r));
            }
        }
        Acuse a = Acuse.of(tipo, folio, t, ZONAS.get(r.nextInt(ZONAS.size())), datos(r), campos);
        if (tipo.firmaParticular() && r.nextBoolean()) {
            a = a.withFirma(base64(r));
        }
        if (r.nextBoolean()) {
            a = a.withSello(base64(r));
        }
        return a;
    }
}
