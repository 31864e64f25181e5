package mx.buzon.core.promocion;

import static mx.buzon.core.workflow.Fixtures.COSC_CANCUN;
import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.GODE_TIJUANA;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.id.Folio;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.core.workflow.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Properties over random command sequences (fixed, printed seed): no invalid state is reachable (the records'
 * constructors check every invariant, so reaching one would throw), every accepted command yields exactly one acuse
 * with a fresh folio, and a rejected one changes nothing and draws no folio; reached states round-trip as JSON.
 */
class PromocionPropertiesTest {

    static final long SEED = 0x5EED_2026_0302L;
    static final int PROMOCIONES = 1_500;
    static final int MAX_COMMANDS = 10;
    static final List<Particular> PARTICULARES = List.of(EKU_CDMX, GODE_TIJUANA, COSC_CANCUN);
    static final Instant START = Instant.parse("2025-01-02T00:00:00Z");
    static final ArchivoEvidencia GOOD = ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip());
    static final ArchivoEvidencia NOT_A_ZIP = ArchivoEvidencia.inspect("evidencias.zip", new byte[] {1, 2, 3});

    final AtomicLong counter = new AtomicLong(0);
    final PromocionWorkflow workflow = PromocionWorkflow.of(PLAZOS, ZONAS, (prefix, date) -> counter.getAndIncrement());
    final Set<Folio> folios = new HashSet<>();
    final com.fasterxml.jackson.databind.ObjectMapper mapper =
            new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new mx.buzon.core.json.BuzonModule());
    int accepted;
    int rejected;

    @Test
    void secuenciasAleatorias_invariantesUnAcusePorComandoAceptadoRechazoSinCambios() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < PROMOCIONES; i++) {
            Instant at = START.plusSeconds(random.nextLong(600L * 24 * 3600));
            Outcome<Promocion> filed = check(null, workflow.presentar(randomSolicitud(random), NO_CERTIFICADO_EKU, at));
            if (!filed.isAccepted()) {
                continue;
            }
            Promocion p = filed.stateOrThrow();
            assertThat(p.folio()).isEqualTo(filed.acuse().orElseThrow().folio());
            int commands = random.nextInt(MAX_COMMANDS);
            for (int c = 0; c < commands; c++) {
                at = at.plusSeconds(random.nextLong(-2 * 3600, 6 * 24 * 3600));
                LocalDate today = at.atZone(MexicanTime.ZONA_CENTRO).toLocalDate();
                LocalDate date = today.plusDays(random.nextInt(-2, 25));
                Outcome<Promocion> o = switch (random.nextInt(3)) {
                    case 0 -> workflow.responder(p, random.nextInt(5) == 0 ? " " : "respuesta " + c, at);
                    case 1 -> workflow.prorrogar(p, date, at);
                    default -> workflow.canalizar(p, AsuntoPromocion.values()[random.nextInt(AsuntoPromocion.values().length)], date, at);
                };
                p = check(p, o).stateToStore().orElse(p);
            }
        }
        assertThat(accepted).as("seed %s: the generator must exercise both outcomes", SEED).isGreaterThan(500);
        assertThat(rejected).as("seed %s", SEED).isGreaterThan(300);
    }

    private Outcome<Promocion> check(Promocion before, Outcome<Promocion> o) {
        long drawn = counter.get() - folios.size();
        if (o.isAccepted()) {
            accepted++;
            Acuse acuse = o.acuse().orElseThrow(() -> new AssertionError("seed " + SEED + ": accepted without acuse"));
            assertThat(folios.add(acuse.folio())).as("seed %s: folio %s is fresh", SEED, acuse.folio()).isTrue();
            assertThat(drawn).as("seed %s: exactly one folio per accepted command", SEED).isEqualTo(1);
            Promocion after = o.stateOrThrow();
            if (accepted % 7 == 0) {
                try {
                    assertThat(mapper.readValue(mapper.writeValueAsString(after), Promocion.class))
                            .as("seed %s: JSON round trip", SEED).isEqualTo(after);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new AssertionError("seed " + SEED + ": " + after, e);
                }
            }
            if (before != null) {
                assertThat(after.historial()).as("seed %s", SEED).hasSize(before.historial().size() + 1);
                assertThat(after.historial().subList(0, before.historial().size())).isEqualTo(before.historial());
                assertThat(after.ultimoMovimiento().folioAcuse()).isEqualTo(acuse.folio());
                assertThat(after.ultimoMovimiento().el()).isEqualTo(acuse.emitidoEn());
                assertThat(before.estatus()).as("seed %s: nothing follows Atendida", SEED)
                        .isNotEqualTo(EstatusPromocion.ATENDIDA);
            }
        } else {
            rejected++;
            assertThat(o.acuse()).as("seed %s", SEED).isEmpty();
            assertThat(drawn).as("seed %s: a rejected command draws no folio", SEED).isZero();
            if (before != null) {
                assertThat(o.stateToStore().orElse(before)).isSameAs(before);
            }
        }
        return o;
    }

    private static SolicitudPromocion randomSolicitud(SplittableRandom random) {
        Particular particular = PARTICULARES.get(random.nextInt(PARTICULARES.size()));
        TipoPromocion tipo = TipoPromocion.values()[random.nextInt(2)];
        AsuntoPromocion asunto = AsuntoPromocion.values()[random.nextInt(AsuntoPromocion.values().length)];
        String descripcion = switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "x".repeat(4_001);
            case 2 -> "con\u0000nulo";
            default -> "Planteamiento " + random.nextInt(1_000_000);
        };
        Optional<String> telefono = switch (random.nextInt(6)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of("12345");
            default -> Optional.of("55 1234 " + (1000 + random.nextInt(9000)));
        };
        Optional<ArchivoEvidencia> evidencia = switch (random.nextInt(6)) {
            case 0 -> Optional.empty();
            case 1 -> Optional.of(NOT_A_ZIP);
            default -> Optional.of(GOOD);
        };
        return new SolicitudPromocion(particular, tipo, asunto, descripcion, telefono, evidencia);
    }
}
