package mx.buzon.core.notificacion;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.GODE_TIJUANA;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.Tramite;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import org.junit.jupiter.api.Test;

/** Electronic notifications (Lineamientos 7.2–7.5; CFF arts. 134 fr. I and 135), with docs/LEGAL.md §3's example. */
class NotificacionWorkflowTest {

    /** docs/LEGAL.md §3: aviso Monday 2 March 2026. */
    static final Instant AVISO_MONDAY_2026_03_02_1000 = centro("2026-03-02T10:00");
    /** Friday 6 March 2026 09:30 Zona Centro: the fourth día hábil after the aviso. */
    static final Instant DEEMED_FRIDAY_2026_03_06_0930 = centro("2026-03-06T09:30");
    static final LocalDate MONDAY_2026_03_09 = LocalDate.of(2026, 3, 9);
    static final LocalDate TUESDAY_2026_03_31 = LocalDate.of(2026, 3, 31);
    static final Sha256 DOCUMENTO = Sha256.digestUtf8("Resolución de determinación de la prima RT 2026");

    final AtomicLong counter = new AtomicLong(1);
    final FolioSequence folios = (prefix, date) -> counter.getAndIncrement();
    final NotificacionWorkflow workflow = NotificacionWorkflow.of(PLAZOS, ZONAS, folios, AnunciosImss.NINGUNO);

    Notificacion pending() {
        return workflow.enviarAviso(new AvisoNotificacion(EKU_CDMX, ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT,
                DOCUMENTO, Optional.of("Oficio 09-2026/001")), AVISO_MONDAY_2026_03_02_1000).stateOrThrow();
    }

