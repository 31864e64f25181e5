package mx.buzon.core.promocion;

import static mx.buzon.core.workflow.Fixtures.COSC_CANCUN;
import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.PLAZOS;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.catalog.TipoPromocion;
import mx.buzon.core.contacto.ContactoErrorCode;
import mx.buzon.core.contacto.Telefono;
import mx.buzon.core.evidence.EvidenciaErrorCode;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Promociones electrónicas (Guía de Promociones; Lineamientos 6.1, 6.3, 5.8): filing, movements and every rejection. */
class PromocionWorkflowTest {

    static final Instant MONDAY_2026_03_02_1000 = centro("2026-03-02T10:00");
    static final Instant TUESDAY_2026_03_03_1000 = centro("2026-03-03T10:00");
    static final Instant SATURDAY_2026_03_07_1000 = centro("2026-03-07T10:00");
    static final LocalDate FRIDAY_2026_03_13 = LocalDate.of(2026, 3, 13);
    static final LocalDate MONDAY_2026_03_16_INHABIL = LocalDate.of(2026, 3, 16);
    static final LocalDate FRIDAY_2026_03_20 = LocalDate.of(2026, 3, 20);
    static final String DESCRIPCION = "No puedo descargar el acuse de la autorización de mi opinión pública.";

    final AtomicLong counter = new AtomicLong(1);
    final FolioSequence folios = (prefix, date) -> counter.getAndIncrement();
    final PromocionWorkflow workflow = PromocionWorkflow.of(PLAZOS, ZONAS, folios);

