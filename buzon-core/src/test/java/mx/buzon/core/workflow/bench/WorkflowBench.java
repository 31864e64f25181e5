package mx.buzon.core.workflow.bench;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.calendar.plazo.ActuacionTiming;
import mx.buzon.calendar.plazo.NotificacionTiming;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.core.workflow.Outcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a workflow step costs over the calendar rule it applies: {@code plazos*} are the baselines (buzon-calendar's
 * timing alone); the workflow steps add validation, the domicile-zone lookup, a folio and the acuse with its cadena
 * original. Run with the bench profile (see docs/BENCHMARKS.md, "promociones and notificaciones").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WorkflowBench {

    static final Instant SATURDAY = Instant.parse("2026-03-07T16:00:00Z");
    static final Instant AVISO = Instant.parse("2026-03-02T16:00:00Z");
    static final Instant OPENED = Instant.parse("2026-03-04T17:00:00Z");

    final AtomicLong counter = new AtomicLong();
    PromocionWorkflow promociones;
    NotificacionWorkflow notificaciones;
    SolicitudPromocion orientacion;
    SolicitudPromocion aclaracion;
    byte[] zip;
    Notificacion pendiente;

    /** Builds the workflows and inputs once. */
    @Setup
    public void setUp() {
        promociones = PromocionWorkflow.of(Fixtures.PLAZOS, Fixtures.ZONAS, (p, d) -> counter.getAndIncrement());
        notificaciones = NotificacionWorkflow.of(Fixtures.PLAZOS, Fixtures.ZONAS, (p, d) -> counter.getAndIncrement(),
                AnunciosImss.NINGUNO);
        orientacion = SolicitudPromocion.orientacion(Fixtures.EKU_CDMX, AsuntoPromocion.ICSOE,
                "Planteamiento de prueba ".repeat(40));
        zip = Fixtures.goodZip();
        aclaracion = SolicitudPromocion.aclaracion(Fixtures.EKU_CDMX, AsuntoPromocion.ICSOE,
                "Planteamiento de prueba ".repeat(40), "5512345678", ArchivoEvidencia.inspect("e.zip", zip));
        pendiente = notificaciones.enviarAviso(AvisoNotificacion.of(Fixtures.EKU_CDMX,
                ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, Sha256.digestUtf8("doc")), AVISO).stateOrThrow();
    }

    /** @return Lineamientos 6.3 alone (baseline for presentar) */
    @Benchmark
    public ActuacionTiming plazosActuacion() {
        return Fixtures.PLAZOS.actuacion(SATURDAY, Fixtures.EKU_CDMX.zonaDomicilio(Fixtures.ZONAS).zoneId());
    }

    /** @return a filed orientación with its acuse de recepción */
    @Benchmark
    public Outcome<Promocion> presentarOrientacion() {
        return promociones.presentar(orientacion, Fixtures.NO_CERTIFICADO_EKU, SATURDAY);
    }

    /** @return a filed aclaración whose ZIP was inspected beforehand */
    @Benchmark
    public Outcome<Promocion> presentarAclaracion() {
        return promociones.presentar(aclaracion, Fixtures.NO_CERTIFICADO_EKU, SATURDAY);
    }

    /** @return an aclaración including the inspection of its ZIP */
    @Benchmark
    public Outcome<Promocion> inspeccionarYPresentarAclaracion() {
        return promociones.presentar(SolicitudPromocion.aclaracion(Fixtures.EKU_CDMX, AsuntoPromocion.ICSOE,
                "Planteamiento", "5512345678", ArchivoEvidencia.inspect("e.zip", zip)), Fixtures.NO_CERTIFICADO_EKU,
                SATURDAY);
    }

    /** @return Lineamientos 7.2–7.5 alone (baseline for abrir) */
    @Benchmark
    public NotificacionTiming plazosNotificacion() {
        return Fixtures.PLAZOS.notificacion(AVISO, OPENED, pendiente.zonaDomicilio());
    }

    /** @return an opened notification with its acuse */
    @Benchmark
    public Outcome<Notificacion> abrirNotificacion() {
        return notificaciones.abrir(pendiente, Fixtures.NO_CERTIFICADO_EKU, OPENED);
    }
}
