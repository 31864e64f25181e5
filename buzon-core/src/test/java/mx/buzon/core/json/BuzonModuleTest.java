package mx.buzon.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseGenerators;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.Tramite;
import mx.buzon.core.evidence.ZipEntryInfo;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipLimits;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.FactorActualizacion;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.money.Uma;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;

class BuzonModuleTest {

    static final long SEED = 20_250_203L;
    static final int SAMPLES = 2_000;
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BuzonModule());

    static <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = MAPPER.writeValueAsString(value);
        T back = MAPPER.readValue(json, type);
        assertThat(back).as("seed %s, json %s", SEED, json).isEqualTo(value);
        assertThat(MAPPER.writeValueAsString(back)).as("seed %s", SEED).isEqualTo(json);
        return back;
    }

    static <T> void property(Function<RandomGenerator, T> gen, Class<T> type) throws Exception {
        RandomGenerator r = new SplittableRandom(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            roundTrip(gen.apply(r), type);
        }
    }

    @Test
    void identifiers_serializeAsCanonicalString() throws Exception {
        assertThat(MAPPER.writeValueAsString(Rfc.parse("A&A050908GT0"))).isEqualTo("\"A&A050908GT0\"");
        assertThat(MAPPER.writeValueAsString(Folio.parse("BI-20250203-100717151")))
                .isEqualTo("\"BI-20250203-100717151\"");
        property(IdentifierGenerators::rfcFisica, Rfc.class);
        property(IdentifierGenerators::rfcMoral, Rfc.class);
        property(IdentifierGenerators::curp, Curp.class);
        property(IdentifierGenerators::nss, Nss.class);
        property(IdentifierGenerators::registroPatronal, RegistroPatronal.class);
        property(IdentifierGenerators::folio, Folio.class);
    }

    @Test
    void identifiers_lenientlyParsedDigitMismatch_roundTrips() throws Exception {
        roundTrip(Rfc.parse("GODE561231GR9", CheckDigitMode.LENIENT), Rfc.class);
        roundTrip(RegistroPatronal.parse("B5510768108", CheckDigitMode.LENIENT), RegistroPatronal.class);
        roundTrip(Rfc.PUBLICO_EN_GENERAL, Rfc.class);
    }

    @Test
    void identifiers_nonCanonicalOrInvalid_refused() {
        for (String bad : new String[] {"\"gode561231gr8\"", "\" GODE561231GR8\"", "\"GODE561231\"", "13",
            "{}"}) {
            assertThatThrownBy(() -> MAPPER.readValue(bad, Rfc.class)).as(bad)
                    .isInstanceOf(JsonMappingException.class);
        }
    }

    @Test
    void acuse_generated_roundTripsIncludingCadenaText() throws Exception {
        property(AcuseGenerators::acuse, Acuse.class);
    }

    @Test
    void acuse_shape_isDocumented() throws Exception {
        Acuse a = AcuseGenerators.acuse(new SplittableRandom(SEED));
        ObjectNode n = MAPPER.valueToTree(a);
        assertThat(n.fieldNames()).toIterable().startsWith("tipo", "folio", "emitidoEn", "fechaHoraCentro",
                "zonaDomicilio", "fechaHoraDomicilio", "particular", "campos", "cadenaOriginal");
        assertThat(n.get("cadenaOriginal").textValue()).isEqualTo(a.cadenaOriginal().toString());
    }

    @Test
    void acuse_tamperedField_refused() throws Exception {
        Acuse a = AcuseGenerators.acuse(new SplittableRandom(SEED));
        ObjectNode n = MAPPER.valueToTree(a);
        ((ObjectNode) n.get("particular")).put("nombre", "OTRO NOMBRE");
        assertThatThrownBy(() -> MAPPER.treeToValue(n, Acuse.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("cadenaOriginal does not match");
        ObjectNode m = MAPPER.valueToTree(a);
        m.put("fechaHoraCentro", "2000-01-01T00:00:00-06:00");
        assertThatThrownBy(() -> MAPPER.treeToValue(m, Acuse.class)).isInstanceOf(JsonMappingException.class);
        ObjectNode c = MAPPER.valueToTree(a);
        c.put("cadenaOriginal", "||Acto:X||");
        assertThatThrownBy(() -> MAPPER.treeToValue(c, Acuse.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void acuse_withoutTextChecks_rebuildsFromFields_andLeavesTheComparisonToTheCaller() throws Exception {
        Acuse a = AcuseGenerators.acuse(new SplittableRandom(SEED));
        ObjectNode n = MAPPER.valueToTree(a);
        ((ObjectNode) n.get("particular")).put("nombre", "OTRO NOMBRE");
        Acuse rebuilt = MAPPER.readerFor(Acuse.class)
                .withAttribute(BuzonModule.ACUSE_SIN_COMPROBAR_TEXTOS, Boolean.TRUE)
                .readValue(n);
        assertThat(rebuilt.particular().nombre()).isEqualTo("OTRO NOMBRE");
        assertThat(rebuilt.cadenaOriginal().toString())
                .contains("OTRO NOMBRE")
                .isNotEqualTo(n.get("cadenaOriginal").textValue());
        // Only Boolean.TRUE switches the checks off.
        assertThatThrownBy(() -> MAPPER.readerFor(Acuse.class)
                .withAttribute(BuzonModule.ACUSE_SIN_COMPROBAR_TEXTOS, "true").readValue(n))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("cadenaOriginal does not match");
    }

    @Test
    void particular_generated_roundTrips() throws Exception {
        property(AcuseGenerators::particular, Particular.class);
        property(AcuseGenerators::datos, DatosParticular.class);
    }

    @Test
    void cadena_serializesAsExactText() throws Exception {
        CadenaOriginal c = CadenaOriginal.parse("||Folio:BI-20250203-100717151|Nombre:A\\|B \\\\ Ñ||");
        assertThat(MAPPER.writeValueAsString(c)).isEqualTo("\"||Folio:BI-20250203-100717151|Nombre:A\\\\|B "
                + "\\\\\\\\ Ñ||\"");
        roundTrip(c, CadenaOriginal.class);
        for (AcuseTipo t : AcuseTipo.values()) {
            roundTrip(t.schema(), CadenaSchema.class);
        }
        roundTrip(Sha256.digestUtf8("abc"), Sha256.class);
    }

    @Test
    void money_insideSdkTypes_serializesAsDecimalStringAndCurrency() throws Exception {
        assertThat(MAPPER.writeValueAsString(Uma.UMA_2026)).contains("\"valorDiario\":{\"monto\":\"117.31\","
                + "\"moneda\":\"MXN\"}");
        roundTrip(Uma.UMA_2026, Uma.class);
        String uma = MAPPER.writeValueAsString(Uma.UMA_2026);
        assertThatThrownBy(() -> MAPPER.readValue(uma.replace("\"117.31\"", "\"1e3\""), Uma.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("valorDiario");
        assertThatThrownBy(() -> MAPPER.readValue(uma.replace("\"117.31\"", "117.31"), Uma.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("monto");
        assertThatThrownBy(() -> MAPPER.readValue(uma.replace("{\"monto\":\"117.31\",\"moneda\":\"MXN\"}",
                "\"117.31\""), Uma.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("valorDiario");
        roundTrip(new FactorActualizacion(new BigDecimal("1.0345")), FactorActualizacion.class);
        Accesorios accesorios = new Accesorios(Mxn.of("1000.00"), new FactorActualizacion(new BigDecimal("1.0345")),
                Mxn.of("34.50"), 3, new BigDecimal("0.0441"), Mxn.of("45.62"));
        assertThat(roundTrip(accesorios, Accesorios.class).actualizacion()).isEqualTo(Mxn.of("34.50"));
        assertThat(MAPPER.writeValueAsString(accesorios)).startsWith("{\"historico\":{\"monto\":\"1000.00\","
                + "\"moneda\":\"MXN\"},\"factor\":\"1.0345\",");
    }

    /** Issue 15: JSR 354's MonetaryAmount is not the SDK's type, so the module leaves it to the host. */
    @Test
    void monetaryAmount_alone_isLeftToTheHost() {
        assertThat(HostTypesJsonTest.outcome(MAPPER, Mxn.of("123.45")))
                .isEqualTo(HostTypesJsonTest.outcome(new ObjectMapper(), Mxn.of("123.45")));
    }
    @Test
    void findingAndEvidence_roundTrip() throws Exception {
        Finding f = Finding.of("RFC_DIGITO_VERIFICADOR", Severity.WARNING, "El dígito ...", "X");
        assertThat(MAPPER.writeValueAsString(f)).isEqualTo("{\"codigo\":\"RFC_DIGITO_VERIFICADOR\","
                + "\"severidad\":\"WARNING\",\"mensaje\":\"El dígito ...\",\"valor\":\"X\"}");
        roundTrip(f, Finding.class);
        roundTrip(Finding.of("X", Severity.ERROR, "m"), Finding.class);
        roundTrip(new ZipInspection(Sha256.digestUtf8(""), 22, List.of(new ZipEntryInfo("a/b.pdf", 10, 20, 8, false,
                false, 0xFFFFFFFFL)), List.of(f)), ZipInspection.class);
        roundTrip(ZipLimits.EVIDENCIA_ACLARACION, ZipLimits.class);
    }

    @Test
    void enums_roundTrip_andJavaTimeAloneIsLeftToTheHost() throws Exception {
        for (ActoNotificable a : ActoNotificable.values()) {
            roundTrip(a, ActoNotificable.class);
        }
        for (Tramite t : Tramite.values()) {
            roundTrip(t, Tramite.class);
        }
        // java.time values are the host's (issue 15): the module writes them only inside the SDK's types.
        assertThat(HostTypesJsonTest.outcome(MAPPER, Instant.parse("2025-02-03T16:07:17Z")))
                .isEqualTo(HostTypesJsonTest.outcome(new ObjectMapper(), Instant.parse("2025-02-03T16:07:17Z")));
        assertThat(HostTypesJsonTest.outcome(MAPPER, LocalDate.of(2026, 3, 9)))
                .isEqualTo(HostTypesJsonTest.outcome(new ObjectMapper(), LocalDate.of(2026, 3, 9)));
        assertThatThrownBy(() -> MAPPER.readValue("\"NO_EXISTE\"", AcuseTipo.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void anyInvalidContent_isAJsonMappingException() {
        String[][] cases = {
            {"mx.buzon.core.medios.Ambito", "\"a6815930107\""},
            {"mx.buzon.core.medios.Ambito", "\"XYZ\""},
            {"mx.buzon.core.cadena.CadenaOriginal", "\"|Folio:X||\""},
            {"mx.buzon.core.money.Uma", "{\"year\":2026,\"valorDiario\":{\"monto\":\"1\",\"moneda\":\"MXN\"},"
                    + "\"vigenteDesde\":\"2026-02-30\",\"vigenteHasta\":\"2027-01-31\",\"fuente\":\"f\"}"},
            {"mx.buzon.core.servicios32d.OpinionCumplimiento", "{\"folio\":\"BI-20260302-000000099\",\"rfc\":"
                    + "\"EKU9003173C9\",\"sentido\":\"POSITIVA\",\"generadaEl\":\"2025-02-03 16:07\"}"},
            {"mx.buzon.core.particular.Particular", "{\"rfc\":\"GODE561231GR8\",\"nombre\":\"X\",\"codigoPostal\":\"22000\"}"},
            {"mx.buzon.core.medios.MedioContacto", "{\"folioRegistro\":\"BI-20250203-000000001\"}"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> MAPPER.readValue(c[1], Class.forName(c[0]))).as(c[0] + " " + c[1])
                    .isInstanceOf(JsonMappingException.class);
        }
    }

    /** Found while preparing the JSON fuzz harness: Moneta's UnknownCurrencyException escaped Jackson's contract. */
    @Test
    void read_unknownCurrencyCode_isAJsonMappingExceptionNamingTheType() {
        for (String moneda : new String[] {"", "x", "2026-13-45", "mxn"}) {
            String json = "{\"year\":2026,\"valorDiario\":{\"monto\":\"1000.00\",\"moneda\":\"" + moneda + "\"},"
                    + "\"vigenteDesde\":\"2026-02-01\",\"vigenteHasta\":\"2027-01-31\",\"fuente\":\"f\"}";
            assertThatThrownBy(() -> MAPPER.readValue(json, Uma.class)).as(moneda)
                    .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
                    .hasMessageContaining("Uma");
        }
        String uma = "{\"year\":2026,\"valorDiario\":{\"monto\":\"117.31\",\"moneda\":\"x\"},"
                + "\"vigenteDesde\":\"2026-02-01\",\"vigenteHasta\":\"2027-01-31\",\"fuente\":\"f\"}";
        assertThatThrownBy(() -> MAPPER.readValue(uma, Uma.class))
                .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    }

    /** Found by fuzzing JSON reading (corpus crash-c19e1fd9...): Jackson's own encoding detection, documented. */
    @Test
    void read_bytesThatAreNoUnicodeEncoding_isJacksonsCharConversionException() {
        byte[] utf32WithAnImpossibleCharacter = {0, 0, 0, '"', 0x22, 0x44, 0x50, 0x4e, 0, 0, 0, '"'};
        assertThatThrownBy(() -> MAPPER.readValue(utf32WithAnImpossibleCharacter, Rfc.class))
                .isInstanceOf(java.io.CharConversionException.class);
    }
}
