package mx.buzon.core.json;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: registering {@link BuzonModule} on a host's mapper (Spring Boot registers every {@code Module} bean on
 * the application's one mapper) must not change how the host's own types are written or read. Before the fix the
 * module registered serializers for {@code Instant}, {@code LocalDate}, {@code YearMonth}, {@code ZoneId} and
 * {@code MonetaryAmount}, so a host's {@code @JsonFormat(pattern = "dd/MM/yyyy")} date came out as ISO text.
 *
 * <p>{@link JavaTimeLike} stands in for jackson-datatype-jsr310's {@code JavaTimeModule} (not a dependency of the
 * SDK): arrays and epoch seconds by default, {@code @JsonFormat} patterns honoured, as that module does.
 */
class HostTypesJsonTest {

    /** A host's own object, with the date annotations a company's REST API has. */
    public static class Nomina {
        public String empresa;
        @JsonFormat(pattern = "dd/MM/yyyy")
        public LocalDate fechaPago;
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd HH:mm:ss", timezone = "America/Mexico_City")
        public Instant registrada;
        public Instant creada;
        public LocalDate inicioPeriodo;

        public Nomina() {
        }

        Nomina(String empresa, LocalDate fechaPago, Instant registrada, Instant creada, LocalDate inicioPeriodo) {
            this.empresa = empresa;
            this.fechaPago = fechaPago;
            this.registrada = registrada;
            this.creada = creada;
            this.inicioPeriodo = inicioPeriodo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Nomina n && Objects.equals(empresa, n.empresa) && Objects.equals(fechaPago, n.fechaPago)
                    && Objects.equals(registrada, n.registrada) && Objects.equals(creada, n.creada)
                    && Objects.equals(inicioPeriodo, n.inicioPeriodo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(empresa, fechaPago, registrada, creada, inicioPeriodo);
        }
    }

    /** A host's object that holds an SDK state next to its own dates. */
    public static class Expediente {
        @JsonFormat(pattern = "dd/MM/yyyy")
        public LocalDate abierto;
        public TercerosAutorizados terceros;
        public Instant revisado;
    }

    static final Nomina NOMINA = new Nomina("ACME SA DE CV", LocalDate.of(2026, 3, 17),
            Instant.parse("2026-03-02T16:00:00Z"), Instant.parse("2026-03-02T16:00:00.5Z"), LocalDate.of(2026, 3, 1));

