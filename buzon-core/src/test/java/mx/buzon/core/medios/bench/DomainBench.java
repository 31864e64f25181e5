package mx.buzon.core.medios.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.workflow.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the domain layer against baselines measured in the same run: building an {@link Acuse} against building
 * its bare {@link CadenaOriginal}; the registration and validation workflows against building the acuse they
 * return; JSON of an acuse (explicit serializers plus the consistency check on reading) against Jackson's
 * default handling of a plain map with the same fields.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DomainBench {

    private static final Instant T = Instant.parse("2025-02-03T16:07:17Z");
    private static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");

    private final Particular particular = Particular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ", List.of(),
            "22000");
    private final DatosParticular datos = particular.datosAcuse();
    private final Folio folio = Folio.parse("BI-20250203-100717151");
    private final Map<String, String> campos = new LinkedHashMap<>();
    private final Map<String, String> cadenaFields = new LinkedHashMap<>();
    private final MediosContactoWorkflow workflow = MediosContactoWorkflow.of(PostalCodeZones.reference(),
            FolioSequence.inMemoryCounter(1), new SplittableRandom(1),
            mx.buzon.core.medios.ClaveCodigos.of(new byte[32]));
    private final EstadoBuzon inicial = EstadoBuzon.inicial(particular);
    private final EstadoBuzon pendiente;
    private final Folio folioPendiente;
    private final String codigoPendiente;
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new BuzonModule());
    private final ObjectMapper plain = new ObjectMapper();
    private final Acuse acuse;
    private final String acuseJson;
    private final Map<String, Object> acuseMap;
    private final String mapJson;

    public DomainBench() {
        campos.put(CampoAcuse.MECANISMO, "CORREO_ELECTRONICO");
        campos.put(CampoAcuse.MEDIO_CONTACTO, "erika@example.com");
        campos.put(CampoAcuse.AMBITO, "RFC");
        campos.put(CampoAcuse.ESTATUS, "En proceso");
        acuse = Acuse.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, T, TIJUANA, datos, campos)
                .withSello("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
        cadenaFields.putAll(acuse.cadenaOriginal().fields());
        Registro r = workflow.registrar(inicial, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(), T);
        pendiente = r.stateToStore();
        folioPendiente = r.medio().orElseThrow().folioRegistro();
        codigoPendiente = r.codigoPorEnviar().orElseThrow().digitos();
        try {
            acuseJson = mapper.writeValueAsString(acuse);
            acuseMap = new LinkedHashMap<>();
            acuseMap.put("tipo", acuse.tipo().name());
            acuseMap.put("folio", folio.toString());
            acuseMap.put("emitidoEn", T.toString());
            acuseMap.put("particular", Map.of("rfc", "GODE561231GR8", "nombre", "ERIKA GÓMEZ DÍAZ"));
            acuseMap.put("campos", campos);
            acuseMap.put("cadenaOriginal", acuse.cadenaOriginal().toString());
            acuseMap.put("selloDigital", acuse.selloDigital().orElseThrow());
            mapJson = plain.writeValueAsString(acuseMap);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public CadenaOriginal baselineCadenaOnly() {
        return CadenaOriginal.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO.schema(), cadenaFields);
    }

    @Benchmark
    public Acuse acuseOf() {
        return Acuse.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, folio, T, TIJUANA, datos, campos);
    }

    @Benchmark
    public Registro registrar() {
        return workflow.registrar(inicial, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(), T);
    }

    @Benchmark
    public Outcome<EstadoBuzon> validar() {
        return workflow.validar(pendiente, folioPendiente, codigoPendiente, T.plusSeconds(60));
    }

    @Benchmark
    public String baselineJsonWriteMap() throws IOException {
        return plain.writeValueAsString(acuseMap);
    }

    @Benchmark
    public String jsonWriteAcuse() throws IOException {
        return mapper.writeValueAsString(acuse);
    }

    @Benchmark
    public Object baselineJsonReadMap() throws IOException {
        return plain.readValue(mapJson, Map.class);
    }

    @Benchmark
    public Acuse jsonReadAcuse() throws IOException {
        return mapper.readValue(acuseJson, Acuse.class);
    }
}
