package mx.buzon.core.servicios32d;

import static mx.buzon.core.workflow.Fixtures.EKU_CDMX;
import static mx.buzon.core.workflow.Fixtures.NO_CERTIFICADO_EKU;
import static mx.buzon.core.workflow.Fixtures.ZONAS;
import static mx.buzon.core.workflow.Fixtures.centro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import org.junit.jupiter.api.Test;

/** 32-D services (relación de trámites 9.1, 9.3; Guía 32-D) and the opinión del cumplimiento (Reglas Novena, Décima). */
class Servicios32DWorkflowTest {

    static final Rfc TERCERO = Rfc.parse("COSC8001137NA");
    static final Rfc OTRO_TERCERO = Rfc.parse("GODE561231GR8");
    static final Instant MONDAY_2026_03_02_1000 = centro("2026-03-02T10:00");
    static final Instant TUESDAY_2026_03_03_1000 = centro("2026-03-03T10:00");

    final AtomicLong counter = new AtomicLong(1);
    final FolioSequence folios = (prefix, date) -> counter.getAndIncrement();
    final Servicios32DWorkflow workflow = Servicios32DWorkflow.of(ZONAS, folios);

    static Rejection rejection(Outcome<?> outcome) {
        assertThat(outcome.isAccepted()).as("expected a rejection, got %s", outcome).isFalse();
        return outcome.rejection().orElseThrow();
    }

