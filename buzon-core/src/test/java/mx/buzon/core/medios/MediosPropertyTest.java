package mx.buzon.core.medios;

import static mx.buzon.core.medios.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.contacto.CorreoElectronico;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.problem.ErrorCode;
import org.junit.jupiter.api.Test;

/**
 * Properties over random command sequences (fixed seed, printed in every message): no invalid state is
 * reachable, every accepted command yields exactly one acuse with a fresh folio, a rejected command changes
 * nothing (except the counted attempt of a wrong code), habilitación never reverts, and every state round-trips
 * through JSON.
 */
class MediosPropertyTest {

    static final long SEED = 5_020_072L;
    static final int SEQUENCES = 150;
    static final int STEPS = 60;
    static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new BuzonModule());

    static final String[] CORREOS = {"a@example.com", "B@Example.com", "c@imss.gob.mx", "d@x.mx", "e@y.mx",
        "f@z.mx", "g@w.mx", "bad", "x@", " a@example.com "};
    static final String[] MOVILES = {"5512345678", "5587654321", "3312345678", "123", "55 1234 5678"};

    @Test
    void randomSequences_keepInvariants() throws Exception {
        SplittableRandom root = new SplittableRandom(SEED);
        Map<ErrorCode, Integer> rejections = new HashMap<>();
        Map<AcuseTipo, Integer> acuses = new EnumMap<>(AcuseTipo.class);
        for (int s = 0; s < SEQUENCES; s++) {
            SplittableRandom r = root.split();
            String where = "seed " + SEED + ", sequence " + s;
            MediosContactoWorkflow workflow = MediosContactoWorkflow.of(
                    mx.buzon.calendar.zone.PostalCodeZones.reference(),
                    mx.buzon.core.id.FolioSequence.inMemoryCounter(1), new SplittableRandom(r.nextLong()),
                    Fixtures.CLAVE_CODIGOS);
            EstadoBuzon estado = r.nextInt(10) == 0
                    ? EstadoBuzon.activadoPreviamente(ERIKA, LUNES_2025_02_03_1007.minusSeconds(86_400))
                    : EstadoBuzon.inicial(ERIKA);
            Instant t = LUNES_2025_02_03_1007;
            Map<Folio, String> codigos = new HashMap<>();
            Set<Folio> folios = new HashSet<>();
            for (int step = 0; step < STEPS; step++) {
                t = t.plus(Duration.ofMinutes(r.nextInt(15) == 0 ? r.nextInt(6_000) : r.nextInt(30)));
                Paso cmd = comando(r, estado, codigos, t, workflow);
                String at = where + ", step " + step + ", " + cmd;
                Respuesta res = cmd.aplicar(estado);
                res.registro().ifPresent(g -> assertThat(g.stateToStore()).as(at).isEqualTo(res.stateToStore()));
                if (res.outcome() instanceof Outcome.Accepted<EstadoBuzon> a) {
                    Acuse acuse = a.acuse().orElseThrow();
                    acuses.merge(acuse.tipo(), 1, Integer::sum);
                    assertThat(folios.add(acuse.folio())).as(at + ": folio reused").isTrue();
                    assertThat(CadenaOriginal.parse(acuse.cadenaOriginal().toString(), acuse.tipo().schema()))
                            .as(at).isEqualTo(acuse.cadenaOriginal());
                    assertThat(acuse.particular().rfc()).as(at).isEqualTo(ERIKA.rfc());
                    if (acuse.tipo() != AcuseTipo.ACTIVACION_BUZON) {
                        assertThat(acuse.emitidoEn()).as(at).isEqualTo(t);
                    } else {
                        assertThat(acuse.firmaParticular()).as(at).isPresent();
                    }
                    assertThat(res.codigoPorEnviar().isPresent()).as(at).isEqualTo(cmd.esRegistro());
                    res.codigoPorEnviar().ifPresent(c -> codigos.put(acuse.folio(), c.digitos()));
                    res.medio().ifPresent(m -> assertThat(m.folioRegistro()).as(at).isEqualTo(acuse.folio()));
                    assertThat(a.state()).as(at).isNotEqualTo(estado);
                } else {
                    Rejection rej = res.outcome().rejection().orElseThrow();
                    rejections.merge(rej.errorCode(), 1, Integer::sum);
                    assertThat(rej.message()).as(at).doesNotContain("%s");
                    if (rej.is(MediosErrorCode.MEDIOS_CODIGO_INCORRECTO) || rej.is(MediosErrorCode.MEDIOS_INTENTOS_AGOTADOS)) {
                        assertOnlyAttemptChanged(estado, res.stateToStore(), cmd.folioValidado(), at);
                    } else {
                        assertThat(res.stateToStore()).as(at + ": a rejection changed the state").isEqualTo(estado);
                    }
                }
                if (estado.habilitado()) {
                    assertThat(res.stateToStore().habilitacion()).as(at + ": habilitación reverted")
                            .isEqualTo(estado.habilitacion());
                }
                estado = res.stateToStore();
                assertThat(MediosContactoWorkflow.invariantViolations(estado, t)).as(at).isEmpty();
                if (step % 10 == 0) {
                    String json = MAPPER.writeValueAsString(estado);
                    assertThat(MAPPER.readValue(json, EstadoBuzon.class)).as(at + " json " + json).isEqualTo(estado);
                    assertOutcomeRoundTrip(res, at);
                }
            }
        }
        // The generator reaches every outcome that matters, or the properties would be vacuous.
        assertThat(acuses.keySet()).as("seed " + SEED).contains(AcuseTipo.REGISTRO_MEDIOS_CONTACTO,
                AcuseTipo.VALIDACION_MEDIOS_CONTACTO, AcuseTipo.ACTIVACION_BUZON);
        assertThat(rejections.keySet()).as("seed " + SEED + " " + rejections).contains(MediosErrorCode.MEDIOS_CODIGO_INCORRECTO,
                MediosErrorCode.MEDIOS_INTENTOS_AGOTADOS, MediosErrorCode.MEDIOS_VALIDACION_VENCIDA, MediosErrorCode.MEDIOS_CORREOS_MAXIMO,
                MediosErrorCode.MEDIOS_DUPLICADO, MediosErrorCode.MEDIOS_TELEFONO_PENDIENTE, MediosErrorCode.MEDIOS_SIN_VALIDAR,
                MediosErrorCode.MEDIOS_REQUERIDO, MediosErrorCode.MEDIOS_BUZON_YA_HABILITADO, ContactoErrorCode.CORREO_FORMATO_INVALIDO,
                ContactoErrorCode.TELEFONO_FORMATO_INVALIDO, MediosErrorCode.MEDIOS_NO_VIGENTE,
                MediosErrorCode.MEDIOS_RFC_CERTIFICADO_NO_CORRESPONDE);
    }

    private static void assertOnlyAttemptChanged(EstadoBuzon before, EstadoBuzon after, Folio folio, String at) {
        assertThat(after.habilitacion()).as(at).isEqualTo(before.habilitacion());
        assertThat(after.medios()).as(at).hasSameSizeAs(before.medios());
        for (int i = 0; i < before.medios().size(); i++) {
            MedioContacto b = before.medios().get(i);
            MedioContacto a = after.medios().get(i);
            if (b.folioRegistro().equals(folio)) {
                assertThat(a.intentosFallidos()).as(at).isEqualTo(b.intentosFallidos() + 1);
                assertThat(a.valor()).as(at).isEqualTo(b.valor());
                assertThat(a.estado()).as(at).isIn(EstadoMedio.PENDIENTE, EstadoMedio.CANCELADO_POR_INTENTOS);
            } else {
                assertThat(a).as(at).isEqualTo(b);
            }
        }
    }

    /** One random command, described for the failure messages (the typed code is not shown). */
    private record Paso(String descripcion, boolean esRegistro, Folio folioValidado,
            Function<EstadoBuzon, Respuesta> aplicar) {
        Respuesta aplicar(EstadoBuzon e) {
            return aplicar.apply(e);
        }

        @Override
        public String toString() {
            return descripcion;
        }
    }

    /** What a step answers: its outcome and, for a registration, the {@link Registro}. */
    private record Respuesta(Outcome<EstadoBuzon> outcome, Optional<Registro> registro) {
        EstadoBuzon stateToStore() {
            return outcome.stateToStore().orElseThrow();
        }

        Optional<CodigoValidacion> codigoPorEnviar() {
            return registro.flatMap(Registro::codigoPorEnviar);
        }

        Optional<MedioContacto> medio() {
            return registro.flatMap(Registro::medio);
        }
    }

    private static Respuesta outcome(Outcome<EstadoBuzon> o) {
        return new Respuesta(o, Optional.empty());
    }

    private static Respuesta registro(Registro r) {
        return new Respuesta(r.outcome(), Optional.of(r));
    }

    private static Paso comando(SplittableRandom r, EstadoBuzon e, Map<Folio, String> codigos, Instant t,
            MediosContactoWorkflow w) {
        List<MedioContacto> medios = e.medios();
        int k = r.nextInt(100);
        Ambito ambito = switch (r.nextInt(6)) {
            case 0 -> Ambito.registro(RP_A);
            case 1 -> Ambito.todosLosRegistros();
            default -> Ambito.rfc();
        };
        Folio ninguno = Folio.parse("BI-20250203-999999999");
        if (k < 52 || medios.isEmpty()) {
            Mecanismo mecanismo = k < 40 || medios.isEmpty() ? Mecanismo.CORREO_ELECTRONICO : Mecanismo.TELEFONO_MOVIL;
            String valor = mecanismo == Mecanismo.CORREO_ELECTRONICO ? CORREOS[r.nextInt(CORREOS.length)]
                    : MOVILES[r.nextInt(MOVILES.length)];
            return new Paso("registrar " + mecanismo + " \"" + valor + "\" " + ambito, true, ninguno,
                    s -> registro(w.registrar(s, mecanismo, valor, ambito, t)));
        }
        MedioContacto m = medios.get(r.nextInt(medios.size()));
        if (k < 75) {
            String right = codigos.getOrDefault(m.folioRegistro(), "00000");
            int which = r.nextInt(10);
            String codigo = which < 6 ? right : which < 9 ? String.format(java.util.Locale.ROOT, "%05d",
                    (Integer.parseInt(right) + 1 + r.nextInt(99_998)) % 100_000) : "12a45";
            return new Paso("validar " + m.folioRegistro(), false, m.folioRegistro(),
                    s -> outcome(w.validar(s, m.folioRegistro(), codigo, t)));
        }
        if (k < 88) {
            Folio folio = r.nextInt(20) == 0 ? ninguno : m.folioRegistro();
            return new Paso("eliminar " + folio, false, ninguno, s -> outcome(w.eliminar(s, folio, t)));
        }
        Acuse sinFirma = w.acuseParaFirmar(e, NO_CERTIFICADO, t);
        Rfc rfc = r.nextInt(8) == 0 ? Rfc.parse("COSC8001137NA") : RFC_ERIKA;
        return new Paso("firmarTerminos " + rfc, false, ninguno,
                s -> outcome(w.firmarTerminos(s, sinFirma, FIRMA, rfc, NO_CERTIFICADO, t)));
    }

    @Test
    void generatorCoverage_listsAreWhatTheyClaim() {
        List<String> valid = new ArrayList<>();
        for (String c : CORREOS) {
            if (CorreoElectronico.isValid(c)) {
                valid.add(c);
            }
        }
        // More than five distinct valid e-mails, so the maximum is reachable.
        assertThat(valid.stream().map(v -> v.strip().toLowerCase(java.util.Locale.ROOT)).distinct()).hasSizeGreaterThan(5);
    }

    /** Outcomes round-trip as JSON; a registration that carries the validation code (a secret) has no JSON form. */
    private static void assertOutcomeRoundTrip(Respuesta res, String at) throws Exception {
        if (res.codigoPorEnviar().isPresent()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> MAPPER.writeValueAsString(res.registro().orElseThrow())).as(at)
                    .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
        }
        String json = MAPPER.writeValueAsString(res.outcome());
        assertThat(MAPPER.<Outcome<EstadoBuzon>>readValue(json, BuzonModule.outcomeType(EstadoBuzon.class)))
                .as(at + " json " + json).isEqualTo(res.outcome());
    }
}
