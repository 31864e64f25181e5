package mx.buzon.core.cadena.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the canonical cadena (normalise + escape, strict parse) against a naive baseline that joins and splits
 * the same ten fields with no normalisation, escaping or validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CadenaBench {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final CadenaSchema schema;
    private final String text;

    public CadenaBench() {
        fields.put("Tipo", "RECEPCION_PROMOCION");
        fields.put("Folio", "BI-20250203-100717151");
        fields.put("FechaHora", "2025-02-03T10:07:17-06:00");
        fields.put("RFC", "GODE561231GR8");
        fields.put("Nombre", "JOSÉ PEÑA ÑANDÚ");
        fields.put("Tipo_Promocion", "Aclaración");
        fields.put("Asunto", "32D Opinión Pública");
        fields.put("Telefono", "5512345678");
        fields.put("Descripcion_SHA256", "00d82a924a05ee1900c2d087e1e9ff5f7575ec66f02bbc03dceab3c7ecb28dd4");
        fields.put("Evidencia_SHA256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        CadenaSchema.Builder b = CadenaSchema.builder("BENCH");
        fields.keySet().forEach(b::required);
        schema = b.build();
        text = CadenaOriginal.of(schema, fields).toString();
    }

    @Benchmark
    public byte[] baselineJoinBytes() {
        StringBuilder sb = new StringBuilder("||");
        fields.forEach((k, v) -> sb.append(k).append(':').append(v).append('|'));
        return sb.append('|').toString().getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public byte[] buildBytes() {
        return CadenaOriginal.of(schema, fields).bytes();
    }

    @Benchmark
    public Map<String, String> baselineSplit() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : text.substring(2, text.length() - 2).split("\\\\|")) {
            int colon = field.indexOf(':');
            out.put(field.substring(0, colon), field.substring(colon + 1));
        }
        return out;
    }

    @Benchmark
    public Map<String, String> parse() {
        return CadenaOriginal.parse(text).fields();
    }
}
