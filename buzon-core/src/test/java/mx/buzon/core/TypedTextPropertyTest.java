package mx.buzon.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.Tramite;
import mx.buzon.core.contacto.CorreoElectronico;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.CodigoValidacion;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;

/**
 * Anything a person types gets a coded Spanish error on every path: junk text fed to every public factory, parse and
 * lookup that takes typed text comes back as a value, a workflow rejection or a {@link BuzonException} with a code
 * and a bounded Spanish message; never an {@code IllegalArgumentException}, {@code NumberFormatException},
 * {@code NullPointerException}, {@code StringIndexOutOfBoundsException} or anything else.
 *
 * <p>The junk: random strings over an alphabet of the characters that break parsers (digits, letters, Ñ and its
 * decomposed form, lone surrogates, emoji, full-width and Cyrillic look-alikes, controls, the cadena's separators,
 * no-break and ideographic spaces), valid values with one character replaced, inserted or deleted, and now and then
 * a text of several thousand characters. Fixed seed, printed on failure.
 */
class TypedTextPropertyTest {

    private static final long SEED = 20261203L;
    private static final int CASES = 3_000;
    /** A message quotes what was typed, bounded: a 5,000-character paste must not become a 5,000-character error. */
    private static final int MAX_MESSAGE = 700;
    private static final String[] PIECES = {"0", "1", "5", "9", "A", "a", "Z", "x", "X", "Ñ", "ñ", "N\u0303", "&",
        "-", ".", ":", "|", "||", "\\", "@", " ", "\t", "\n", "\u00A0", "\u3000", "\u200E", "\uFEFF", "\uD800",
        "\uDC00", "\uD83D\uDE00", "Ａ", "１", "А", "Α", "K", "\u212A", "ı", "é", "ü", "$", ",", "+", "e", "0x", "%s",
        "%", "\u0000", "\u007F", "/", "\"", "'", "Ö", "ẞ", "ß"};
    private static final String[] VALID = {"GODE561231GR8", "EKU9003173C9", "GODE561231MDFMZR05", "72795608040",
        "A6815930107", "BI-20250203-100717151", "30001000000500003415", "5512345678", "erika@example.com", "22000",
        "06600", "1234.56", "12345", "RFC", "TODOS_LOS_REGISTROS_PATRONALES", "9.1", "ACLARACION",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "||Folio:BI-20250203-100717151|RFC:GODE561231GR8||", "ESCUELA KEMPER URGATE"};

    private final PostalCodeZones zonas = PostalCodeZones.reference();
    private final AtomicLong folios = new AtomicLong(1);
    private final FolioSequence sequence = (prefix, date) -> folios.getAndIncrement();
    private final PromocionWorkflow promociones = PromocionWorkflow.of(Fixtures.PLAZOS, zonas, sequence);
    private final MediosContactoWorkflow medios = MediosContactoWorkflow.of(zonas, FolioSequence.inMemoryCounter(1),
            new SplittableRandom(1), ClaveCodigos.of("clave-de-prueba-de-codigos-32byt".getBytes(
                    StandardCharsets.US_ASCII)));
    private final Instant lunes = Fixtures.centro("2026-03-02T10:00");