    static ArchivoEvidencia goodEvidence() {
        return ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip());
    }

    static SolicitudPromocion aclaracion() {
        return SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.OPINION_PUBLICA_32D, DESCRIPCION,
                "55 1234 5678", goodEvidence());
    }

    Promocion presented() {
        return workflow.presentar(aclaracion(), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000).stateOrThrow();
    }

    static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("expected a rejection, got %s", outcome).isFalse();
        return outcome.rejection().orElseThrow();
    }

    @Test
    void presentar_aclaracionCompleta_recibidaConAcuseDeRecepcion() {
        byte[] zip = Fixtures.goodZip();
        Outcome<Promocion> outcome = workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX,
                AsuntoPromocion.OPINION_PUBLICA_32D, DESCRIPCION, "(55) 1234-5678",
                ArchivoEvidencia.inspect("Evidencias.ZIP", zip)), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);

        Promocion p = outcome.stateOrThrow();
        assertThat(p.estatus()).isEqualTo(EstatusPromocion.RECIBIDA);
        assertThat(p.folio().toString()).isEqualTo("BI-20260302-000000001");
        assertThat(p.recibidaEl()).isEqualTo(MONDAY_2026_03_02_1000);
        assertThat(p.fechaRecepcion()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(p.telefono()).contains(Telefono.parse("5512345678"));
        assertThat(p.evidencia().orElseThrow().sha256()).isEqualTo(Sha256.digest(zip));
        assertThat(p.evidencia().orElseThrow().tamanoBytes()).isEqualTo(zip.length);
        assertThat(p.respuestaAPartirDel()).isEmpty();

        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.RECEPCION_PROMOCION);
        assertThat(acuse.folio()).isEqualTo(p.folio());
        assertThat(acuse.emitidoEn()).isEqualTo(MONDAY_2026_03_02_1000);
        assertThat(acuse.campos()).containsEntry(CampoAcuse.TIPO_PROMOCION, "ACLARACION")
                .containsEntry(CampoAcuse.ASUNTO, "OPINION_PUBLICA_32D")
                .containsEntry(CampoAcuse.DESCRIPCION_SHA256, Sha256.digestUtf8(DESCRIPCION).toString())
                .containsEntry(CampoAcuse.TELEFONO, "5512345678")
                .containsEntry(CampoAcuse.EVIDENCIA_SHA256, Sha256.digest(zip).toString())
                .containsEntry(CampoAcuse.RECIBIDA_EL, "2026-03-02T10:00:00-06:00")
                .containsEntry(CampoAcuse.FECHA_LEGAL, "2026-03-02")
                .containsEntry(CampoAcuse.NO_CERTIFICADO, NO_CERTIFICADO_EKU.toString());
        // docs/LEGAL.md §5: free text enters the cadena by its digest, never verbatim.
        assertThat(acuse.cadenaOriginal().toString()).doesNotContain("opinión pública").doesNotContain("acuse de la");
    }

    @Test
    void presentar_sabado_recibidaElLunesALasCeroHorasDelDomicilio() {
        Promocion p = workflow.presentar(SolicitudPromocion.orientacion(COSC_CANCUN, AsuntoPromocion.ICSOE,
                DESCRIPCION), NO_CERTIFICADO_EKU, SATURDAY_2026_03_07_1000).stateOrThrow();

        ZoneId cancun = ZoneId.of("America/Cancun");
        assertThat(p.zonaDomicilio()).isEqualTo(cancun);
        assertThat(p.fechaRecepcion()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(p.recibidaEl()).isEqualTo(LocalDate.of(2026, 3, 9).atStartOfDay(cancun).toInstant());
        assertThat(p.presentadaEl()).isEqualTo(SATURDAY_2026_03_07_1000);
    }

    @Test
    void presentar_viernesNocheEnCentroEsSabadoEnCancun_recibidaElLunes() {
        // Friday 6 March 23:30 Zona Centro is Saturday 00:30 in Cancún (UTC−5): Lineamientos 5.8 and 6.3.
        Promocion p = workflow.presentar(SolicitudPromocion.orientacion(COSC_CANCUN, AsuntoPromocion.ICSOE,
                DESCRIPCION), NO_CERTIFICADO_EKU, centro("2026-03-06T23:30")).stateOrThrow();

        assertThat(p.fechaRecepcion()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void presentar_orientacionSinTelefonoNiEvidencia_aceptadaSinEsosCampos() {
        Outcome<Promocion> outcome = workflow.presentar(SolicitudPromocion.orientacion(EKU_CDMX,
                AsuntoPromocion.NOTIFICACION_ELECTRONICA, DESCRIPCION), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);

        assertThat(outcome.stateOrThrow().tipo()).isEqualTo(TipoPromocion.ORIENTACION);
        assertThat(outcome.acuse().orElseThrow().campos()).doesNotContainKeys(CampoAcuse.TELEFONO,
                CampoAcuse.EVIDENCIA_SHA256);
    }

    /** The factories replace Optional arguments: each is the canonical constructor with the parts it names. */
    @Test
    void solicitud_factories_areTheConstructorWithoutOptionalArguments() {
        ArchivoEvidencia zip = ArchivoEvidencia.inspect("evidencias.zip", Fixtures.goodZip());
        assertThat(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.EMISIONES, DESCRIPCION, "5512345678"))
                .isEqualTo(new SolicitudPromocion(EKU_CDMX, TipoPromocion.ACLARACION, AsuntoPromocion.EMISIONES,
                        DESCRIPCION, Optional.of("5512345678"), Optional.empty()));
        assertThat(SolicitudPromocion.orientacion(EKU_CDMX, AsuntoPromocion.EMISIONES, DESCRIPCION, "5512345678"))
                .isEqualTo(new SolicitudPromocion(EKU_CDMX, TipoPromocion.ORIENTACION, AsuntoPromocion.EMISIONES,
                        DESCRIPCION, Optional.of("5512345678"), Optional.empty()));
        assertThat(SolicitudPromocion.orientacion(EKU_CDMX, AsuntoPromocion.EMISIONES, DESCRIPCION, zip))
                .isEqualTo(new SolicitudPromocion(EKU_CDMX, TipoPromocion.ORIENTACION, AsuntoPromocion.EMISIONES,
                        DESCRIPCION, Optional.empty(), Optional.of(zip)));
        assertThat(SolicitudPromocion.orientacion(EKU_CDMX, AsuntoPromocion.EMISIONES, DESCRIPCION, "5512345678",
                zip)).isEqualTo(new SolicitudPromocion(EKU_CDMX, TipoPromocion.ORIENTACION,
                        AsuntoPromocion.EMISIONES, DESCRIPCION, Optional.of("5512345678"), Optional.of(zip)));
        assertThat(rejection(workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.EMISIONES,
                DESCRIPCION, "5512345678"), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000)).errorCode())
                .isEqualTo(PromocionErrorCode.PROMOCION_EVIDENCIA_REQUERIDA);
        assertThat(mx.buzon.core.notificacion.AvisoNotificacion.of(EKU_CDMX,
                mx.buzon.core.catalog.ActoNotificable.RESOLUCION_PRIMA_MEDIA_ART_72,
                mx.buzon.core.cadena.Sha256.digestUtf8("doc"), "Oficio 1").referencia()).contains("Oficio 1");
    }

    @Test
    void presentar_aclaracionSinTelefonoNiEvidencia_unRechazoConAmbosHallazgos() {
        Outcome<Promocion> outcome = workflow.presentar(new SolicitudPromocion(EKU_CDMX, TipoPromocion.ACLARACION,
                AsuntoPromocion.EMISIONES, DESCRIPCION, Optional.empty(), Optional.empty()), NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000);

        Rejection r = rejection(outcome);
        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_TELEFONO_REQUERIDO);
        assertThat(r.findings()).extracting(Finding::code)
                .containsExactly("PROMOCION_TELEFONO_REQUERIDO", "PROMOCION_EVIDENCIA_REQUERIDA");
        assertThat(counter.get()).as("a rejected command draws no folio").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5512345", "55123456789", "+52 55 1234 5678", "55-1234-567O", "55_1234_5678",
            "5512345678 ext 1", "５５１２３４５６７８"})
    void presentar_telefonoInvalido_rechazada(String telefono) {
        Outcome<Promocion> outcome = workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX,
                AsuntoPromocion.EMISIONES, DESCRIPCION, telefono, goodEvidence()), NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000);

        Rejection r = rejection(outcome);
        assertThat(r.errorCode()).isEqualTo(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO);
        assertThat(r.offendingValue()).contains(telefono);
        assertThat(r.message()).contains("10 dígitos");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5512345678", "55 1234 5678", "(55) 1234-5678", "55.1234.5678", " 5512345678 "})
    void telefono_separadoresPermitidos_normalizaA10Digitos(String typed) {
        assertThat(Telefono.parse(typed).toString()).isEqualTo("5512345678");
        assertThat(Telefono.parse(Telefono.parse(typed).toString())).isEqualTo(Telefono.parse(typed));
    }

    @Test
    void presentar_orientacionConTelefonoInvalido_rechazada() {
        Outcome<Promocion> outcome = workflow.presentar(SolicitudPromocion.orientacion(EKU_CDMX,
                AsuntoPromocion.EMISIONES, DESCRIPCION, "123"), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);

        assertThat(rejection(outcome).errorCode()).isEqualTo(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO);
    }

    @Test
    void presentar_descripcionVacia_rechazada() {
        for (String blank : new String[] {"", "   ", "\n\t "}) {
            Outcome<Promocion> outcome = workflow.presentar(SolicitudPromocion.orientacion(EKU_CDMX,
                    AsuntoPromocion.EMISIONES, blank), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);
            assertThat(rejection(outcome).errorCode()).as("%s", blank.codePoints().toArray())
                    .isEqualTo(PromocionErrorCode.PROMOCION_DESCRIPCION_VACIA);
        }
    }

    @Test
    void presentar_descripcionDe4000CodePoints_aceptadaY4001Rechazada() {
        assertThat(orientacion("a".repeat(4_000)).isAccepted()).isTrue();
        Rejection r = rejection(orientacion("a".repeat(4_001)));
        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_DESCRIPCION_LARGA);
        assertThat(r.message()).contains("4001").contains("4000");
    }

    @Test
    void presentar_4000Emojis_cuentaCodePointsNoUnidadesUtf16() {
        String emojis = "😀".repeat(4_000);
        assertThat(emojis.length()).isEqualTo(8_000);
        assertThat(orientacion(emojis).isAccepted()).isTrue();
        assertThat(rejection(orientacion(emojis + "😀")).errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_DESCRIPCION_LARGA);
    }

    @Test
    void presentar_acentosDescompuestos_cuentaTrasNfcYGuardaNfc() {
        String decomposed = "e\u0301".repeat(4_000); // 8,000 code points, 4,000 after NFC
        Promocion p = orientacion(decomposed).stateOrThrow();
        assertThat(p.descripcion()).isEqualTo("é".repeat(4_000));
    }

    @Test
    void presentar_descripcionConControlOSurrogateSuelto_rechazada() {
        for (String bad : new String[] {"hola\u0000mundo", "hola\u001bmundo", "hola\u007fmundo", "hola\ud800mundo",
                "hola\udc00"}) {
            Rejection r = rejection(orientacion(bad));
            assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_DESCRIPCION_CARACTER_INVALIDO);
            assertThat(r.message()).contains("posición 5");
        }
        assertThat(orientacion("línea 1\nlínea 2\r\n\tsangría").isAccepted()).isTrue();
    }

    @Test
    void presentar_evidenciaQueNoEsZip_rechazadaConLosHallazgosDelInspector() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        Rejection r = rejection(workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                DESCRIPCION, "5512345678", ArchivoEvidencia.inspect("evidencias.zip", pdf)), NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000));

        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_EVIDENCIA_INVALIDA);
        assertThat(r.findings()).extracting(Finding::code).contains(EvidenciaErrorCode.ZIP_NO_ES_ZIP.code());
        assertThat(r.message()).contains("evidencias.zip");
    }

    @Test
    void presentar_zipConPathTraversal_rechazada() {
        byte[] evil = Fixtures.zip(Map.of("../../etc/passwd", "root"));
        Rejection r = rejection(workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                DESCRIPCION, "5512345678", ArchivoEvidencia.inspect("evidencias.zip", evil)), NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000));

        assertThat(r.findings()).extracting(Finding::code).contains(EvidenciaErrorCode.ZIP_RUTA_INSEGURA.code());
    }

    @Test
    void presentar_zipDe10MiB_rechazadaPorTamano() {
        byte[] big = new byte[10 * 1024 * 1024];
        byte[] header = Fixtures.goodZip();
        System.arraycopy(header, 0, big, 0, header.length);
        Rejection r = rejection(workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                DESCRIPCION, "5512345678", ArchivoEvidencia.inspect("evidencias.zip", big)), NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000));

        assertThat(r.findings()).extracting(Finding::code).contains(EvidenciaErrorCode.ZIP_DEMASIADO_GRANDE.code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"evidencias.pdf", "evidencias", ".zip", "evidencias.zip.exe"})
    void presentar_nombreSinExtensionZip_rechazada(String nombre) {
        Rejection r = rejection(workflow.presentar(SolicitudPromocion.aclaracion(EKU_CDMX, AsuntoPromocion.ICSOE,
                DESCRIPCION, "5512345678", ArchivoEvidencia.inspect(nombre, Fixtures.goodZip())),
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000));

        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_EVIDENCIA_NOMBRE);
    }

    /** Issue 15: the 12-part record accepted a fecha de recepción that is not the date of its receipt. */
    @Test
    void constructor_fechaRecepcionNotTheDateOfRecibidaEl_refused() {
        Promocion p = presented();
        assertThatThrownBy(() -> new Promocion(p.folio(), p.particular(), p.tipo(), p.asunto(), p.descripcion(),
                p.telefono(), p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(),
                p.fechaRecepcion().plusDays(1), p.historial())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fecha de recepción");
        assertThat(new Promocion(p.folio(), p.particular(), p.tipo(), p.asunto(), p.descripcion(), p.telefono(),
                p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(), p.fechaRecepcion(), p.historial()))
                .isEqualTo(p);
    }

    @Test
    void presentar_noCertificadoNotInSatForm_errorDeProgramacion() {
        assertThatThrownBy(() -> workflow.presentar(aclaracion(), NumeroCertificado.of(java.math.BigInteger.valueOf(31)), MONDAY_2026_03_02_1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("20 digits");
    }

    @Test
    void responder_recibida_atendidaConAcuseDeRespuesta() {
        Promocion p = presented();
        Outcome<Promocion> outcome = workflow.responder(p, "Se corrigió la descarga; intente de nuevo.",
                TUESDAY_2026_03_03_1000);

        Promocion atendida = outcome.stateOrThrow();
        assertThat(atendida.estatus()).isEqualTo(EstatusPromocion.ATENDIDA);
        assertThat(atendida.fechaRespuestaOCanalizacion()).contains(TUESDAY_2026_03_03_1000);
        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.RESPUESTA_PROMOCION);
        assertThat(acuse.folio()).isEqualTo(atendida.ultimoMovimiento().folioAcuse()).isNotEqualTo(p.folio());
        assertThat(acuse.campos()).containsEntry(CampoAcuse.FOLIO_PROMOCION, p.folio().toString())
                .containsEntry(CampoAcuse.RESPUESTA_SHA256,
                        Sha256.digestUtf8("Se corrigió la descarga; intente de nuevo.").toString());
    }

    @Test
    void prorrogar_recibida_enProrrogaConNuevaFechaYAcuse() {
        Outcome<Promocion> outcome = workflow.prorrogar(presented(), FRIDAY_2026_03_13, TUESDAY_2026_03_03_1000);

        Promocion p = outcome.stateOrThrow();
        assertThat(p.estatus()).isEqualTo(EstatusPromocion.EN_PRORROGA);
        assertThat(p.respuestaAPartirDel()).contains(FRIDAY_2026_03_13);
        assertThat(outcome.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.PRORROGA_PROMOCION);
        assertThat(outcome.acuse().orElseThrow().campos()).containsEntry(CampoAcuse.FECHA_RESPUESTA, "2026-03-13");
    }

    @Test
    void canalizar_recibida_canalizadaConNuevoAsuntoFechaYAcuse() {
        Outcome<Promocion> outcome = workflow.canalizar(presented(), AsuntoPromocion.ACTIVACION_BUZON_IMSS,
                FRIDAY_2026_03_13, TUESDAY_2026_03_03_1000);

        Promocion p = outcome.stateOrThrow();
        assertThat(p.estatus()).isEqualTo(EstatusPromocion.CANALIZADA);
        assertThat(p.asunto()).isEqualTo(AsuntoPromocion.OPINION_PUBLICA_32D);
        assertThat(p.asuntoActual()).isEqualTo(AsuntoPromocion.ACTIVACION_BUZON_IMSS);
        assertThat(p.respuestaAPartirDel()).contains(FRIDAY_2026_03_13);
        assertThat(p.fechaRespuestaOCanalizacion()).contains(TUESDAY_2026_03_03_1000);
        assertThat(outcome.acuse().orElseThrow().campos())
                .containsEntry(CampoAcuse.ASUNTO_ANTERIOR, "OPINION_PUBLICA_32D")
                .containsEntry(CampoAcuse.ASUNTO_NUEVO, "ACTIVACION_BUZON_IMSS")
                .containsEntry(CampoAcuse.FECHA_RESPUESTA, "2026-03-13");
    }

    @Test
    void canalizar_alMismoAsunto_rechazada() {
        Rejection r = rejection(workflow.canalizar(presented(), AsuntoPromocion.OPINION_PUBLICA_32D,
                FRIDAY_2026_03_13, TUESDAY_2026_03_03_1000));
        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_MISMO_ASUNTO);
    }

    @Test
    void prorrogar_aDiaInhabil_rechazada() {
        Rejection r = rejection(workflow.prorrogar(presented(), MONDAY_2026_03_16_INHABIL, TUESDAY_2026_03_03_1000));
        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_FECHA_INHABIL);
        assertThat(rejection(workflow.prorrogar(presented(), LocalDate.of(2026, 3, 14), TUESDAY_2026_03_03_1000))
                .errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_FECHA_INHABIL);
    }

    @Test
    void prorrogar_fechaNoPosteriorAHoyNiALaVigente_rechazada() {
        Promocion p = presented();
        assertThat(rejection(workflow.prorrogar(p, LocalDate.of(2026, 3, 3), TUESDAY_2026_03_03_1000)).errorCode())
                .isEqualTo(PromocionErrorCode.PROMOCION_FECHA_NO_POSTERIOR);
        Promocion extended = workflow.prorrogar(p, FRIDAY_2026_03_20, TUESDAY_2026_03_03_1000).stateOrThrow();
        assertThat(rejection(workflow.prorrogar(extended, FRIDAY_2026_03_13, TUESDAY_2026_03_03_1000)).errorCode())
                .isEqualTo(PromocionErrorCode.PROMOCION_FECHA_NO_POSTERIOR);
        assertThat(rejection(workflow.canalizar(extended, AsuntoPromocion.ICSOE, FRIDAY_2026_03_20,
                TUESDAY_2026_03_03_1000)).errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_FECHA_NO_POSTERIOR);
        assertThat(workflow.prorrogar(extended, LocalDate.of(2026, 3, 23), TUESDAY_2026_03_03_1000).isAccepted())
                .isTrue();
    }

    @Test
    void movimiento_anteriorAlUltimo_rechazado() {
        Promocion p = presented();
        Rejection r = rejection(workflow.responder(p, "respuesta", MONDAY_2026_03_02_1000.minusSeconds(1)));
        assertThat(r.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_INSTANTE_ANTERIOR);
        assertThat(workflow.responder(p, "respuesta", MONDAY_2026_03_02_1000).isAccepted()).isTrue();
    }

    @Test
    void responder_textoVacio_rechazado() {
        assertThat(rejection(workflow.responder(presented(), " \n", TUESDAY_2026_03_03_1000)).errorCode())
                .isEqualTo(PromocionErrorCode.PROMOCION_RESPUESTA_VACIA);
    }

    /** Every status × every command: what the state machine allows (Atendida is final). */
    @Test
    void transiciones_tablaCompleta() {
        Promocion recibida = presented();
        Promocion enProrroga = workflow.prorrogar(recibida, FRIDAY_2026_03_13, TUESDAY_2026_03_03_1000).stateOrThrow();
        Promocion canalizada = workflow.canalizar(recibida, AsuntoPromocion.ICSOE, FRIDAY_2026_03_13,
                TUESDAY_2026_03_03_1000).stateOrThrow();
        Promocion atendida = workflow.responder(recibida, "ok", TUESDAY_2026_03_03_1000).stateOrThrow();
        Instant later = centro("2026-03-04T10:00");
        for (Promocion p : new Promocion[] {recibida, enProrroga, canalizada, atendida}) {
            boolean open = p.estatus() != EstatusPromocion.ATENDIDA;
            Outcome<Promocion> responder = workflow.responder(p, "respuesta", later);
            Outcome<Promocion> prorrogar = workflow.prorrogar(p, FRIDAY_2026_03_20, later);
            Outcome<Promocion> canalizar = workflow.canalizar(p, AsuntoPromocion.EMISIONES, FRIDAY_2026_03_20, later);
            for (Outcome<Promocion> o : java.util.List.of(responder, prorrogar, canalizar)) {
                assertThat(o.isAccepted()).as("%s: %s", p.estatus(), o).isEqualTo(open);
                if (!open) {
                    assertThat(rejection(o).errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_YA_ATENDIDA);
                }
            }
            if (open) {
                assertThat(responder.stateOrThrow().estatus()).isEqualTo(EstatusPromocion.ATENDIDA);
                assertThat(prorrogar.stateOrThrow().estatus()).isEqualTo(EstatusPromocion.EN_PRORROGA);
                assertThat(canalizar.stateOrThrow().estatus()).isEqualTo(EstatusPromocion.CANALIZADA);
            }
        }
    }

    @Test
    void promocion_estadoInvalidoConstruidoAMano_rechazadoPorElConstructor() {
        Promocion p = presented();
        assertThatThrownBy(() -> new Promocion(p.folio(), p.particular(), TipoPromocion.ACLARACION, p.asunto(),
                p.descripcion(), Optional.empty(), p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(),
                p.fechaRecepcion(), p.historial())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Promocion(p.folio(), p.particular(), p.tipo(), p.asunto(), "",
                p.telefono(), p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(),
                p.fechaRecepcion(), p.historial())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Promocion(p.folio(), p.particular(), p.tipo(), p.asunto(), p.descripcion(),
                p.telefono(), p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(),
                p.fechaRecepcion(), java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
        Promocion atendida = workflow.responder(p, "ok", TUESDAY_2026_03_03_1000).stateOrThrow();
        java.util.List<Movimiento> afterFinal = new java.util.ArrayList<>(atendida.historial());
        afterFinal.add(new Movimiento(EstatusPromocion.EN_PRORROGA, TUESDAY_2026_03_03_1000,
                atendida.ultimoMovimiento().folioAcuse(), Optional.empty(), Optional.of(FRIDAY_2026_03_13),
                Optional.empty()));
        assertThatThrownBy(() -> new Promocion(p.folio(), p.particular(), p.tipo(), p.asunto(), p.descripcion(),
                p.telefono(), p.evidencia(), p.zonaDomicilio(), p.presentadaEl(), p.recibidaEl(),
                p.fechaRecepcion(), afterFinal)).isInstanceOf(IllegalArgumentException.class);
    }

    private Outcome<Promocion> orientacion(String descripcion) {
        return workflow.presentar(SolicitudPromocion.orientacion(EKU_CDMX, AsuntoPromocion.EMISIONES, descripcion),
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);
    }
}
