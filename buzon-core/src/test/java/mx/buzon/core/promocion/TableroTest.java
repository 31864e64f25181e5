package mx.buzon.core.promocion;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.GODE_TIJUANA;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.core.testing.InMemoryPromocionRepository;
import mx.buzon.core.catalog.AsuntoPromocion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tablero principal's filters (Guía de Promociones: asunto, estatus, fecha de recepción) over the in-memory repository. */
class TableroTest {

    final AtomicLong counter = new AtomicLong(1);
    final PromocionWorkflow workflow = PromocionWorkflow.of(PLAZOS, ZONAS, (p, d) -> counter.getAndIncrement());
    final PromocionRepository repository = new InMemoryPromocionRepository();
    Promocion mondayIcsoe;
    Promocion saturdayEmisionesCanalizada;
    Promocion marchTenthAtendida;
    Promocion otherParticular;

    @BeforeEach
    void fillRepository() {
        mondayIcsoe = file(AsuntoPromocion.ICSOE, "2026-03-02T10:00");
        saturdayEmisionesCanalizada = workflow.canalizar(file(AsuntoPromocion.EMISIONES, "2026-03-07T10:00"),
                AsuntoPromocion.NOTIFICACION_ELECTRONICA, LocalDate.of(2026, 3, 20), centro("2026-03-09T12:00"))
                .stateOrThrow();
        marchTenthAtendida = workflow.responder(file(AsuntoPromocion.ICSOE, "2026-03-10T09:00"), "ok",
                centro("2026-03-11T09:00")).stateOrThrow();
        otherParticular = workflow.presentar(SolicitudPromocion.orientacion(GODE_TIJUANA, AsuntoPromocion.ICSOE,
                "otra"), NO_CERTIFICADO_EKU, centro("2026-03-03T10:00")).stateOrThrow();
        List.of(mondayIcsoe, saturdayEmisionesCanalizada, marchTenthAtendida, otherParticular)
                .forEach(repository::save);
    }

    private Promocion file(AsuntoPromocion asunto, String centroLocal) {
        return workflow.presentar(SolicitudPromocion.orientacion(EKU_CDMX, asunto, "planteamiento"),
                NO_CERTIFICADO_EKU, centro(centroLocal)).stateOrThrow();
    }

    @Test
    void tablero_sinFiltros_todasLasDelParticularMasRecientePrimero() {
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS))
                .containsExactly(marchTenthAtendida, saturdayEmisionesCanalizada, mondayIcsoe);
    }

    @Test
    void tablero_porAsunto_usaElAsuntoActualTrasCanalizar() {
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.conAsunto(AsuntoPromocion.EMISIONES)))
                .isEmpty();
        assertThat(repository.tablero(EKU_CDMX.rfc(),
                FiltroTablero.TODAS.conAsunto(AsuntoPromocion.NOTIFICACION_ELECTRONICA)))
                .containsExactly(saturdayEmisionesCanalizada);
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.conAsunto(AsuntoPromocion.ICSOE)))
                .containsExactly(marchTenthAtendida, mondayIcsoe);
    }

    @Test
    void tablero_porEstatus() {
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.conEstatus(EstatusPromocion.ATENDIDA)))
                .containsExactly(marchTenthAtendida);
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.conEstatus(EstatusPromocion.RECIBIDA)))
                .containsExactly(mondayIcsoe);
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.conEstatus(EstatusPromocion.EN_PRORROGA)))
                .isEmpty();
    }

    @Test
    void tablero_porFechaDeRecepcion_ambosExtremosIncluidosYFechaLegal() {
        // Filed on Saturday 7 March, received Monday 9 March (6.3): the range compares the legal date.
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.recibidasEntre(LocalDate.of(2026, 3, 7),
                LocalDate.of(2026, 3, 8)))).isEmpty();
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.recibidasEntre(LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9)))).containsExactly(saturdayEmisionesCanalizada, mondayIcsoe);
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS.recibidasEntre(LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 10)))).containsExactly(marchTenthAtendida);
    }

    @Test
    void tablero_filtrosCombinados() {
        FiltroTablero filtro = FiltroTablero.TODAS.conAsunto(AsuntoPromocion.ICSOE)
                .conEstatus(EstatusPromocion.RECIBIDA).recibidasEntre(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));
        assertThat(repository.tablero(EKU_CDMX.rfc(), filtro)).containsExactly(mondayIcsoe);
        assertThat(repository.tablero(GODE_TIJUANA.rfc(), filtro)).containsExactly(otherParticular);
    }

    @Test
    void repositorio_guardarReemplazaPorFolioYBuscaPorFolio() {
        Promocion atendida = workflow.responder(mondayIcsoe, "ok", centro("2026-03-04T10:00")).stateOrThrow();
        repository.save(atendida);
        assertThat(repository.findByFolio(mondayIcsoe.folio())).contains(atendida);
        assertThat(repository.tablero(EKU_CDMX.rfc(), FiltroTablero.TODAS)).hasSize(3);
        assertThat(repository.findByFolio(mx.buzon.core.id.Folio.parse("BI-20990101-000000001"))).isEmpty();
    }

    @Test
    void filtro_rangoVacio_errorDeProgramacion() {
        assertThatThrownBy(() -> FiltroTablero.TODAS.recibidasEntre(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-03-02");
    }
}
