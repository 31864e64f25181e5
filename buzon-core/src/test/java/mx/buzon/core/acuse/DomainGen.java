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

/** Seeded generators of domain values for property tests (test scope). */
public final class DomainGen {

    /** Listed postal codes in different zones: CDMX, Tijuana, Cancún, Hermosillo, Monterrey, Ciudad Juárez. */
    public static final List<String> CPS = List.of("06600", "22000", "77500", "83000", "64000", "32000");
    public static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Mexico_City"), ZoneId.of("America/Tijuana"),
            ZoneId.of("America/Cancun"), ZoneId.of("America/Hermosillo"), ZoneId.of("America/Monterrey"),
            ZoneId.of("America/Ciudad_Juarez"));
    private static final String[] WORDS = {"PEÑA", "ÑANDÚ", "JOSÉ", "GÓMEZ", "A|B", "C\\D", "S.A. DE C.V.", "O'HARA",
        "MÜLLER", "ZOË", "李", "😀", "&", "ÁLVAREZ", "Ü"};
    private static final String[] SPACES = {" ", "  ", "\t", "\n", "\u00A0"};

    private DomainGen() {
    }

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

    public static Rfc rfc(RandomGenerator r) {
        return r.nextBoolean() ? IdentifierGenerators.rfcFisica(r) : IdentifierGenerators.rfcMoral(r);
    }

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
                ? Optional.of(IdentifierGenerators.curp(r)) : Optional.empty(), registros, CPS.get(r.nextInt(CPS.size())));
    }

    public static DatosParticular datos(RandomGenerator r) {
        Particular p = particular(r);
        return p.registrosPatronales().isEmpty() || r.nextBoolean() ? p.datosAcuse()
                : p.datosAcuse(p.registrosPatronales().get(r.nextInt(p.registrosPatronales().size())));
    }

    public static Instant instant(RandomGenerator r) {
        long seconds = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond() + r.nextLong(10L * 365 * 86_400);
        int nanos = r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    public static String base64(RandomGenerator r) {
        byte[] bytes = new byte[8 + r.nextInt(256)];
        r.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public static Acuse acuse(RandomGenerator r) {
        AcuseTipo tipo = AcuseTipo.values()[r.nextInt(AcuseTipo.values().length)];
        Instant t = instant(r);
        Folio folio = Folio.of(tipo.prefijoFolio(), t.atZone(ZONES.get(0)).toLocalDate(), r.nextLong(1_000_000_000L));
        Map<String, String> campos = new LinkedHashMap<>();
        for (CadenaField f : tipo.camposEspecificos()) {
            if (f.required() || r.nextBoolean()) {
                campos.put(f.key(), nombre(r));
            }
        }
        Acuse a = Acuse.of(tipo, folio, t, ZONES.get(r.nextInt(ZONES.size())), datos(r), campos);
        if (tipo.firmaParticular() && r.nextBoolean()) {
            a = a.withFirma(base64(r));
        }
        if (r.nextBoolean()) {
            a = a.withSello(base64(r));
        }
        return a;
    }
}
