package mx.buzon.core.notificacion;

import static mx.buzon.core.workflow.Fixtures.COSC_CANCUN;
import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.GODE_TIJUANA;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.calendar.plazo.Via;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.workflow.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Properties over random sequences of openings and deemings (fixed, printed seed): the state always agrees with
 * buzon-calendar's rules recomputed from scratch, the notification instant never changes once set, an accepted
 * command that changes the state yields exactly one acuse and one that does not yields none, a rejected one changes
 * nothing.
 */
class NotificacionPropertiesTest {

    static final long SEED = 0x0B0_2026_0306L;
    static final int NOTIFICACIONES = 1_500;
    static final List<Particular> PARTICULARES = List.of(EKU_CDMX, GODE_TIJUANA, COSC_CANCUN);
    static final Instant START = Instant.parse("2025-01-02T00:00:00Z");
    static final List<ActoNotificable> AVAILABLE = List.of(ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT,
            ActoNotificable.RESOLUCION_RECTIFICACION_PRIMA_RT, ActoNotificable.MULTA_RECTIFICACION_PRIMA_RT,
            ActoNotificable.RESOLUCION_PRIMA_MEDIA_ART_72);

    @Test
    void secuenciasAleatorias_estadoCoincideConLasReglasYAcusesExactos() {
        AtomicLong counter = new AtomicLong();
        NotificacionWorkflow workflow = NotificacionWorkflow.of(PLAZOS, ZONAS, (p, d) -> counter.getAndIncrement(),
                AnunciosImss.NINGUNO);
        SplittableRandom random = new SplittableRandom(SEED);
        int[] outcomes = new int[3]; // with acuse, without acuse, rejected
        for (int i = 0; i < NOTIFICACIONES; i++) {
            Instant aviso = START.plusSeconds(random.nextLong(650L * 24 * 3600));
            Notificacion n = workflow.enviarAviso(AvisoNotificacion.of(PARTICULARES.get(random.nextInt(3)),
                    AVAILABLE.get(random.nextInt(AVAILABLE.size())), Sha256.digestUtf8("doc " + i)), aviso)
                    .stateOrThrow();
            Instant deemed = n.timing(PLAZOS).notificadaEl();
            Optional<Instant> fixedNotification = Optional.empty();
            int steps = 1 + random.nextInt(4);
            for (int s = 0; s < steps; s++) {
                Instant at = aviso.plusSeconds(random.nextLong(-3600, 12L * 24 * 3600));
                long before = counter.get();
                Outcome<Notificacion> o = random.nextBoolean()
                        ? workflow.abrir(n, NO_CERTIFICADO_EKU, at)
                        : workflow.tenerPorNotificada(n, at);
                String context = "seed " + SEED + ", aviso " + aviso + ", step at " + at + ", state " + n;
                if (o.isAccepted()) {
                    Notificacion next = o.stateOrThrow();
                    if (o.acuse().isPresent()) {
                        outcomes[0]++;
                        assertThat(next).as(context).isNotEqualTo(n);
                        assertThat(n.estado()).as(context).isEqualTo(EstadoNotificacion.PENDIENTE);
                        assertThat(counter.get() - before).as(context).isEqualTo(1);
                        assertThat(o.acuse().get().folio()).isEqualTo(next.folioAcuse().orElseThrow());
                        AcuseTipo expected = next.estado() == EstadoNotificacion.ABIERTA
                                ? AcuseTipo.NOTIFICACION_ABIERTA : AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA;
                        assertThat(o.acuse().get().tipo()).as(context).isEqualTo(expected);
                    } else {
                        outcomes[1]++;
                        assertThat(next).as(context).isSameAs(n);
                        assertThat(counter.get()).as(context).isEqualTo(before);
                    }
                    n = next;
                } else {
                    outcomes[2]++;
                    assertThat(o.stateToStore().orElse(n)).as(context).isSameAs(n);
                    assertThat(counter.get()).as(context).isEqualTo(before);
                }
                if (fixedNotification.isPresent()) {
                    assertThat(n.notificadaEl()).as("%s: the notification date never changes", context)
                            .isEqualTo(fixedNotification);
                }
                fixedNotification = n.notificadaEl();
                if (n.estado().isNotificada()) {
                    NotificacionTiming timing = n.timing(PLAZOS);
                    assertThat(n.notificadaEl()).as(context).contains(timing.notificadaEl());
                    assertThat(n.surteEfectos()).as(context).contains(timing.surteEfectos());
                    if (n.estado() == EstadoNotificacion.TENIDA_POR_NOTIFICADA) {
                        assertThat(n.notificadaEl()).as(context).contains(deemed);
                    } else {
                        assertThat(timing.via()).as(context).isEqualTo(Via.APERTURA);
                        assertThat(n.notificadaEl().get()).as(context).isBeforeOrEqualTo(deemed);
                    }
                }
            }
        }
        assertThat(java.util.Arrays.stream(outcomes).min().orElseThrow())
                .as("seed %s: with acuse, without, rejected = %s", SEED, java.util.Arrays.toString(outcomes))
                .isGreaterThan(300);
    }
}