    @Test
    void autorizarTercero_nuevo_autorizadoConAcuse() {
        Outcome<TercerosAutorizados> outcome = workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX),
                TERCERO, NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);

        TercerosAutorizados state = outcome.stateOrThrow();
        assertThat(state.puedeConsultar(TERCERO)).isTrue();
        assertThat(state.puedeConsultar(OTRO_TERCERO)).isFalse();
        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.AUTORIZACION_TERCERO);
        assertThat(acuse.folio()).isEqualTo(state.autorizacion(TERCERO).orElseThrow().folioAcuse());
        assertThat(acuse.campos()).containsEntry(CampoAcuse.RFC_TERCERO, "COSC8001137NA")
                .containsEntry(CampoAcuse.NO_CERTIFICADO, NO_CERTIFICADO_EKU.toString());
        assertThat(acuse.particular().rfc()).isEqualTo(EKU_CDMX.rfc());
    }

    @Test
    void autorizarTercero_conNombre_elAcuseLlevaElNombreJuntoAlRfc() {
        DatosParticular tercero = DatosParticular.of(TERCERO, "CARLOS CORTÉS SOTO");
        Outcome<TercerosAutorizados> outcome = workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX),
                tercero, NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);

        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.campos()).containsEntry(CampoAcuse.RFC_TERCERO, "COSC8001137NA")
                .containsEntry(CampoAcuse.NOMBRE_TERCERO, "CARLOS CORTÉS SOTO");
        assertThat(acuse.cadenaOriginal().toString()).contains("|RFCTercero:COSC8001137NA|NombreTercero:CARLOS CORTÉS SOTO|");
        Acuse cancelacion = workflow.cancelarTercero(outcome.stateOrThrow(), tercero, NO_CERTIFICADO_EKU,
                TUESDAY_2026_03_03_1000).acuse().orElseThrow();
        assertThat(cancelacion.campos()).containsEntry(CampoAcuse.NOMBRE_TERCERO, "CARLOS CORTÉS SOTO");
        assertThat(workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO, NO_CERTIFICADO_EKU,
                MONDAY_2026_03_02_1000).acuse().orElseThrow().campos()).doesNotContainKey(CampoAcuse.NOMBRE_TERCERO);
    }

    @Test
    void autorizarTercero_duplicado_rechazado() {
        TercerosAutorizados one = workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO,
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000).stateOrThrow();
        long before = counter.get();
        Rejection r = rejection(workflow.autorizarTercero(one, TERCERO, NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000));
        assertThat(r.errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_TERCERO_YA_AUTORIZADO);
        assertThat(r.offendingValue()).contains("COSC8001137NA");
        assertThat(counter.get()).isEqualTo(before);
    }

    @Test
    void autorizarTercero_elPropioRfc_rechazado() {
        Rejection r = rejection(workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), EKU_CDMX.rfc(),
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000));
        assertThat(r.errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_TERCERO_ES_EL_PARTICULAR);
        assertThat(r.message()).contains("9.4");
    }

    @Test
    void autorizarTercero_rfcGenerico_rechazado() {
        for (Rfc generic : List.of(Rfc.PUBLICO_EN_GENERAL, Rfc.EXTRANJERO)) {
            Rejection r = rejection(workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), generic,
                    NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000));
            assertThat(r.errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_TERCERO_RFC_GENERICO);
        }
    }

    @Test
    void cancelarTercero_noAutorizado_rechazado() {
        Rejection r = rejection(workflow.cancelarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO,
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000));
        assertThat(r.errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_TERCERO_NO_AUTORIZADO);
    }

    @Test
    void cancelarTercero_autorizado_canceladoConAcuseQueCitaLaAutorizacion() {
        TercerosAutorizados two = workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO,
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000).stateOrThrow();
        two = workflow.autorizarTercero(two, OTRO_TERCERO, NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000).stateOrThrow();
        Folio autorizacion = two.autorizacion(TERCERO).orElseThrow().folioAcuse();

        Outcome<TercerosAutorizados> outcome = workflow.cancelarTercero(two, TERCERO, NO_CERTIFICADO_EKU,
                TUESDAY_2026_03_03_1000);

        TercerosAutorizados state = outcome.stateOrThrow();
        assertThat(state.puedeConsultar(TERCERO)).isFalse();
        assertThat(state.puedeConsultar(OTRO_TERCERO)).isTrue();
        Acuse acuse = outcome.acuse().orElseThrow();
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.CANCELACION_TERCERO);
        assertThat(acuse.campos()).containsEntry(CampoAcuse.RFC_TERCERO, "COSC8001137NA")
                .containsEntry(CampoAcuse.FOLIO_AUTORIZACION, autorizacion.toString());
        assertThat(workflow.autorizarTercero(state, TERCERO, NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000)
                .isAccepted()).as("a cancelled third party may be authorized again").isTrue();
    }

    @Test
    void opinionPublica_autorizarYCancelar_conSusAcuses() {
        AutorizacionOpinionPublica inicial = AutorizacionOpinionPublica.noAutorizada(EKU_CDMX);
        assertThat(inicial.isPublica()).isFalse();

        Outcome<AutorizacionOpinionPublica> autorizada = workflow.autorizarOpinionPublica(inicial,
                NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000);
        assertThat(autorizada.stateOrThrow().isPublica()).isTrue();
        Acuse acuseAutorizacion = autorizada.acuse().orElseThrow();
        assertThat(acuseAutorizacion.tipo()).isEqualTo(AcuseTipo.AUTORIZACION_OPINION_PUBLICA);
        assertThat(acuseAutorizacion.titulo()).startsWith("Acuse de autorización para hacer pública");

        Outcome<AutorizacionOpinionPublica> cancelada = workflow.cancelarOpinionPublica(autorizada.stateOrThrow(),
                NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000);
        assertThat(cancelada.stateOrThrow().isPublica()).isFalse();
        Acuse acuseCancelacion = cancelada.acuse().orElseThrow();
        assertThat(acuseCancelacion.tipo()).isEqualTo(AcuseTipo.CANCELACION_OPINION_PUBLICA);
        assertThat(acuseCancelacion.campos()).containsEntry(CampoAcuse.FOLIO_AUTORIZACION,
                acuseAutorizacion.folio().toString());
    }

    @Test
    void opinionPublica_repetirAutorizacionOCancelarSinAutorizar_rechazado() {
        AutorizacionOpinionPublica autorizada = workflow.autorizarOpinionPublica(
                AutorizacionOpinionPublica.noAutorizada(EKU_CDMX), NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000)
                .stateOrThrow();
        assertThat(rejection(workflow.autorizarOpinionPublica(autorizada, NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000))
                .errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_OPINION_PUBLICA_YA_AUTORIZADA);
        assertThat(rejection(workflow.cancelarOpinionPublica(AutorizacionOpinionPublica.noAutorizada(EKU_CDMX),
                NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000)).errorCode())
                .isEqualTo(Servicios32DErrorCode.SERVICIO_32D_OPINION_PUBLICA_NO_AUTORIZADA);
    }

    @Test
    void movimiento_anteriorAlUltimo_rechazado() {
        AutorizacionOpinionPublica autorizada = workflow.autorizarOpinionPublica(
                AutorizacionOpinionPublica.noAutorizada(EKU_CDMX), NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000)
                .stateOrThrow();
        assertThat(rejection(workflow.cancelarOpinionPublica(autorizada, NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000))
                .errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_INSTANTE_ANTERIOR);
        TercerosAutorizados terceros = workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO,
                NO_CERTIFICADO_EKU, TUESDAY_2026_03_03_1000).stateOrThrow();
        assertThat(rejection(workflow.cancelarTercero(terceros, TERCERO, NO_CERTIFICADO_EKU, MONDAY_2026_03_02_1000))
                .errorCode()).isEqualTo(Servicios32DErrorCode.SERVICIO_32D_INSTANTE_ANTERIOR);
    }

    @Test
    void noCertificadoNotInSatForm_errorDeProgramacion() {
        assertThatThrownBy(() -> workflow.autorizarOpinionPublica(AutorizacionOpinionPublica.noAutorizada(EKU_CDMX),
                NumeroCertificado.of(java.math.BigInteger.valueOf(31)), MONDAY_2026_03_02_1000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workflow.autorizarTercero(TercerosAutorizados.ninguno(EKU_CDMX), TERCERO,
                NumeroCertificado.of(java.math.BigInteger.valueOf(31)), MONDAY_2026_03_02_1000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void estadosInvalidos_rechazadosPorElConstructor() {
        Folio folio = Folio.parse("BI-20260302-000000001");
        assertThatThrownBy(() -> new TercerosAutorizados(EKU_CDMX, List.of(
                new AutorizacionTercero(TERCERO, MONDAY_2026_03_02_1000, folio),
                new AutorizacionTercero(TERCERO, MONDAY_2026_03_02_1000, folio)), Optional.of(MONDAY_2026_03_02_1000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TercerosAutorizados(EKU_CDMX, List.of(
                new AutorizacionTercero(EKU_CDMX.rfc(), MONDAY_2026_03_02_1000, folio)),
                Optional.of(MONDAY_2026_03_02_1000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AutorizacionOpinionPublica(EKU_CDMX, Optional.of(MONDAY_2026_03_02_1000),
                Optional.empty(), Optional.of(MONDAY_2026_03_02_1000))).isInstanceOf(IllegalArgumentException.class);
    }

    // Opinión del cumplimiento.

    static final Folio FOLIO_OPINION = Folio.parse("BI-20260302-000000099");

    @Test
    void opinion_validaSoloElDiaDeGeneracionEnZonaCentro() {
        // Monday 2 March 23:59:59 Zona Centro is already Tuesday in UTC (and in Kiritimati, the suite's default zone).
        OpinionCumplimiento o = new OpinionCumplimiento(FOLIO_OPINION, EKU_CDMX.rfc(), SentidoOpinion.POSITIVA,
                Instant.parse("2026-03-03T05:59:59Z"));
        assertThat(o.fechaGeneracion()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(o.isValidOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(o.isValidOn(LocalDate.of(2026, 3, 3))).isFalse();
        assertThat(o.isValidOn(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(o.isValidAt(Instant.parse("2026-03-02T06:00:00Z"))).isTrue();
        assertThat(o.isValidAt(Instant.parse("2026-03-02T05:59:59Z"))).isFalse();
        assertThat(o.isValidAt(Instant.parse("2026-03-03T06:00:00Z"))).isFalse();
    }

    @Test
    void opinion_todosLosSentidos() {
        assertThat(SentidoOpinion.values()).extracting(SentidoOpinion::texto)
                .containsExactly("Positiva", "Negativa", "Sin opinión");
    }

    @Test
    void plazoAclaracion_diezDiasNaturalesDesdeElDiaSiguiente() {
        var v = OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 3, 2));
        assertThat(v.inicio()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(v.vence()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(v.diasHabiles()).isFalse();
        assertThat(v.dias()).isEqualTo(10);
        // Natural days: a holiday (16 March) and weekends count.
        assertThat(OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 3, 13)).vence())
                .isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 12, 28)).vence())
                .isEqualTo(LocalDate.of(2027, 1, 7));
    }

    @Test
    void plazoAclaracion_reglaDecimaConCffArt12CuartoParrafo_decimoDiaInhabil_vencePrimerDiaHabilSiguiente() {
        // Presented Friday 6 March 2026: the tenth day is Monday 16 March, inhábil (third Monday of March).
        var v = OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 3, 6));
        assertThat(v.ultimoDiaContado()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(v.vence()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(v.prorrogado()).isTrue();
        assertThat(v.explicacion()).contains("Regla Décima", "CFF art. 12, cuarto párrafo", "martes 17 de marzo de 2026");
        // Presented Wednesday 9 December 2026: the tenth day is Saturday 19 December, so Monday 21.
        assertThat(OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 12, 9)).vence())
                .isEqualTo(LocalDate.of(2026, 12, 21));
        // Into 2027, whose IMSS declared days are not confirmed: answered by the law, with the caveat.
        var enero = OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 12, 28));
        assertThat(enero.advertencias()).singleElement().satisfies(c -> assertThat(c.years()).containsExactly(2027));
        assertThat(OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 3, 2)).isCertain()).isTrue();
    }
}
