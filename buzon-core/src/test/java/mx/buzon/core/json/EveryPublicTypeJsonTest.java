package mx.buzon.core.json;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseGenerators;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.cadena.CadenaSchema;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.contacto.CorreoElectronico;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.evidence.ZipEntryInfo;
import mx.buzon.core.evidence.ZipInspection;
import mx.buzon.core.evidence.ZipInspector;
import mx.buzon.core.evidence.ZipLimits;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.IdentifierValidation;
import mx.buzon.core.id.InvalidIdentifierException;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.BuzonRepository;
import mx.buzon.core.medios.BuzonService;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.CodigoSender;
import mx.buzon.core.medios.CodigoValidacion;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.Habilitacion;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MedioContacto;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.money.Accesorios;
import mx.buzon.core.money.Actualizacion;
import mx.buzon.core.money.FactorActualizacion;
import mx.buzon.core.money.Inpc;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.money.Recargos;
import mx.buzon.core.money.TasaRecargos;
import mx.buzon.core.money.Uma;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.EstatusPromocion;
import mx.buzon.core.promocion.Evidencia;
import mx.buzon.core.promocion.FiltroTablero;
import mx.buzon.core.promocion.Movimiento;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionRepository;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.AutorizacionTercero;
import mx.buzon.core.servicios32d.OpinionCumplimiento;
import mx.buzon.core.servicios32d.SentidoOpinion;
import mx.buzon.core.servicios32d.Servicios32DWorkflow;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import mx.buzon.core.testing.InMemoryBuzonRepository;
import mx.buzon.core.testing.InMemoryCodigoSender;
import mx.buzon.core.testing.InMemoryPromocionRepository;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.ErrorCode;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 5: EVERY public type of the exported domain packages either round-trips under {@link BuzonModule}
 * (write → read → equal, and write(read(json)) == json) or is on {@link #EXCLUDED} with its reason. The list of
 * types is read from the compiled classes on disk, so a new public type fails this test until it is handled.
 */
class EveryPublicTypeJsonTest {

    static final long SEED = 20_260_302L;
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BuzonModule());
    static final List<String> EXPORTED = List.of("mx.buzon.problem", "mx.buzon.core.id", "mx.buzon.core.cadena",
            "mx.buzon.core.money", "mx.buzon.core.evidence", "mx.buzon.core.catalog", "mx.buzon.core.acuse",
            "mx.buzon.core.workflow", "mx.buzon.core.promocion", "mx.buzon.core.notificacion",
            "mx.buzon.core.servicios32d", "mx.buzon.core.medios", "mx.buzon.core.contacto",
            "mx.buzon.core.testing", "mx.buzon.core.json");

    /** Types with no round trip, and why (documented in docs/readme-domain.md, JSON section). */
    static final Map<Class<?>, String> EXCLUDED = excluded();

    private static Map<Class<?>, String> excluded() {
        Map<Class<?>, String> x = new LinkedHashMap<>();
        String port = "interface the host implements (a port), not data";
        String behaviour = "service with behaviour only, no state to persist";
        String utility = "static utility or constants holder, never instantiated";
        String secret = "holds the 5-digit validation code, a secret: writing and reading refuse (tested below)";
        x.put(BuzonModule.class, "the Jackson module itself (configuration, not data)");
        x.put(BuzonJson.class, utility);
        x.put(BuzonJsonException.class, "exception: its code is a JsonErrorCode, an enum that round-trips");
        x.put(ErrorCode.class, "interface of the error-code enums; each enum round-trips by its constant name");
        x.put(BuzonException.class, "exception: its code is an enum that round-trips; stack traces are not data");
        x.put(InvalidIdentifierException.class, "exception: its code is an enum that round-trips");
        x.put(AcuseGenerators.class, "seeded test-data generator (" + utility + ")");
        x.put(IdentifierGenerators.class, "seeded test-data generator (" + utility + ")");
        x.put(CampoAcuse.class, utility);
        x.put(Mxn.class, utility);
        x.put(Actualizacion.class, utility);
        x.put(Recargos.class, utility);
        x.put(CadenaOriginal.Builder.class, "mutable builder; the CadenaOriginal it builds round-trips");
        x.put(CadenaSchema.Builder.class, "mutable builder; the CadenaSchema it builds round-trips");
        x.put(IdentifierValidation.class, "written as {\"valido\",\"valor\"?,\"hallazgos\"} but never read: it has no"
                + " public constructor outside mx.buzon.core.id; validate the text again (tested below)");
        x.put(AnunciosImss.class, port);
        x.put(FolioSequence.class, port);
        x.put(Inpc.class, port);
        x.put(mx.buzon.core.money.FactorCalculado.class, "a computed result (factor, INPC months used, findings): not"
                + " stored, recomputed from the host's series; its FactorActualizacion and Findings round-trip");
        x.put(TasaRecargos.class, port);
        x.put(BuzonRepository.class, port);
        x.put(CodigoSender.class, port);
        x.put(PromocionRepository.class, port);
        x.put(InMemoryBuzonRepository.class, "in-memory adapter of a port (" + behaviour + ")");
        x.put(InMemoryCodigoSender.class, "in-memory adapter of a port (" + behaviour + ")");
        x.put(InMemoryPromocionRepository.class, "in-memory adapter of a port (" + behaviour + ")");
        x.put(ZipInspector.class, behaviour);
        x.put(BuzonService.class, behaviour);
        x.put(PromocionWorkflow.class, behaviour);
        x.put(NotificacionWorkflow.class, behaviour);
        x.put(Servicios32DWorkflow.class, behaviour);
        x.put(MediosContactoWorkflow.class, behaviour);
        x.put(CodigoValidacion.class, secret);
        x.put(ClaveCodigos.class, secret);
        x.put(InMemoryCodigoSender.Envio.class, secret);
        x.put(Registro.class, secret + "; its outcome() round-trips");
        return x;
    }

    /** Samples per type, filled once; the enumeration test checks that every public type is here or excluded. */
    static final Map<Class<?>, List<?>> SAMPLES = new LinkedHashMap<>();
    /** How to read a generic type back. */
    static final Map<Class<?>, JavaType> READ_AS = new LinkedHashMap<>();

    static CodigoValidacion codigoEnviado;
    static Registro registroConCodigo;

    static <T> void sample(Class<T> type, List<? extends T> values) {
        SAMPLES.computeIfAbsent(type, t -> new ArrayList<>());
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) SAMPLES.get(type);
        list.addAll(values);
    }

    @SafeVarargs
    static <T> void sample(Class<T> type, T... values) {
        List<T> list = new ArrayList<>();
        for (T v : values) {
            list.add(v);
        }
        sample(type, list);
    }

    @BeforeAll
    static void samples() {
        if (!SAMPLES.isEmpty()) {
            return;   // already drawn in this JVM (JsonFuzzTest draws them too): draw once, never append twice
        }
        SplittableRandom random = new SplittableRandom(SEED);
        for (Class<?> c : classesOnDisk()) {
            if (c.isEnum()) {
                SAMPLES.put(c, Arrays.asList(c.getEnumConstants()));   // enums round-trip by constant name
            }
        }
        Finding warning = Finding.of("RFC_DIGITO_VERIFICADOR", Severity.WARNING, "El dígito ...", "X");
        sample(Finding.class, warning, Finding.of("X", Severity.ERROR, "m"));
        List<Acuse> acuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            acuses.add(AcuseGenerators.acuse(random));
            sample(Particular.class, AcuseGenerators.particular(random));
            sample(DatosParticular.class, AcuseGenerators.datos(random));
            sample(Rfc.class, IdentifierGenerators.rfcFisica(random), IdentifierGenerators.rfcMoral(random));
            sample(Curp.class, IdentifierGenerators.curp(random));
            sample(Nss.class, IdentifierGenerators.nss(random));
            sample(RegistroPatronal.class, IdentifierGenerators.registroPatronal(random));
            sample(Folio.class, IdentifierGenerators.folio(random));
            sample(NumeroCertificado.class, IdentifierGenerators.numeroCertificado(random),
                    NumeroCertificado.of(java.math.BigInteger.valueOf(0x1234)));
        }
        sample(Acuse.class, acuses);
        sample(Acuse.class, acuses.get(0).withSello("AAECAwQFBgcICQ=="));
        sample(VerificacionUrl.class, VerificacionUrl.of("verifica.example.mx", "/acuse"),
                VerificacionUrl.of("imss.example.mx:8443", "").withParameterNames("f", "re", "fe"));
        sample(CadenaOriginal.class, acuses.stream().map(Acuse::cadenaOriginal).toList());
        sample(CadenaOriginal.class, CadenaOriginal.parse("||Folio:BI-20250203-100717151|Nombre:A\\|B \\\\ Ñ||"));
        for (mx.buzon.core.acuse.AcuseTipo t : mx.buzon.core.acuse.AcuseTipo.values()) {
            sample(CadenaSchema.class, t.schema());
            sample(CadenaField.class, t.schema().fields());
        }
        sample(Sha256.class, Sha256.digestUtf8(""), Sha256.digestUtf8("abc"));
        ZipEntryInfo entry = new ZipEntryInfo("a/b.pdf", 10, 20, 8, false, false, 0xFFFFFFFFL);
        sample(ZipEntryInfo.class, entry);
        sample(ZipInspection.class, new ZipInspection(Sha256.digestUtf8(""), 22, List.of(entry), List.of(warning)));
        sample(ZipLimits.class, ZipLimits.EVIDENCIA_ACLARACION);
        FactorActualizacion factor = new FactorActualizacion(new BigDecimal("1.0345"));
        sample(FactorActualizacion.class, factor);
        sample(Accesorios.class, new Accesorios(Mxn.of("1000.00"), factor, Mxn.of("34.50"), 3,
                new BigDecimal("0.0441"), Mxn.of("45.62")));
        sample(Uma.class, Uma.UMA_2026);
        workflows();
        medios();
    }

    private static void workflows() {
        AtomicLong counter = new AtomicLong(1);
        FolioSequence folios = (p, d) -> counter.getAndIncrement();
        PromocionWorkflow promociones = PromocionWorkflow.of(PLAZOS, ZONAS, folios);
        ArchivoEvidencia zip = ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip());
        SolicitudPromocion solicitud = SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                "Descripción con \"comillas\", | barras y ñ\n", "55 1234 5678", zip);
        Outcome<Promocion> presentada = promociones.presentar(solicitud, NO_CERTIFICADO_EKU,
                centro("2026-03-07T10:00"));
        Promocion recibida = presentada.stateOrThrow();
        Promocion atendida = promociones.responder(recibida, "respuesta", centro("2026-03-11T10:00")).stateOrThrow();
        Outcome<Promocion> rechazada = promociones.presentar(SolicitudPromocion.aclaracion(EKU_CDMX,
                AsuntoPromocion.ICSOE, "x", "123", ArchivoEvidencia.inspect("e.zip", new byte[] {'%', 'P', 'D', 'F'})),
                NO_CERTIFICADO_EKU, centro("2026-03-02T10:00"));
        sample(SolicitudPromocion.class, solicitud);
        sample(ArchivoEvidencia.class, zip);
        sample(Evidencia.class, recibida.evidencia().orElseThrow());
        sample(Promocion.class, recibida, atendida);
        sample(Movimiento.class, atendida.historial());
        sample(FiltroTablero.class, FiltroTablero.TODAS, FiltroTablero.TODAS.conEstatus(EstatusPromocion.CANALIZADA)
                .recibidasEntre(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));
        sample(Rejection.class, rechazada.rejection().orElseThrow());
        sample(Outcome.class, presentada, rechazada, Outcome.unchanged(recibida));
        sample(Outcome.Accepted.class, (Outcome.Accepted<?>) presentada,
                (Outcome.Accepted<?>) Outcome.unchanged(atendida));
        Outcome<Promocion> yaAtendida = promociones.responder(atendida, "otra", centro("2026-03-12T10:00"));
        sample(Rejection.class, yaAtendida.rejection().orElseThrow());
        sample(Outcome.Rejected.class, (Outcome.Rejected<?>) rechazada, (Outcome.Rejected<?>) yaAtendida);
        READ_AS.put(Outcome.class, BuzonModule.outcomeType(Promocion.class));
        READ_AS.put(Outcome.Rejected.class,
                TypeFactory.defaultInstance().constructParametricType(Outcome.Rejected.class, Promocion.class));
        READ_AS.put(Outcome.Accepted.class,
                TypeFactory.defaultInstance().constructParametricType(Outcome.Accepted.class, Promocion.class));

        NotificacionWorkflow notificaciones = NotificacionWorkflow.of(PLAZOS, ZONAS, folios, AnunciosImss.NINGUNO);
        AvisoNotificacion aviso = new AvisoNotificacion(EKU_CDMX, ActoNotificable.RESOLUCION_PRIMA_MEDIA_ART_72,
                Sha256.digestUtf8("doc"), Optional.of("Oficio 1"));
        Notificacion enviada = notificaciones.enviarAviso(aviso, centro("2026-03-02T10:00")).stateOrThrow();
        sample(AvisoNotificacion.class, aviso);
        sample(Notificacion.class, enviada, notificaciones.abrir(enviada, NO_CERTIFICADO_EKU,
                centro("2026-03-03T10:00")).stateOrThrow());

        Servicios32DWorkflow servicios = Servicios32DWorkflow.of(ZONAS, folios);
        TercerosAutorizados terceros = servicios.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX),
                Rfc.parse("COSC8001137NA"), NO_CERTIFICADO_EKU, centro("2026-03-02T10:00")).stateOrThrow();
        sample(TercerosAutorizados.class, TercerosAutorizados.ninguno(EKU_CDMX), terceros);
        sample(AutorizacionTercero.class, terceros.vigentes());
        AutorizacionOpinionPublica publica = AutorizacionOpinionPublica.noAutorizada(EKU_CDMX);
        sample(AutorizacionOpinionPublica.class, publica, servicios.autorizarOpinionPublica(publica,
                NO_CERTIFICADO_EKU, centro("2026-03-02T10:00")).stateOrThrow());
        sample(OpinionCumplimiento.class, new OpinionCumplimiento(Folio.parse("BI-20260302-000000099"),
                EKU_CDMX.rfc(), SentidoOpinion.POSITIVA, centro("2026-03-02T23:59:59")));
    }

    /** The guide's activation flow: every medios state and outcome along the way. */
    private static void medios() {
        Particular erika = Particular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ",
                List.of(RegistroPatronal.parse("A6815930107")), "22000");
        MediosContactoWorkflow workflow = MediosContactoWorkflow.of(PostalCodeZones.reference(),
                FolioSequence.inMemoryCounter(100_717_151L), new SplittableRandom(SEED),
                mx.buzon.core.medios.ClaveCodigos.of(new byte[32]));
        InMemoryCodigoSender envios = new InMemoryCodigoSender();
        BuzonService buzon = new BuzonService(new InMemoryBuzonRepository(), envios, workflow);
        Instant t = Instant.parse("2025-02-03T16:07:17Z");
        registroConCodigo = buzon.registrar(erika, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(), t);
        Folio folio = registroConCodigo.medio().orElseThrow().folioRegistro();
        codigoEnviado = envios.ultimoCodigo(folio).orElseThrow();
        Outcome<EstadoBuzon> validado = buzon.validar(erika, folio, codigoEnviado.digitos(), t.plusSeconds(120));
        Registro movil = buzon.registrar(erika, Mecanismo.TELEFONO_MOVIL, "55 1234 5678", Ambito.rfc(),
                t.plusSeconds(180));
        Folio folioMovil = movil.medio().orElseThrow().folioRegistro();
        buzon.validar(erika, folioMovil, envios.ultimoCodigo(folioMovil).orElseThrow().digitos(), t.plusSeconds(240));
        Acuse paraFirmar = buzon.acuseParaFirmar(erika, NumeroCertificado.parse("30001000000500003416"), t.plusSeconds(300));
        Outcome<EstadoBuzon> activado = buzon.firmarTerminos(erika, paraFirmar, "c2VsbG8gZGUgcHJ1ZWJh", erika.rfc(),
                NumeroCertificado.parse("30001000000500003416"), t.plusSeconds(305));
        Outcome<EstadoBuzon> rechazado = buzon.validar(erika, folioMovil, "12345", t.plus(Duration.ofHours(72)));
        Outcome<EstadoBuzon> eliminado = buzon.eliminar(erika, folio, t.plusSeconds(400));

        for (Outcome<EstadoBuzon> o : List.of(registroConCodigo.outcome(), validado, movil.outcome(), activado,
                rechazado, eliminado)) {
            EstadoBuzon e = o.stateToStore().orElseThrow();
            sample(EstadoBuzon.class, e);
            sample(MedioContacto.class, e.medios());
            e.habilitacion().ifPresent(h -> sample(Habilitacion.class, h));
            o.rejection().ifPresent(r -> sample(Rejection.class, r));
        }
        sample(Ambito.class, Ambito.rfc(), Ambito.parse("A6815930107"));
        sample(Telefono.class, Telefono.parse("5512345678"), Telefono.parse("(33) 1234-5678"));
        sample(CorreoElectronico.class, CorreoElectronico.parse(" Erika.Gomez@Example.COM "),
                CorreoElectronico.parse("a+b@imss.gob.mx"));
    }

    /**
     * Every public top-level and nested type of the exported packages, from target/classes (the shared problem
     * vocabulary, {@code mx.buzon.problem}, from buzon-calendar's, whose JSON this module's mapper writes).
     */
    static List<Class<?>> classesOnDisk() {
        List<Class<?>> out = new ArrayList<>();
        for (String pkg : EXPORTED) {
            Path root = Path.of(pkg.startsWith("mx.buzon.problem") ? "../buzon-calendar/target/classes" : "target/classes");
            Path dir = root.resolve(pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".class") || name.equals("package-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg + "." + name.substring(0, name.length() - ".class".length()));
                    if (isPublicApi(c)) {
                        out.add(c);
                    }
                }
            } catch (IOException | ClassNotFoundException e) {
                throw new AssertionError("cannot scan " + dir, e);
            }
        }
        return out;
    }

    private static boolean isPublicApi(Class<?> c) {
        if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void everyPublicType_isSampledOrExcludedWithAReason() {
        List<Class<?>> onDisk = classesOnDisk();
        assertThat(onDisk).as("the scan found the packages").hasSizeGreaterThan(90);
        TreeSet<String> unhandled = onDisk.stream().filter(c -> !SAMPLES.containsKey(c) && !EXCLUDED.containsKey(c))
                .map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(unhandled).as("public types with neither a sample nor an exclusion").isEmpty();
        assertThat(EXCLUDED.keySet()).as("an exclusion is not also sampled").doesNotContainAnyElementsOf(
                SAMPLES.keySet());
        assertThat(onDisk).as("no stale exclusion").containsAll(EXCLUDED.keySet());
        EXCLUDED.values().forEach(reason -> assertThat(reason).isNotBlank());
        SAMPLES.forEach((type, values) -> assertThat(values).as(type.getName()).isNotEmpty());
    }

    @Test
    void everySample_roundTrips() throws Exception {
        int count = 0;
        for (Map.Entry<Class<?>, List<?>> e : SAMPLES.entrySet()) {
            JavaType readAs = READ_AS.getOrDefault(e.getKey(), MAPPER.constructType(e.getKey()));
            for (Object value : e.getValue()) {
                String json = MAPPER.writeValueAsString(value);
                Object back = MAPPER.readValue(json, readAs);
                String why = "seed " + SEED + ", " + e.getKey().getName() + ", json " + json;
                if (value instanceof VerificacionUrl) {
                    // VerificacionUrl has identity equality; its toString shows every part.
                    assertThat(back).as(why).hasToString(value.toString());
                } else {
                    assertThat(back).as(why).isEqualTo(value);
                }
                assertThat(e.getKey().isInstance(back)).as(why).isTrue();
                assertThat(MAPPER.writeValueAsString(back)).as(why).isEqualTo(json);
                count++;
            }
        }
        assertThat(count).isGreaterThan(500);
    }

    @Test
    void dataEnums_roundTripByConstantName() throws Exception {
        assertThat(MAPPER.writeValueAsString(EstatusPromocion.EN_PRORROGA)).isEqualTo("\"EN_PRORROGA\"");
        assertThat(MAPPER.writeValueAsString(Habilitacion.Origen.values()[0]))
                .isEqualTo("\"" + Habilitacion.Origen.values()[0].name() + "\"");
        assertThatThrownBy(() -> MAPPER.readValue("\"en_prorroga\"", EstatusPromocion.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("EstatusPromocion");
    }

    @Test
    void secrets_refuseToBeWrittenOrRead_namingTheSecret() {
        assertThatThrownBy(() -> MAPPER.writeValueAsString(codigoEnviado)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("CodigoValidacion has no JSON form").hasMessageNotContaining(
                        codigoEnviado.digitos());
        assertThatThrownBy(() -> MAPPER.writeValueAsString(new InMemoryCodigoSender.Envio(
                Folio.parse("BI-20250203-100717151"), "erika@example.com", codigoEnviado, Instant.EPOCH)))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Envio has no JSON form");
        assertThatThrownBy(() -> MAPPER.writeValueAsString(registroConCodigo))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Registro has no JSON form")
                .hasMessageContaining("registro.outcome()").hasMessageNotContaining(codigoEnviado.digitos());
        assertThatThrownBy(() -> MAPPER.readValue("{}", Registro.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Registro");
        assertThatThrownBy(() -> MAPPER.readValue("\"12345\"", CodigoValidacion.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("CodigoValidacion");
        // The state written after a registration holds only the keyed HMAC of the code, never the digits.
        assertThat(MAPPER.valueToTree(registroConCodigo.outcome()).toString())
                .doesNotContain("\"" + codigoEnviado.digitos() + "\"").contains("codigoDigest");
    }

    @Test
    void identifierValidation_isWrittenButNotRead() throws Exception {
        IdentifierValidation<Rfc> ok = Rfc.validate("GODE561231GR8", CheckDigitMode.STRICT);
        assertThat(MAPPER.writeValueAsString(ok)).isEqualTo("{\"valido\":true,\"valor\":\"GODE561231GR8\","
                + "\"hallazgos\":[]}");
        String bad = MAPPER.writeValueAsString(Rfc.validate("GODE561231", CheckDigitMode.STRICT));
        assertThat(bad).startsWith("{\"valido\":false,\"hallazgos\":[{\"codigo\":\"");
        assertThatThrownBy(() -> MAPPER.readValue(bad, IdentifierValidation.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("validate");
    }

    @Test
    void outcome_readWithItsStateType_orRefusedNamingOutcomeType() throws Exception {
        @SuppressWarnings("unchecked")
        Outcome<Promocion> accepted = (Outcome<Promocion>) SAMPLES.get(Outcome.class).get(0);
        String json = MAPPER.writeValueAsString(accepted);
        assertThat(json).startsWith("{\"tipo\":\"Accepted\",\"state\":{\"formato\":\"mx.buzon.promocion/1\",\"folio\":");
        assertThat(MAPPER.readValue(json, new TypeReference<Outcome<Promocion>>() { })).isEqualTo(accepted);
        assertThatThrownBy(() -> MAPPER.readValue(json, Outcome.class)).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("BuzonModule.outcomeType");
        Outcome<?> rejected = SAMPLES.get(Outcome.class).stream().map(Outcome.class::cast)
                .filter(o -> !o.isAccepted()).findFirst().orElseThrow();
        String rejectedJson = MAPPER.writeValueAsString(rejected);
        assertThat(rejectedJson).startsWith("{\"tipo\":\"Rejected\",\"reason\":{\"codigo\":\"");
        assertThat(MAPPER.readValue(rejectedJson, Outcome.class)).isEqualTo(rejected);
        // A rejection with a state to store writes it, and needs the state's type to be read, like an acceptance.
        Outcome<?> withState = SAMPLES.get(Outcome.Rejected.class).stream().map(Outcome.class::cast)
                .filter(o -> o.stateToStore().isPresent()).findFirst().orElseThrow();
        String withStateJson = MAPPER.writeValueAsString(withState);
        assertThat(withStateJson).startsWith("{\"tipo\":\"Rejected\",\"state\":{\"formato\":\"mx.buzon.promocion/1\",\"folio\":");
        Object readBack = MAPPER.readValue(withStateJson, BuzonModule.outcomeType(Promocion.class));
        assertThat(readBack).isEqualTo(withState);
        assertThatThrownBy(() -> MAPPER.readValue(withStateJson, Outcome.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("BuzonModule.outcomeType");
        assertThatThrownBy(() -> MAPPER.readValue(rejectedJson, Outcome.Accepted.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("Accepted was requested");
        String badFolio = json.replaceFirst("\"folio\":\"BI-[0-9-]+\"", "\"folio\":\"BI-2026\"");
        assertThatThrownBy(() -> MAPPER.readValue(badFolio,
                BuzonModule.outcomeType(Promocion.class))).isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("\"state\"").hasMessageContaining("\"folio\"");
    }

    @Test
    void invalidJson_failsNamingTheField() throws Exception {
        JavaType outcomeBuzon = BuzonModule.outcomeType(EstadoBuzon.class);
        ObjectNode outcome = MAPPER.valueToTree(registroConCodigo.outcome());
        ObjectNode missing = outcome.deepCopy();
        ((ObjectNode) missing.get("state").get("medios").get(0)).remove("valor");
        assertThatThrownBy(() -> MAPPER.treeToValue(missing, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"valor\"");
        ObjectNode wrongType = outcome.deepCopy();
        ((ObjectNode) wrongType.get("state").get("medios").get(0)).put("mecanismo", 5);
        assertThatThrownBy(() -> MAPPER.treeToValue(wrongType, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"mecanismo\"");
        ObjectNode badAmbito = outcome.deepCopy();
        ((ObjectNode) badAmbito.get("state").get("medios").get(0)).put("ambito", "A681593010X");
        assertThatThrownBy(() -> MAPPER.treeToValue(badAmbito, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"ambito\"");
        ObjectNode badFolio = outcome.deepCopy();
        ((ObjectNode) badFolio.get("state").get("medios").get(0)).put("folioRegistro", "BI-2025-1");
        assertThatThrownBy(() -> MAPPER.treeToValue(badFolio, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"folioRegistro\"");
        ObjectNode tampered = outcome.deepCopy();
        ((ObjectNode) tampered.get("acuse")).put("cadenaOriginal", "||Acto:REGISTRO_MEDIOS_CONTACTO||");
        assertThatThrownBy(() -> MAPPER.treeToValue(tampered, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"acuse\"")
                .hasMessageContaining("cadenaOriginal does not match");
        ObjectNode badTipo = outcome.deepCopy();
        badTipo.put("tipo", "Aceptado");
        assertThatThrownBy(() -> MAPPER.treeToValue(badTipo, outcomeBuzon))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("\"tipo\"");

        ObjectNode estado = MAPPER.valueToTree(SAMPLES.get(EstadoBuzon.class).get(0));
        ((ObjectNode) estado.get("medios").get(0)).put("intentosFallidos", "dos");
        assertThatThrownBy(() -> MAPPER.treeToValue(estado, EstadoBuzon.class))
                .isInstanceOf(JsonMappingException.class).hasMessageStartingWith("Cannot read EstadoBuzon: field"
                        + " \"medios[0]\": Cannot read MedioContacto: field \"intentosFallidos\" must be an integer");

        assertThatThrownBy(() -> MAPPER.readValue("\"https://verifica.example.mx/acuse?folio&folio&sello\"",
                VerificacionUrl.class)).isInstanceOf(JsonMappingException.class).hasMessageContaining("differ");
        assertThatThrownBy(() -> MAPPER.readValue("\"55 1234 5678\"", Telefono.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("10 digits");
        assertThatThrownBy(() -> MAPPER.readValue("\"Erika@Example.com\"", CorreoElectronico.class))
                .isInstanceOf(JsonMappingException.class).hasMessageContaining("normal form");
    }

    @Test
    void mediosOutcomes_shape_isDocumented() throws Exception {
        assertThat(MAPPER.writeValueAsString(VerificacionUrl.of("verifica.example.mx", "/acuse")))
                .isEqualTo("\"https://verifica.example.mx/acuse?folio&rfc&sello\"");
        String registrado = MAPPER.writeValueAsString(registroConCodigo.outcome());
        assertThat(registrado).startsWith("{\"tipo\":\"Accepted\",\"state\":{\"formato\":\"mx.buzon.estado-buzon/1\",\"particular\":");
        Rejection medios = SAMPLES.get(Rejection.class).stream().map(Rejection.class::cast)
                .filter(r -> r.errorCode() instanceof mx.buzon.core.medios.MediosErrorCode).findFirst().orElseThrow();
        assertThat(MAPPER.writeValueAsString(Outcome.rejected(registroConCodigo.stateToStore(), medios)))
                .startsWith("{\"tipo\":\"Rejected\",\"state\":{\"formato\":\"mx.buzon.estado-buzon/1\",\"particular\":")
                .contains("\"reason\":{\"codigo\":\"" + medios.code() + "\"");
        assertThat(MAPPER.writeValueAsString(CorreoElectronico.parse(" Erika@Example.COM ")))
                .isEqualTo("\"Erika@example.com\"");
    }
}
