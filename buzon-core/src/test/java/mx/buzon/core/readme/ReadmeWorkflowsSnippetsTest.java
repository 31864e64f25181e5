package mx.buzon.core.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.EstadoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.EstatusPromocion;
import mx.buzon.core.promocion.FiltroTablero;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionErrorCode;
import mx.buzon.core.promocion.PromocionRepository;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.OpinionCumplimiento;
import mx.buzon.core.servicios32d.SentidoOpinion;
import mx.buzon.core.servicios32d.Servicios32DWorkflow;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import mx.buzon.core.testing.InMemoryPromocionRepository;
import mx.buzon.core.workflow.Fixtures;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.core.workflow.Rejection;
import org.junit.jupiter.api.Test;

/** The snippets of docs/readme-workflows.md, verbatim between the markers, with their commented values checked. */
class ReadmeWorkflowsSnippetsTest {

    final byte[] zipBytes = Fixtures.goodZip();

    @Test
    void quickStart_promocionYTablero() {
        // --- snippet: promocion
        BuzonPlazos plazos = BuzonPlazos.of(ReferenceCalendars.imss());
        PostalCodeZones zonas = PostalCodeZones.reference();
        AtomicLong counter = new AtomicLong(1);
        FolioSequence folios = (prefix, date) -> counter.getAndIncrement();   // the host's database sequence
        PromocionWorkflow promociones = PromocionWorkflow.of(plazos, zonas, folios);

        Particular eku = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE", List.of(), "06600");
        NumeroCertificado noCertificado = NumeroCertificado.parse("30001000000500003415"); // the FIEL that signs
        SolicitudPromocion aclaracion = SolicitudPromocion.aclaracion(eku, AsuntoPromocion.OPINION_PUBLICA_32D,
                "No puedo descargar mi acuse de autorización.", "55 1234 5678",
                ArchivoEvidencia.inspect("evidencias.zip", zipBytes));      // ZipInspector: size, bombs, paths
        Outcome<Promocion> filed = promociones.presentar(aclaracion, noCertificado,
                Instant.parse("2026-03-07T16:00:00Z"));                    // Saturday 10:00 Zona Centro
        Promocion p = filed.stateOrThrow();
        LocalDate recibida = p.fechaRecepcion();                           // 2026-03-09 (6.3: next día hábil)
        Acuse acuse = filed.acuse().orElseThrow();                         // RECEPCION_PROMOCION, folio = p.folio()
        String cadena = acuse.cadenaOriginal().toString();                 // description and ZIP as SHA-256

        Promocion enProrroga = promociones.prorrogar(p, LocalDate.of(2026, 3, 20),
                Instant.parse("2026-03-10T17:00:00Z")).stateOrThrow();     // EN_PRORROGA, acuse de prórroga
        PromocionRepository tablero = new InMemoryPromocionRepository();
        tablero.save(enProrroga);
        List<Promocion> enProrrogaEnMarzo = tablero.tablero(eku.rfc(), FiltroTablero.TODAS
                .conEstatus(EstatusPromocion.EN_PRORROGA)
                .recibidasEntre(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));   // [enProrroga]

        Outcome<Promocion> sinZip = promociones.presentar(SolicitudPromocion.aclaracion(eku,
                aclaracion.asunto(), aclaracion.descripcion(), "55 1234 5678"),   // no ZIP attached
                noCertificado, Instant.parse("2026-03-09T16:00:00Z"));
        Rejection rechazo = sinZip.rejection().orElseThrow();              // PROMOCION_EVIDENCIA_REQUERIDA
        String mensaje = rechazo.message();   // "Una aclaración requiere un archivo .zip menor a 10 MB ..."
        // --- end
        assertThat(recibida).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(acuse.tipo()).isEqualTo(AcuseTipo.RECEPCION_PROMOCION);
        assertThat(acuse.folio()).isEqualTo(p.folio());
        assertThat(cadena).contains("Evidencia_SHA256:" + Sha256.digest(zipBytes)).doesNotContain("descargar");
        assertThat(enProrroga.estatus()).isEqualTo(EstatusPromocion.EN_PRORROGA);
        assertThat(enProrrogaEnMarzo).containsExactly(enProrroga);
        assertThat(rechazo.errorCode()).isEqualTo(PromocionErrorCode.PROMOCION_EVIDENCIA_REQUERIDA);
        assertThat(mensaje).startsWith("Una aclaración requiere un archivo .zip menor a 10 MB");
    }