    /** Every entry point that takes typed text, by name; each gets the same junk. */
    private Map<String, Consumer<String>> entryPoints() {
        Map<String, Consumer<String>> e = new LinkedHashMap<>();
        e.put("Rfc.parse", Rfc::parse);
        e.put("Rfc.parse LENIENT", t -> Rfc.parse(t, CheckDigitMode.LENIENT));
        e.put("Curp.parse", Curp::parse);
        e.put("Nss.parse", Nss::parse);
        e.put("RegistroPatronal.parse", RegistroPatronal::parse);
        e.put("Folio.parse", Folio::parse);
        e.put("NumeroCertificado.parse", NumeroCertificado::parse);
        e.put("NumeroCertificado.parseHex", NumeroCertificado::parseHex);
        e.put("NumeroCertificado.parseDecimal", NumeroCertificado::parseDecimal);
        e.put("Telefono.parse", Telefono::parse);
        e.put("CorreoElectronico.parse", CorreoElectronico::parse);
        e.put("Particular.of nombre", t -> Particular.of(Rfc.parse("EKU9003173C9"), t, List.of(), "06600"));
        e.put("Particular.of codigoPostal", t -> Particular.of(Rfc.parse("EKU9003173C9"), "EKU", List.of(), t));
        e.put("DatosParticular.of", t -> DatosParticular.of(Rfc.parse("GODE561231GR8"), t));
        e.put("Ambito.parse", Ambito::parse);
        e.put("CodigoValidacion.of", CodigoValidacion::of);
        e.put("Mxn.of", Mxn::of);
        e.put("Sha256.parse", Sha256::parse);
        e.put("CadenaOriginal.parse", CadenaOriginal::parse);
        e.put("PostalCodeZones.lookup", zonas::lookup);
        e.put("PostalCodeZones.lookup municipio", t -> zonas.lookup("26329", t));
        e.put("PostalCodeZones.ambiguity", zonas::ambiguity);
        e.put("Tramite.fromNumero", Tramite::fromNumero);
        e.put("AsuntoPromocion.fromTexto", AsuntoPromocion::fromTexto);
        e.put("AcuseTipo.fromCodigo", AcuseTipo::fromCodigo);
        e.put("validate never throws", t -> {
            Rfc.validate(t, CheckDigitMode.STRICT);
            Curp.validate(t, CheckDigitMode.STRICT);
            NumeroCertificado.validate(t);
            Telefono.findProblem(t);
        });
        e.put("PromocionWorkflow.presentar descripcion", t -> promociones.presentar(SolicitudPromocion.orientacion(
                Fixtures.EKU_CDMX, AsuntoPromocion.values()[0], t), Fixtures.NO_CERTIFICADO_EKU, lunes));
        e.put("PromocionWorkflow.presentar telefono", t -> promociones.presentar(SolicitudPromocion.aclaracion(
                Fixtures.EKU_CDMX, AsuntoPromocion.values()[0], "Descripción", t,
                ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip())), Fixtures.NO_CERTIFICADO_EKU, lunes));
        e.put("ArchivoEvidencia.inspect nombre", t -> ArchivoEvidencia.inspect(t, Fixtures.goodZip()));
        e.put("ArchivoEvidencia.inspect bytes", t -> ArchivoEvidencia.inspect("e.zip", t.getBytes(
                StandardCharsets.UTF_8)));
        e.put("MediosContactoWorkflow.registrar correo", t -> medios.registrar(EstadoBuzon.inicial(
                Fixtures.EKU_CDMX), Mecanismo.CORREO_ELECTRONICO, t, Ambito.rfc(), lunes));
        e.put("MediosContactoWorkflow.registrar movil", t -> medios.registrar(EstadoBuzon.inicial(
                Fixtures.EKU_CDMX), Mecanismo.TELEFONO_MOVIL, t, Ambito.rfc(), lunes));
        return e;
    }

    @Test
    void junkText_everyEntryPoint_onlyCodedBuzonExceptionsWithBoundedSpanishMessages() {
        RandomGenerator random = new SplittableRandom(SEED);
        Map<String, Consumer<String>> entryPoints = entryPoints();
        List<String> failures = new ArrayList<>();
        int coded = 0;
        for (int i = 0; i < CASES; i++) {
            String junk = junk(random);
            for (Map.Entry<String, Consumer<String>> e : entryPoints.entrySet()) {
                try {
                    e.getValue().accept(junk);
                } catch (BuzonException ok) {
                    coded++;
                    if (ok.code().isBlank() || ok.getMessage() == null || ok.getMessage().isBlank()
                            || ok.getMessage().length() > MAX_MESSAGE) {
                        failures.add(e.getKey() + " seed " + SEED + " case " + i + ": " + ok.code()
                                + " message of " + (ok.getMessage() == null ? 0 : ok.getMessage().length())
                                + " characters for " + describe(junk));
                    }
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError other) {
                    failures.add(e.getKey() + " seed " + SEED + " case " + i + ": " + other + " for "
                            + describe(junk));
                }
            }
            if (failures.size() > 20) {
                break;
            }
        }
        assertThat(failures).as("entry points that answered junk with something other than a coded error")
                .isEmpty();
        assertThat(coded).as("the junk reaches the error paths").isGreaterThan(CASES * 10);
    }

    private static String junk(RandomGenerator random) {
        int kind = random.nextInt(10);
        if (kind < 4) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(25);
            for (int i = 0; i < n; i++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            return b.toString();
        }
        String valid = kind < 9 ? VALID[random.nextInt(VALID.length)]
                : IdentifierGenerators.rfcFisica(random).toString();
        StringBuilder b = new StringBuilder(valid);
        int edits = 1 + random.nextInt(2);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.setCharAt(at, PIECES[random.nextInt(PIECES.length)].charAt(0));
                case 1 -> b.insert(at, PIECES[random.nextInt(PIECES.length)]);
                case 2 -> b.deleteCharAt(at);
                default -> b.append(" ");
            }
        }
        if (random.nextInt(60) == 0) {
            b.append(String.valueOf(b).repeat(1 + 6_000 / Math.max(1, b.length())));
        }
        return b.toString();
    }

    private static String describe(String junk) {
        StringBuilder b = new StringBuilder("\"");
        junk.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp > 0x7E) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.append(junk.length() > 60 ? "…\" (" + junk.length() + " chars)" : "\"").toString();
    }
}
