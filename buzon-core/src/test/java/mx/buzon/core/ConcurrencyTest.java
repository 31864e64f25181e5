package mx.buzon.core;

import static mx.buzon.testing.SameUnderLoad.assertSameUnderLoad;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseGenerators;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.evidence.ZipInspector;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.testing.SameUnderLoad.Task;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: many threads parsing identifiers and cadenas, reading and writing JSON with ONE shared
 * {@link ObjectMapper}, inspecting ZIP evidence from shared byte arrays and stepping ONE shared workflow get
 * exactly the results of a sequential run, refusals (exceptions and findings) included.
 */
class ConcurrencyTest {

    private static final long SEED = 8_2026_1122L;
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BuzonModule());

    @Test
    void identifiersAndCadenas_sharedOnEightThreads_sameValuesAndFindingsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.identifiersAndCadenas seed " + SEED);
        SplittableRandom random = new SplittableRandom(SEED);
        CadenaSchema schema = CadenaSchema.of("PRUEBA", CadenaField.required("VERSION"), CadenaField.required("FOLIO"),
                CadenaField.required("RFC"), CadenaField.optional("DESCRIPCION"));
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            String rfc = (random.nextBoolean() ? IdentifierGenerators.rfcFisica(random)
                    : IdentifierGenerators.rfcMoral(random)).toString();
            String curp = IdentifierGenerators.curp(random).toString();
            String nss = IdentifierGenerators.nss(random).toString();
            String registro = IdentifierGenerators.registroPatronal(random).toString();
            String typo = mutate(random, rfc);
            String curpTypo = mutate(random, curp);
            tasks.add(new Task("rfc " + rfc, () -> List.of(Rfc.parse(rfc), Rfc.validate(rfc, CheckDigitMode.STRICT))));
            tasks.add(new Task("rfc typo " + typo, () -> List.of(Rfc.validate(typo, CheckDigitMode.STRICT),
                    Rfc.validate(" " + typo.toLowerCase(java.util.Locale.ROOT), CheckDigitMode.LENIENT))));
            tasks.add(new Task("rfc parse typo " + typo, () -> Rfc.parse(typo)));
            tasks.add(new Task("curp " + curp, () -> List.of(Curp.parse(curp), Curp.validate(curpTypo,
                    CheckDigitMode.STRICT))));
            tasks.add(new Task("nss and registro " + nss + " " + registro, () -> List.of(Nss.parse(nss),
                    Nss.validate(mutate(new SplittableRandom(nss.hashCode()), nss), CheckDigitMode.STRICT),
                    RegistroPatronal.validate(registro, CheckDigitMode.STRICT))));
            Map<String, String> values = new LinkedHashMap<>();
            values.put("VERSION", "1.0");
            values.put("FOLIO", IdentifierGenerators.folio(random).toString());
            values.put("RFC", rfc);
            if (random.nextBoolean()) {
                values.put("DESCRIPCION", "Aclaración | con \\ barra: ñandú  " + n);
            }
            String cadena = CadenaOriginal.of(schema, values).toString();
            String broken = cadena.substring(0, random.nextInt(cadena.length()));
            tasks.add(new Task("cadena " + n, () -> {
                CadenaOriginal built = CadenaOriginal.of(schema, values);
                CadenaOriginal parsed = CadenaOriginal.parse(built.toString(), schema);
                return new Object[] {built.toString(), built.bytes(), parsed.fields(), parsed.equals(built),
                    Sha256.digestUtf8(built.toString()).toString()};
            }));
            tasks.add(new Task("cadena broken " + n, () -> CadenaOriginal.parse(broken, schema)));
            tasks.add(new Task("cadena isValid " + n, () -> List.of(CadenaOriginal.isValid(cadena),
                    CadenaOriginal.isValid(broken))));
        }
        assertSameUnderLoad(SEED, tasks);
    }

    @Test
    void json_sharedObjectMapperOnEightThreads_sameTextAndValuesAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.json seed " + (SEED + 1));
        SplittableRandom random = new SplittableRandom(SEED + 1);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            Acuse acuse = AcuseGenerators.acuse(random);
            Particular particular = AcuseGenerators.particular(random);
            String json = MAPPER.writeValueAsString(acuse);
            String tampered = json.replaceFirst("\"folio\":\"", "\"folio\":\"X");
            tasks.add(new Task("write acuse " + n, () -> MAPPER.writeValueAsString(acuse)));
            tasks.add(new Task("read acuse " + n, () -> {
                Acuse back = MAPPER.readValue(json, Acuse.class);
                return List.of(back, back.cadenaOriginal().toString(), MAPPER.writeValueAsString(back));
            }));
            tasks.add(new Task("read tampered acuse " + n, () -> MAPPER.readValue(tampered, Acuse.class)));
            tasks.add(new Task("particular " + n, () -> {
                String text = MAPPER.writeValueAsString(particular);
                return List.of(text, MAPPER.readValue(text, Particular.class));
            }));
        }
        assertSameUnderLoad(SEED + 1, tasks);
    }

    @Test
    void zipInspector_sharedBytesOnEightThreads_sameInspectionsAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.zipInspector seed " + (SEED + 2));
        SplittableRandom random = new SplittableRandom(SEED + 2);
        List<Task> tasks = new ArrayList<>();
        for (int n = 0; n < 60; n++) {
            byte[] zip = zip(random, n % 7 == 0 ? "../fuera.txt" : "evidencia/doc" + n + ".txt",
                    n % 5 == 0 ? "evidencia/DOC" + n + ".TXT" : "otra/doc" + n + ".pdf");
            byte[] truncated = Arrays.copyOf(zip, random.nextInt(zip.length));
            byte[] flipped = zip.clone();
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
            tasks.add(new Task("zip " + n, () -> ZipInspector.inspect(zip)));
            tasks.add(new Task("zip truncated " + n, () -> ZipInspector.inspect(truncated)));
            tasks.add(new Task("zip flipped " + n, () -> ZipInspector.inspect(flipped)));
        }
        tasks.add(new Task("empty", () -> ZipInspector.inspect(new byte[0])));
        tasks.add(new Task("pdf", () -> ZipInspector.inspect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));
        assertSameUnderLoad(SEED + 2, tasks);
    }

    @Test
    void notificacionWorkflow_sharedWorkflowOnEightThreads_sameOutcomesAndAcusesAsSequential() throws Exception {
        System.out.println("ConcurrencyTest.notificacionWorkflow seed " + (SEED + 3));
        SplittableRandom random = new SplittableRandom(SEED + 3);
        // A constant folio sequence: a counter would make the folios depend on the order of the calls.
        NotificacionWorkflow workflow = NotificacionWorkflow.of(BuzonPlazos.of(ReferenceCalendars.imss()),
                PostalCodeZones.reference(), (prefix, date) -> 42L, AnunciosImss.NINGUNO);
        ActoNotificable[] actos = ActoNotificable.values();
        List<Task> tasks = new ArrayList<>();
        Instant from = Instant.parse("2025-01-06T15:00:00Z");
        for (int n = 0; n < 60; n++) {
            Particular particular = AcuseGenerators.particular(random);
            ActoNotificable acto = actos[random.nextInt(actos.length)];
            Sha256 documento = Sha256.digestUtf8("Oficio " + n);
            Instant avisoEl = from.plusSeconds(random.nextLong(600L * 86_400));
            Instant despues = avisoEl.plusSeconds(random.nextLong(12L * 86_400));
            NumeroCertificado noCertificado = NumeroCertificado.parse("3000100000050000" + (1000 + random.nextInt(9000)));
            AvisoNotificacion aviso = new AvisoNotificacion(particular, acto, documento, Optional.of("Oficio " + n));
            tasks.add(new Task("notificacion " + n, () -> {
                var enviada = workflow.enviarAviso(aviso, avisoEl);
                if (!enviada.isAccepted()) {
                    return List.of(enviada);
                }
                Notificacion pendiente = enviada.stateOrThrow();
                var abierta = workflow.abrir(pendiente, noCertificado, despues);
                var tenida = workflow.tenerPorNotificada(pendiente, despues);
                return List.of(enviada, abierta, tenida, abierta.isAccepted()
                        ? workflow.vencimiento(abierta.stateOrThrow(), PlazoLegal.RECURSO_INCONFORMIDAD_PATRON)
                        : Optional.empty());
            }));
        }
        assertSameUnderLoad(SEED + 3, tasks);
    }

    private static String mutate(SplittableRandom random, String text) {
        int at = random.nextInt(text.length());
        char c = text.charAt(at);
        char other = Character.isDigit(c) ? (char) ('0' + (c - '0' + 1 + random.nextInt(9)) % 10)
                : (char) ('A' + (c - 'A' + 1 + random.nextInt(25)) % 26);
        return text.substring(0, at) + other + text.substring(at + 1);
    }

    private static byte[] zip(SplittableRandom random, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : names) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(1_767_225_600_000L); // fixed, so the bytes do not depend on the clock
                out.putNextEntry(entry);
                byte[] content = new byte[random.nextInt(4000)];
                for (int i = 0; i < content.length; i++) {
                    content[i] = (byte) ('a' + random.nextInt(random.nextBoolean() ? 3 : 26));
                }
                out.write(content);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