    @Test
    void quickStart_notificaciones() {
        BuzonPlazos plazos = BuzonPlazos.of(ReferenceCalendars.imss());
        PostalCodeZones zonas = PostalCodeZones.reference();
        AtomicLong counter = new AtomicLong(1);
        FolioSequence folios = (prefix, date) -> counter.getAndIncrement();
        Particular eku = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE", List.of(), "06600");
        NumeroCertificado noCertificado = NumeroCertificado.parse("30001000000500003415");
        Sha256 documento = Sha256.digestUtf8("resolución");
        // --- snippet: notificacion
        NotificacionWorkflow notificaciones = NotificacionWorkflow.of(plazos, zonas, folios, AnunciosImss.NINGUNO);
        AvisoNotificacion aviso = AvisoNotificacion.of(eku, ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT,
                documento);
        Notificacion pendiente = notificaciones.enviarAviso(aviso, Instant.parse("2026-03-02T16:00:00Z"))
                .stateOrThrow();                                           // Monday 2 March, no acuse (7.3)

        // Not opened: deemed notified on the fourth día hábil at 09:30 (7.4, 7.5; docs/LEGAL.md §3).
        Outcome<Notificacion> tenida = notificaciones.tenerPorNotificada(pendiente,
                Instant.parse("2026-03-06T18:00:00Z"));
        Notificacion n = tenida.stateOrThrow();                            // TENIDA_POR_NOTIFICADA
        Instant notificadaEl = n.notificadaEl().orElseThrow();            // 2026-03-06T15:30:00Z (09:30 Centro)
        LocalDate surte = n.surteEfectos().orElseThrow();                  // 2026-03-09 (CFF art. 135)
        LocalDate vence = notificaciones.vencimiento(n, PlazoLegal.RECURSO_INCONFORMIDAD_PATRON)
                .orElseThrow().vence();                                    // 2026-03-31

        // Opened within the three días hábiles: notified when opened (7.2 hours apply).
        Outcome<Notificacion> abierta = notificaciones.abrir(pendiente, noCertificado,
                Instant.parse("2026-03-04T17:00:00Z"));                    // ABIERTA, acuse NOTIFICACION_ABIERTA
        Outcome<Notificacion> otraVez = notificaciones.abrir(abierta.stateOrThrow(), noCertificado,
                Instant.parse("2026-03-05T17:00:00Z"));                    // idempotent: same state, no acuse
        // --- end
        assertThat(n.estado()).isEqualTo(EstadoNotificacion.TENIDA_POR_NOTIFICADA);
        assertThat(tenida.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA);
        assertThat(notificadaEl).isEqualTo(Instant.parse("2026-03-06T15:30:00Z"));
        assertThat(surte).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(vence).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(abierta.stateOrThrow().estado()).isEqualTo(EstadoNotificacion.ABIERTA);
        assertThat(abierta.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.NOTIFICACION_ABIERTA);
        assertThat(otraVez.stateOrThrow()).isEqualTo(abierta.stateOrThrow());
        assertThat(otraVez.acuse()).isEmpty();
    }