    static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("expected a rejection, got %s", outcome).isFalse();
        return outcome.rejection().orElseThrow();
    }

    @Test
    void enviarAviso_actoDisponible_pendienteSinAcuse() {
        Outcome<Notificacion> outcome = workflow.enviarAviso(AvisoNotificacion.of(EKU_CDMX,
                ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, DOCUMENTO), AVISO_MONDAY_2026_03_02_1000);

        Notificacion n = outcome.stateOrThrow();
        assertThat(n.estado()).isEqualTo(EstadoNotificacion.PENDIENTE);
        assertThat(n.folio().toString()).isEqualTo("BI-20260302-000000001");
        assertThat(outcome.acuse()).as("the aviso is a message (7.3), not an acuse").isEmpty();
        assertThat(workflow.vencimiento(n, PlazoLegal.RECURSO_INCONFORMIDAD_PATRON)).isEmpty();
    }

    @Test
    void ejemploRules3_noAbierta_tenidaPorNotificadaViernes0930SurteLunesInconformidad31Marzo() {
        Notificacion n = pending();

        Rejection early = rejection(workflow.tenerPorNotificada(n, DEEMED_FRIDAY_2026_03_06_0930.minusNanos(1)));
        assertThat(early.errorCode()).isEqualTo(NotificacionErrorCode.NOTIFICACION_PLAZO_PARA_ABRIR_VIGENTE);
        assertThat(early.message()).contains("2026-03-05").contains("2026-03-06");

        Outcome<Notificacion> outcome = workflow.tenerPorNotificada(n, centro("2026-03-06T12:00"));
        Notificacion tenida = outcome.stateOrThrow();
        assertThat(tenida.estado()).isEqualTo(EstadoNotificacion.TENIDA_POR_NOTIFICADA);
        assertThat(tenida.notificadaEl()).contains(DEEMED_FRIDAY_2026_03_06_0930);
        assertThat(tenida.notificadaEl()).contains(Instant.parse("2026-03-06T15:30:00Z"));
        assertThat(tenida.surteEfectos()).contains(MONDAY_2026_03_09);
        assertThat(workflow.vencimiento(tenida, PlazoLegal.RECURSO_INCONFORMIDAD_PATRON).orElseThrow().vence())
                .isEqualTo(TUESDAY_2026_03_31);

        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA);
        assertThat(acuse.emitidoEn()).as("7.5: the automatic acuse is of the deemed instant")
                .isEqualTo(DEEMED_FRIDAY_2026_03_06_0930);
        assertThat(acuse.folio()).isEqualTo(tenida.folioAcuse().orElseThrow());
        assertThat(acuse.campos()).containsEntry(CampoAcuse.ACTO_NOTIFICADO, "7.1")
                .containsEntry(CampoAcuse.REFERENCIA, "Oficio 09-2026/001")
                .containsEntry(CampoAcuse.DOCUMENTO_SHA256, DOCUMENTO.toString())
                .containsEntry(CampoAcuse.AVISO_ENVIADO_EL, "2026-03-02T10:00:00-06:00")
                .containsEntry(CampoAcuse.NOTIFICADA_EL, "2026-03-06T09:30:00-06:00")
                .containsEntry(CampoAcuse.SURTE_EFECTOS, "2026-03-09");
    }

    @Test
    void abrir_dentroDelPlazoEnHorario_notificadaAlAbrirSurteElDiaHabilSiguiente() {
        Instant wednesday1100 = centro("2026-03-04T11:00");
        Outcome<Notificacion> outcome = workflow.abrir(pending(), NO_CERTIFICADO_EKU, wednesday1100);

        Notificacion n = outcome.stateOrThrow();
        assertThat(n.estado()).isEqualTo(EstadoNotificacion.ABIERTA);
        assertThat(n.aperturaEl()).contains(wednesday1100);
        assertThat(n.notificadaEl()).contains(wednesday1100);
        assertThat(n.surteEfectos()).contains(LocalDate.of(2026, 3, 5));
        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.NOTIFICACION_ABIERTA);
        assertThat(acuse.emitidoEn()).isEqualTo(wednesday1100);
        assertThat(acuse.campos()).containsEntry(CampoAcuse.ABIERTA_EL, "2026-03-04T11:00:00-06:00")
                .containsEntry(CampoAcuse.NOTIFICADA_EL, "2026-03-04T11:00:00-06:00")
                .containsEntry(CampoAcuse.NO_CERTIFICADO, NO_CERTIFICADO_EKU.toString());
    }

    @Test
    void abrir_ultimoDiaDelPlazoFueraDeHorario_notificadaAl0930DelDiaHabilSiguiente() {
        Outcome<Notificacion> outcome = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-05T20:00"));

        Notificacion n = outcome.stateOrThrow();
        assertThat(n.estado()).isEqualTo(EstadoNotificacion.ABIERTA);
        assertThat(n.notificadaEl()).contains(DEEMED_FRIDAY_2026_03_06_0930);
        assertThat(n.surteEfectos()).contains(MONDAY_2026_03_09);
        assertThat(outcome.acuse().orElseThrow().emitidoEn()).isEqualTo(centro("2026-03-05T20:00"));
    }

    @Test
    void abrir_dosVeces_idempotenteSinNuevoAcuse() {
        Notificacion abierta = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-03T10:00"))
                .stateOrThrow();
        long folioBefore = counter.get();

        Outcome<Notificacion> again = workflow.abrir(abierta, NO_CERTIFICADO_EKU, centro("2026-03-10T10:00"));

        assertThat(again.isAccepted()).isTrue();
        assertThat(again.stateOrThrow()).isEqualTo(abierta);
        assertThat(again.acuse()).isEmpty();
        assertThat(counter.get()).isEqualTo(folioBefore);
    }

    @Test
    void abrir_despuesDelInstanteTenido_noCambiaLaFechaDeNotificacion() {
        Notificacion tenida = workflow.tenerPorNotificada(pending(), DEEMED_FRIDAY_2026_03_06_0930).stateOrThrow();

        Outcome<Notificacion> opened = workflow.abrir(tenida, NO_CERTIFICADO_EKU, centro("2026-03-10T10:00"));

        assertThat(opened.stateOrThrow()).isEqualTo(tenida);
        assertThat(opened.acuse()).isEmpty();
    }

    @Test
    void abrir_tardeAunPendiente_tenidaPorNotificadaEnElCuartoDiaNoAlAbrir() {
        Outcome<Notificacion> outcome = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-10T10:00"));

        Notificacion n = outcome.stateOrThrow();
        assertThat(n.estado()).isEqualTo(EstadoNotificacion.TENIDA_POR_NOTIFICADA);
        assertThat(n.notificadaEl()).contains(DEEMED_FRIDAY_2026_03_06_0930);
        assertThat(n.surteEfectos()).contains(MONDAY_2026_03_09);
        assertThat(outcome.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA);
        assertThat(outcome.acuse().orElseThrow().emitidoEn()).isEqualTo(DEEMED_FRIDAY_2026_03_06_0930);
    }

    @Test
    void abrir_cuartoDiaAntesDe0930_yaFueraDelPlazo_tenidaALas0930() {
        Notificacion n = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-06T08:00")).stateOrThrow();

        assertThat(n.estado()).isEqualTo(EstadoNotificacion.TENIDA_POR_NOTIFICADA);
        assertThat(n.notificadaEl()).contains(DEEMED_FRIDAY_2026_03_06_0930);
    }

    @Test
    void abrir_antesDelAviso_rechazada() {
        Rejection r = rejection(workflow.abrir(pending(), NO_CERTIFICADO_EKU, AVISO_MONDAY_2026_03_02_1000.minusSeconds(1)));
        assertThat(r.errorCode()).isEqualTo(NotificacionErrorCode.NOTIFICACION_APERTURA_ANTES_DEL_AVISO);
    }

    @Test
    void abrir_antesDeLaAperturaRegistrada_rechazada() {
        Notificacion abierta = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-04T10:00")).stateOrThrow();
        Rejection r = rejection(workflow.abrir(abierta, NO_CERTIFICADO_EKU, centro("2026-03-03T10:00")));
        assertThat(r.errorCode()).isEqualTo(NotificacionErrorCode.NOTIFICACION_INSTANTE_ANTERIOR);
    }

    @Test
    void tenerPorNotificada_yaAbierta_rechazadaYYaTenida_idempotente() {
        Notificacion abierta = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-04T10:00")).stateOrThrow();
        assertThat(rejection(workflow.tenerPorNotificada(abierta, centro("2026-03-10T10:00"))).errorCode())
                .isEqualTo(NotificacionErrorCode.NOTIFICACION_YA_ABIERTA);

        Notificacion tenida = workflow.tenerPorNotificada(pending(), DEEMED_FRIDAY_2026_03_06_0930).stateOrThrow();
        Outcome<Notificacion> again = workflow.tenerPorNotificada(tenida, centro("2026-03-20T10:00"));
        assertThat(again.stateOrThrow()).isEqualTo(tenida);
        assertThat(again.acuse()).isEmpty();
    }

    @Test
    void enviarAviso_actoDiferidoSinAnuncio_rechazadoYConAnuncio_aceptado() {
        AvisoNotificacion aviso = AvisoNotificacion.of(EKU_CDMX,
                ActoNotificable.RESOLUCION_RECTIFICACION_CLASIFICACION, DOCUMENTO);
        Rejection r = rejection(workflow.enviarAviso(aviso, AVISO_MONDAY_2026_03_02_1000));
        assertThat(r.errorCode()).isEqualTo(NotificacionErrorCode.NOTIFICACION_ACTO_NO_DISPONIBLE);
        assertThat(r.message()).contains("7.5").contains("Transitorio Segundo");
        assertThat(counter.get()).isEqualTo(1);

        NotificacionWorkflow announced = NotificacionWorkflow.of(PLAZOS, ZONAS, folios,
                AnunciosImss.of(Map.of(Tramite.NOTIFICACION_7_5, LocalDate.of(2026, 3, 2))));
        assertThat(announced.enviarAviso(aviso, AVISO_MONDAY_2026_03_02_1000).isAccepted()).isTrue();
        assertThat(announced.enviarAviso(aviso, centro("2026-03-01T23:59")).isAccepted()).isFalse();
    }

    @Test
    void enviarAviso_antesDeLaEntradaEnVigor_rechazado() {
        Rejection r = rejection(workflow.enviarAviso(AvisoNotificacion.of(EKU_CDMX,
                ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, DOCUMENTO), centro("2024-08-05T12:00")));
        assertThat(r.errorCode()).isEqualTo(NotificacionErrorCode.NOTIFICACION_ACTO_NO_DISPONIBLE);
    }

    @Test
    void tijuana_mismasFechasQueEnCentro() {
        Notificacion n = workflow.enviarAviso(AvisoNotificacion.of(GODE_TIJUANA,
                ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, DOCUMENTO), Instant.parse("2026-03-02T17:00:00Z"))
                .stateOrThrow();
        Notificacion tenida = workflow.tenerPorNotificada(n, Instant.parse("2026-03-06T15:30:00Z")).stateOrThrow();

        assertThat(tenida.zonaDomicilio().getId()).isEqualTo("America/Tijuana");
        assertThat(tenida.notificadaEl()).contains(Instant.parse("2026-03-06T15:30:00Z"));
        assertThat(tenida.surteEfectos()).contains(MONDAY_2026_03_09);
        assertThat(workflow.vencimiento(tenida, PlazoLegal.JUICIO_CONTENCIOSO_ADMINISTRATIVO).orElseThrow().vence())
                .isEqualTo(PLAZOS.plazo(PlazoLegal.JUICIO_CONTENCIOSO_ADMINISTRATIVO, MONDAY_2026_03_09).vence());
    }

    @Test
    void timing_recalculado_coincideConElEstado() {
        Notificacion abierta = workflow.abrir(pending(), NO_CERTIFICADO_EKU, centro("2026-03-04T10:00")).stateOrThrow();
        assertThat(abierta.timing(PLAZOS).notificadaEl()).isEqualTo(abierta.notificadaEl().orElseThrow());
        assertThat(abierta.timing(PLAZOS).surteEfectos()).isEqualTo(abierta.surteEfectos().orElseThrow());
        assertThat(pending().timing(PLAZOS).notificadaEl()).isEqualTo(DEEMED_FRIDAY_2026_03_06_0930);
    }

    @Test
    void notificacion_estadoIncoherente_rechazadoPorElConstructor() {
        Notificacion n = pending();
        assertThatThrownBy(() -> new Notificacion(n.folio(), n.particular(), n.acto(), n.documentoSha256(),
                n.referencia(), n.zonaDomicilio(), n.avisoEl(), EstadoNotificacion.ABIERTA, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notificacion(n.folio(), n.particular(), n.acto(), n.documentoSha256(),
                n.referencia(), n.zonaDomicilio(), n.avisoEl(), EstadoNotificacion.PENDIENTE,
                Optional.of(n.avisoEl().minusSeconds(1)), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notificacion(n.folio(), n.particular(), n.acto(), n.documentoSha256(),
                n.referencia(), n.zonaDomicilio(), n.avisoEl(), EstadoNotificacion.TENIDA_POR_NOTIFICADA,
                Optional.empty(), Optional.of(DEEMED_FRIDAY_2026_03_06_0930), Optional.of(LocalDate.of(2026, 3, 6)),
                Optional.of(n.folio()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AvisoNotificacion.of(EKU_CDMX, ActoNotificable.BAJA_REGISTRO_CPA, DOCUMENTO)
                .referencia().orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
        assertThatThrownBy(() -> new AvisoNotificacion(EKU_CDMX, ActoNotificable.BAJA_REGISTRO_CPA, DOCUMENTO,
                Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void abrir_noCertificadoNotInSatForm_errorDeProgramacion() {
        assertThatThrownBy(() -> workflow.abrir(pending(), NumeroCertificado.of(java.math.BigInteger.valueOf(31)), centro("2026-03-04T10:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 digits");
    }
}