    /** What a mapper does with a value: its JSON, or the exception it throws (type and message). */
    static String outcome(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (IOException | RuntimeException e) {
            return "throws " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static <T> String readOutcome(ObjectMapper mapper, String json, Class<T> type) {
        try {
            return "read " + mapper.readValue(json, type).hashCode();
        } catch (IOException | RuntimeException e) {
            return "throws " + e.getClass().getName() + ": " + e.getMessage();
        }
    }

    static List<ObjectMapper> withBuzonModule(SimpleModule hostModule) {
        ObjectMapper before = new ObjectMapper().registerModule(new BuzonModule()).registerModule(hostModule);
        ObjectMapper after = new ObjectMapper().registerModule(hostModule).registerModule(new BuzonModule());
        return List.of(before, after);
    }

    @Test
    void hostDates_withAJavaTimeModule_areWrittenByteIdenticalWithAndWithoutBuzonModule() throws Exception {
        ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeLike());
        String expected = host.writeValueAsString(NOMINA);
        assertThat(expected).isEqualTo("{\"empresa\":\"ACME SA DE CV\",\"fechaPago\":\"17/03/2026\","
                + "\"registrada\":\"2026-03-02 10:00:00\",\"creada\":1772467200.500000000,"
                + "\"inicioPeriodo\":[2026,3,1]}");
        for (ObjectMapper mapper : withBuzonModule(new JavaTimeLike())) {
            assertThat(mapper.writeValueAsString(NOMINA)).isEqualTo(expected);
            assertThat(mapper.readValue(expected, Nomina.class)).isEqualTo(NOMINA)
                    .isEqualTo(host.readValue(expected, Nomina.class));
            for (Object alone : List.of(NOMINA.fechaPago, NOMINA.creada, ZoneId.of("America/Tijuana"),
                    java.time.YearMonth.of(2026, 3))) {
                assertThat(outcome(mapper, alone)).as("%s", alone).isEqualTo(outcome(host, alone));
            }
        }
    }

    @Test
    void hostDates_withoutAnyJavaTimeModule_failAlikeWithAndWithoutBuzonModule() {
        ObjectMapper plain = new ObjectMapper();
        String json = "{\"empresa\":\"ACME SA DE CV\",\"fechaPago\":\"17/03/2026\",\"creada\":1772467200}";
        assertThat(outcome(plain, NOMINA)).startsWith("throws ").contains("java.time");
        for (ObjectMapper mapper : withBuzonModule(new SimpleModule("host"))) {
            assertThat(outcome(mapper, NOMINA)).isEqualTo(outcome(plain, NOMINA));
            assertThat(readOutcome(mapper, json, Nomina.class)).isEqualTo(readOutcome(plain, json, Nomina.class));
        }
    }

    @Test
    void hostObjectHoldingAnSdkState_hostFieldsKeepTheHostFormat_theStateKeepsTheSdkShape() throws Exception {
        Expediente e = new Expediente();
        e.abierto = LocalDate.of(2026, 3, 2);
        e.terceros = new TercerosAutorizados(EKU_CDMX, List.of(), java.util.Optional.of(NOMINA.creada));
        e.revisado = NOMINA.registrada;
        for (ObjectMapper mapper : withBuzonModule(new JavaTimeLike())) {
            JsonNode tree = mapper.readTree(mapper.writeValueAsString(e));
            assertThat(tree.get("abierto").textValue()).isEqualTo("02/03/2026");
            assertThat(tree.get("revisado").decimalValue()).isEqualByComparingTo("1772467200");
            assertThat(tree.get("terceros")).isEqualTo(BuzonJson.mapper().valueToTree(e.terceros));
            assertThat(tree.get("terceros").get("ultimoMovimientoEl").textValue()).isEqualTo("2026-03-02T16:00:00.500Z");
            Expediente back = mapper.readValue(tree.toString(), Expediente.class);
            assertThat(back.terceros).isEqualTo(e.terceros);
            assertThat(back.abierto).isEqualTo(e.abierto);
        }
    }

    @Test
    void hostMapperSettings_areLeftAsTheHostSetThem() throws Exception {
        String duplicated = "{\"empresa\":\"A\",\"empresa\":\"B\"}";
        ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeLike());
        for (ObjectMapper mapper : withBuzonModule(new JavaTimeLike())) {
            // The host's lenient reading of its own data stays (last value wins), for trees and objects alike.
            assertThat(mapper.readTree(duplicated)).isEqualTo(host.readTree(duplicated));
            assertThat(mapper.readValue(duplicated, Nomina.class).empresa).isEqualTo("B");
            assertThat(mapper.getDeserializationConfig().getDeserializationFeatures())
                    .isEqualTo(host.getDeserializationConfig().getDeserializationFeatures());
            assertThat(mapper.getSerializationConfig().getSerializationFeatures())
                    .isEqualTo(host.getSerializationConfig().getSerializationFeatures());
            assertThat(mapper.getFactory().getParserFeatures()).isEqualTo(host.getFactory().getParserFeatures());
        }
    }

