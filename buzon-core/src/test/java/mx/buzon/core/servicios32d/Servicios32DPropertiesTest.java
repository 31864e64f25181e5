package mx.buzon.core.servicios32d;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import mx.buzon.core.id.IdentifierGenerators;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The 32-D workflow against a trivial model (a set of RFCs and a flag) over random command sequences (fixed, printed
 * seed): accepted exactly when the model says so, one acuse per accepted command, nothing changes when rejected.
 */
class Servicios32DPropertiesTest {

    static final long SEED = 0x32D_2026L;
    static final int COMMANDS = 5_000;

    @Test
    void secuenciasAleatorias_coincidenConElModelo() {
        AtomicLong counter = new AtomicLong();
        Servicios32DWorkflow workflow = Servicios32DWorkflow.of(ZONAS, (p, d) -> counter.getAndIncrement());
        SplittableRandom random = new SplittableRandom(SEED);
        List<Rfc> pool = List.of(Rfc.parse("COSC8001137NA"), Rfc.parse("GODE561231GR8"), Rfc.parse("DIM8701081LA"),
                Rfc.parse("A&A050908GT0"), EKU_CDMX.rfc(), Rfc.PUBLICO_EN_GENERAL);
        TercerosAutorizados terceros = TercerosAutorizados.ninguno(EKU_CDMX);
        AutorizacionOpinionPublica publica = AutorizacionOpinionPublica.noAutorizada(EKU_CDMX);
        Set<Rfc> model = new HashSet<>();
        boolean modelPublica = false;
        Instant at = Instant.parse("2025-02-03T16:00:00Z");
        for (int i = 0; i < COMMANDS; i++) {
            at = at.plusSeconds(random.nextLong(-600, 3 * 24 * 3600));
            Rfc rfc = pool.get(random.nextInt(pool.size()));
            long before = counter.get();
            String context = "seed " + SEED + ", command " + i;
            int kind = random.nextInt(4);
            if (kind < 2) {
                boolean authorize = kind == 0;
                Outcome<TercerosAutorizados> o = authorize
                        ? workflow.autorizarTercero(terceros, rfc, NO_CERTIFICADO_EKU, at)
                        : workflow.cancelarTercero(terceros, rfc, NO_CERTIFICADO_EKU, at);
                boolean lastTerceros = terceros.ultimoMovimientoEl().filter(at::isBefore).isPresent();
                boolean expected = !lastTerceros && (authorize
                        ? !model.contains(rfc) && !rfc.equals(EKU_CDMX.rfc()) && !rfc.isGeneric()
                        : model.contains(rfc));
                assertThat(o.isAccepted()).as(context + " " + (authorize ? "autorizar " : "cancelar ") + rfc)
                        .isEqualTo(expected);
                if (expected) {
                    if (authorize) {
                        model.add(rfc);
                    } else {
                        model.remove(rfc);
                    }
                }
                terceros = checkAcuse(context, o, terceros, before, counter);
                assertThat(terceros.vigentes().stream().map(AutorizacionTercero::tercero).collect(Collectors.toSet()))
                        .as(context).isEqualTo(model);
            } else {
                boolean authorize = kind == 2;
                Outcome<AutorizacionOpinionPublica> o = authorize
                        ? workflow.autorizarOpinionPublica(publica, NO_CERTIFICADO_EKU, at)
                        : workflow.cancelarOpinionPublica(publica, NO_CERTIFICADO_EKU, at);
                boolean lastPublica = publica.ultimoMovimientoEl().filter(at::isBefore).isPresent();
                boolean expected = !lastPublica && authorize != modelPublica;
                assertThat(o.isAccepted()).as(context).isEqualTo(expected);
                if (expected) {
                    modelPublica = authorize;
                }
                publica = checkAcuse(context, o, publica, before, counter);
                assertThat(publica.isPublica()).as(context).isEqualTo(modelPublica);
            }
        }
    }

    private static <S> S checkAcuse(String context, Outcome<S> o, S before, long folioBefore, AtomicLong counter) {
        if (o.isAccepted()) {
            assertThat(o.acuse()).as(context).isPresent();
            assertThat(counter.get() - folioBefore).as(context).isEqualTo(1);
            return o.stateOrThrow();
        }
        assertThat(o.acuse()).as(context).isEmpty();
        assertThat(counter.get()).as(context).isEqualTo(folioBefore);
        assertThat(o.stateToStore().orElse(before)).as(context).isSameAs(before);
        return before;
    }

    @Test
    void tercerosGenerados_autorizarYCancelarCadaUno() {
        SplittableRandom random = new SplittableRandom(SEED);
        AtomicLong counter = new AtomicLong();
        Servicios32DWorkflow workflow = Servicios32DWorkflow.of(ZONAS, (p, d) -> counter.getAndIncrement());
        TercerosAutorizados state = TercerosAutorizados.ninguno(EKU_CDMX);
        Instant at = Instant.parse("2026-01-05T16:00:00Z");
        Set<Rfc> added = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            Rfc rfc = random.nextBoolean() ? IdentifierGenerators.rfcFisica(random) : IdentifierGenerators.rfcMoral(random);
            Outcome<TercerosAutorizados> o = workflow.autorizarTercero(state, rfc, NO_CERTIFICADO_EKU, at);
            assertThat(o.isAccepted()).as("seed %s, %s", SEED, rfc).isEqualTo(added.add(rfc)
                    && !rfc.equals(EKU_CDMX.rfc()));
            state = o.stateToStore().orElse(state);
        }
        for (Rfc rfc : added) {
            state = workflow.cancelarTercero(state, rfc, NO_CERTIFICADO_EKU, at).stateOrThrow();
        }
        assertThat(state.vigentes()).isEmpty();
    }
}
