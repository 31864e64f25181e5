package mx.buzon.core.workflow;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.GODE_TIJUANA;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.json.BuzonModule;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.EstatusPromocion;
import mx.buzon.core.promocion.FiltroTablero;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.OpinionCumplimiento;
import mx.buzon.core.servicios32d.SentidoOpinion;
import mx.buzon.core.servicios32d.Servicios32DWorkflow;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import org.junit.jupiter.api.Test;

/** Every public type of the workflows round-trips under {@link BuzonModule}, and bad JSON is refused. */
class WorkflowJsonTest {

    static final long SEED = 0x150_2026L;
    final ObjectMapper mapper = new ObjectMapper().registerModule(new BuzonModule());
    final AtomicLong counter = new AtomicLong(1);
    final FolioSequence folios = (p, d) -> counter.getAndIncrement();

    <T> T roundTrip(T value, Class<T> type) throws Exception {
        String json = mapper.writeValueAsString(value);
        T back = mapper.readValue(json, type);
        assertThat(back).as(json).isEqualTo(value);
        assertThat(mapper.writeValueAsString(back)).isEqualTo(json);
        return back;
    }

    @Test
    void promociones_todosLosEstatusYComandos_idaYVuelta() throws Exception {
        PromocionWorkflow workflow = PromocionWorkflow.of(PLAZOS, ZONAS, folios);
        SolicitudPromocion solicitud = SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                "Descripción con \"comillas\", | barras y ñ\n", "55 1234 5678",
                ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip()));
        roundTrip(solicitud, SolicitudPromocion.class);
        Promocion recibida = workflow.presentar(solicitud, NO_CERTIFICADO_EKU, centro("2026-03-07T10:00"))
                .stateOrThrow();
        Promocion canalizada = workflow.canalizar(recibida, AsuntoPromocion.EMISIONES, LocalDate.of(2026, 3, 13),
                centro("2026-03-09T10:00")).stateOrThrow();
        Promocion prorrogada = workflow.prorrogar(canalizada, LocalDate.of(2026, 3, 20), centro("2026-03-10T10:00"))
                .stateOrThrow();
        Promocion atendida = workflow.responder(prorrogada, "respuesta", centro("2026-03-11T10:00")).stateOrThrow();
        Promocion orientacion = workflow.presentar(SolicitudPromocion.orientacion(GODE_TIJUANA,
                AsuntoPromocion.EMISIONES, "😀 orientación"), NO_CERTIFICADO_EKU, centro("2026-03-02T10:00"))
                .stateOrThrow();
        for (Promocion p : List.of(recibida, canalizada, prorrogada, atendida, orientacion)) {
            roundTrip(p, Promocion.class);
        }
        assertThat(mapper.writeValueAsString(orientacion)).doesNotContain("telefono").doesNotContain("evidencia");
        roundTrip(Telefono.parse("5512345678"), Telefono.class);
        roundTrip(FiltroTablero.TODAS, FiltroTablero.class);
        roundTrip(FiltroTablero.TODAS.conAsunto(AsuntoPromocion.ICSOE).conEstatus(EstatusPromocion.CANALIZADA)
                .recibidasEntre(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), FiltroTablero.class);
        assertThat(mapper.writeValueAsString(atendida)).contains("\"estatus\":\"ATENDIDA\"")
                .contains("\"fechaRecepcion\":\"2026-03-09\"");
    }

    @Test
    void notificaciones_cadaEstado_idaYVuelta() throws Exception {
        NotificacionWorkflow workflow = NotificacionWorkflow.of(PLAZOS, ZONAS, folios, AnunciosImss.NINGUNO);
        SplittableRandom random = new SplittableRandom(SEED);
        List<Notificacion> states = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Instant aviso = Instant.parse("2025-01-02T00:00:00Z").plusSeconds(random.nextLong(600L * 24 * 3600));
            AvisoNotificacion a = new AvisoNotificacion(i % 2 == 0 ? EKU_CDMX : GODE_TIJUANA,
                    ActoNotificable.RESOLUCION_PRIMA_MEDIA_ART_72, Sha256.digestUtf8("doc" + i),
                    i % 3 == 0 ? java.util.Optional.of("Oficio " + i) : java.util.Optional.empty());
            roundTrip(a, AvisoNotificacion.class);
            Notificacion n = workflow.enviarAviso(a, aviso).stateOrThrow();
            states.add(n);
            Instant at = aviso.plusSeconds(random.nextLong(10L * 24 * 3600));
            states.add(random.nextBoolean() ? workflow.abrir(n, NO_CERTIFICADO_EKU, at).stateToStore().orElse(n)
                    : workflow.tenerPorNotificada(n, at).stateToStore().orElse(n));
        }
        for (Notificacion n : states) {
            roundTrip(n, Notificacion.class);
        }
    }

    @Test
    void servicios32d_idaYVuelta() throws Exception {
        Servicios32DWorkflow workflow = Servicios32DWorkflow.of(ZONAS, folios);
        TercerosAutorizados terceros = TercerosAutorizados.ninguno(EKU_CDMX);
        roundTrip(terceros, TercerosAutorizados.class);
        terceros = workflow.autorizarTercero(terceros, Rfc.parse("COSC8001137NA"), NO_CERTIFICADO_EKU,
                centro("2026-03-02T10:00")).stateOrThrow();
        terceros = workflow.autorizarTercero(terceros, Rfc.parse("GODE561231GR8"), NO_CERTIFICADO_EKU,
                centro("2026-03-02T11:00")).stateOrThrow();
        roundTrip(terceros, TercerosAutorizados.class);
        AutorizacionOpinionPublica publica = AutorizacionOpinionPublica.noAutorizada(EKU_CDMX);
        roundTrip(publica, AutorizacionOpinionPublica.class);
        publica = workflow.autorizarOpinionPublica(publica, NO_CERTIFICADO_EKU, centro("2026-03-02T10:00"))
                .stateOrThrow();
        roundTrip(publica, AutorizacionOpinionPublica.class);
        for (SentidoOpinion s : SentidoOpinion.values()) {
            roundTrip(new OpinionCumplimiento(Folio.parse("BI-20260302-000000099"), EKU_CDMX.rfc(), s,
                    centro("2026-03-02T23:59:59")), OpinionCumplimiento.class);
        }
    }

    @Test
    void rechazo_conHallazgosDelZip_idaYVuelta() throws Exception {
        PromocionWorkflow workflow = PromocionWorkflow.of(PLAZOS, ZONAS, folios);
        Rejection r = workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE, "x",
                "123", ArchivoEvidencia.inspect("e.zip", new byte[] {'%', 'P', 'D', 'F'})), NO_CERTIFICADO_EKU,
                centro("2026-03-02T10:00")).rejection().orElseThrow();
        assertThat(r.findings()).hasSizeGreaterThan(2);
        Rejection back = roundTrip(r, Rejection.class);
        assertThat(back.errorCode()).isSameAs(r.errorCode());
    }

    @Test
    void jsonInvalido_rechazadoNombrandoLaRegla() throws Exception {
        Promocion p = PromocionWorkflow.of(PLAZOS, ZONAS, folios).presentar(SolicitudPromocion.orientacion(EKU_CDMX,
                AsuntoPromocion.ICSOE, "hola"), NO_CERTIFICADO_EKU, centro("2026-03-02T10:00")).stateOrThrow();
        String json = mapper.writeValueAsString(p);
        assertThatThrownBy(() -> mapper.readValue(json.replace("\"descripcion\":\"hola\"", "\"descripcion\":\"\""),
                Promocion.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue(json.replace("\"historial\":[", "\"historial\":[{},"),
                Promocion.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"codigo\":\"NO_EXISTE\",\"mensaje\":\"m\",\"hallazgos\":[]}",
                Rejection.class)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("\"12345\"", Telefono.class))
                .isInstanceOf(JsonMappingException.class);
    }
}