    @Test
    void sdkStateInsideAHostObject_onALenientHostMapper_duplicateKeyRefusedWithItsCode() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeLike()).registerModule(new BuzonModule());
        String terceros = BuzonJson.mapper().writeValueAsString(TercerosAutorizados.ninguno(EKU_CDMX));
        String twice = terceros.replace("\"particular\":{\"rfc\":\"EKU9003173C9\"",
                "\"particular\":{\"rfc\":\"EKU9003173C9\",\"rfc\":\"GODE561231GR8\"");
        assertThat(twice).isNotEqualTo(terceros);
        String json = "{\"abierto\":\"02/03/2026\",\"terceros\":" + twice + "}";
        assertThatThrownBy(() -> mapper.readValue(json, Expediente.class)).isInstanceOfSatisfying(
                BuzonJsonException.class, x -> {
                    assertThat(x.errorCode()).isEqualTo(JsonErrorCode.JSON_CLAVE_DUPLICADA);
                    assertThat(x.getOriginalMessage()).contains("«rfc»").contains("/terceros/particular");
                    assertThat(x.getMessage()).contains("terceros");
                });
    }

    /** Jackson's JavaTimeModule in miniature: ISO arrays and epoch seconds by default, {@code @JsonFormat} wins. */
    static final class JavaTimeLike extends SimpleModule {
        private static final long serialVersionUID = 1L;

        JavaTimeLike() {
            super("JavaTimeLike");
            addSerializer(LocalDate.class, new Writer<>(LocalDate.class, null));
            addSerializer(Instant.class, new Writer<>(Instant.class, null));
            addDeserializer(LocalDate.class, new Reader<>(LocalDate.class, null));
            addDeserializer(Instant.class, new Reader<>(Instant.class, null));
        }

        static DateTimeFormatter formatter(JsonFormat.Value f) {
            if (f == null || !f.hasPattern()) {
                return null;
            }
            DateTimeFormatter p = DateTimeFormatter.ofPattern(f.getPattern(), Locale.ROOT);
            return f.hasTimeZone() ? p.withZone(f.getTimeZone().toZoneId()) : p;
        }
    }

    static final class Writer<T> extends StdSerializer<T> implements ContextualSerializer {
        private static final long serialVersionUID = 1L;
        private final transient DateTimeFormatter pattern;

        Writer(Class<T> type, DateTimeFormatter pattern) {
            super(type);
            this.pattern = pattern;
        }

        @Override
        public JsonSerializer<?> createContextual(SerializerProvider prov, BeanProperty property) {
            DateTimeFormatter f = JavaTimeLike.formatter(findFormatOverrides(prov, property, handledType()));
            return f == null ? this : new Writer<>(handledType(), f);
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            if (pattern != null) {
                g.writeString(pattern.format((java.time.temporal.TemporalAccessor) value));
            } else if (value instanceof LocalDate d) {
                g.writeArray(new int[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()}, 0, 3);
            } else {
                Instant i = (Instant) value;
                g.writeNumber(new BigDecimal(i.getEpochSecond() + "." + String.format(Locale.ROOT, "%09d",
                        i.getNano())));
            }
        }
    }

    static final class Reader<T> extends StdDeserializer<T> implements ContextualDeserializer {
        private static final long serialVersionUID = 1L;
        private final transient DateTimeFormatter pattern;

        Reader(Class<T> type, DateTimeFormatter pattern) {
            super(type);
            this.pattern = pattern;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            DateTimeFormatter f = JavaTimeLike.formatter(findFormatOverrides(ctxt, property, handledType()));
            @SuppressWarnings("unchecked")
            Class<T> type = (Class<T>) handledType();
            return f == null ? this : new Reader<>(type, f);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Object v;
            if (p.currentToken() == JsonToken.START_ARRAY) {
                int[] ymd = ctxt.readValue(p, int[].class);
                v = LocalDate.of(ymd[0], ymd[1], ymd[2]);
            } else if (p.currentToken().isNumeric()) {
                BigDecimal seconds = p.getDecimalValue();
                v = Instant.ofEpochSecond(seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9)
                        .longValue());
            } else if (handledType() == LocalDate.class) {
                v = LocalDate.parse(p.getText(), pattern == null ? DateTimeFormatter.ISO_LOCAL_DATE : pattern);
            } else {
                v = pattern == null ? Instant.parse(p.getText()) : Instant.from(pattern.parse(p.getText()));
            }
            return (T) handledType().cast(v);
        }
    }
}