    @Test
    void quickStart_servicios32d() {
        PostalCodeZones zonas = PostalCodeZones.reference();
        AtomicLong counter = new AtomicLong(1);
        FolioSequence folios = (prefix, date) -> counter.getAndIncrement();
        Particular eku = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE", List.of(), "06600");
        NumeroCertificado noCertificado = NumeroCertificado.parse("30001000000500003415");
        // --- snippet: 32d
        Servicios32DWorkflow servicios = Servicios32DWorkflow.of(zonas, folios);
        Outcome<AutorizacionOpinionPublica> autorizada = servicios.autorizarOpinionPublica(
                AutorizacionOpinionPublica.noAutorizada(eku), noCertificado, Instant.parse("2026-03-02T17:00:00Z"));
        Outcome<AutorizacionOpinionPublica> cancelada = servicios.cancelarOpinionPublica(
                autorizada.stateOrThrow(), noCertificado, Instant.parse("2026-03-03T17:00:00Z"));
        boolean publica = cancelada.stateOrThrow().isPublica();           // false; acuse CANCELACION_OPINION_PUBLICA

        Outcome<TercerosAutorizados> tercero = servicios.autorizarTercero(TercerosAutorizados.ninguno(eku),
                Rfc.parse("COSC8001137NA"), noCertificado, Instant.parse("2026-03-02T17:05:00Z"));
        boolean consulta = tercero.stateOrThrow().puedeConsultar(Rfc.parse("COSC8001137NA"));   // true
        String codigo = servicios.autorizarTercero(tercero.stateOrThrow(), eku.rfc(), noCertificado,
                Instant.parse("2026-03-02T17:06:00Z")).rejection().orElseThrow().code();
                                                                           // SERVICIO_32D_TERCERO_ES_EL_PARTICULAR

        OpinionCumplimiento opinion = new OpinionCumplimiento(Folio.parse("BI-20260302-000000042"), eku.rfc(),
                SentidoOpinion.POSITIVA, Instant.parse("2026-03-03T05:59:59Z"));   // 2 March 23:59:59 Centro
        boolean hoy = opinion.isValidOn(LocalDate.of(2026, 3, 2));         // true
        boolean manana = opinion.isValidOn(LocalDate.of(2026, 3, 3));      // false (Regla Novena)
        LocalDate resolverAclaracion = OpinionCumplimiento.plazoAclaracion(LocalDate.of(2026, 3, 2))
                .vence();                                                  // 2026-03-12 (10 días naturales)
        // --- end
        assertThat(autorizada.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.AUTORIZACION_OPINION_PUBLICA);
        assertThat(cancelada.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.CANCELACION_OPINION_PUBLICA);
        assertThat(publica).isFalse();
        assertThat(tercero.acuse().orElseThrow().tipo()).isEqualTo(AcuseTipo.AUTORIZACION_TERCERO);
        assertThat(consulta).isTrue();
        assertThat(codigo).isEqualTo("SERVICIO_32D_TERCERO_ES_EL_PARTICULAR");
        assertThat(hoy).isTrue();
        assertThat(manana).isFalse();
        assertThat(resolverAclaracion).isEqualTo(LocalDate.of(2026, 3, 12));
    }

    /** The README section (or the root README it was merged into) shows exactly the code between the markers. */
    @Test
    void readme_contieneLosSnippetsTalCual() throws Exception {
        Path source = Path.of("src", "test", "java", "mx", "buzon", "core", "readme",
                "ReadmeWorkflowsSnippetsTest.java");
        String code = Files.readString(source, java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder docs = new StringBuilder();
        for (Path doc : List.of(Path.of("..", "docs", "readme-workflows.md"), Path.of("..", "docs", "readme-domain.md"),
                Path.of("..", "README.md"))) {
            if (Files.exists(doc)) {
                docs.append(Files.readString(doc, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        for (String name : List.of("promocion", "notificacion", "32d")) {
            String start = "// --- snippet: " + name + "\n";
            int from = code.indexOf(start) + start.length();
            int to = code.indexOf("        // --- end", from);
            String snippet = dedent(code.substring(from, to));
            assertThat(docs.toString()).as("snippet %s", name).contains(snippet);
        }
        for (mx.buzon.problem.ErrorCode c : mx.buzon.core.workflow.ErrorCatalogueTest.CODES) {
            assertThat(docs.toString()).as("the README's error table lists %s", c.code())
                    .contains("| `" + c.code() + "` |");
        }
    }

    private static String dedent(String block) {
        List<String> lines = block.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
