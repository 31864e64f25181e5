package mx.buzon.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.plazo.PlazoLegal;
import mx.buzon.calendar.plazo.Vencimiento;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.catalog.ActoNotificable;
import mx.buzon.core.catalog.AnunciosImss;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.BuzonService;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.notificacion.AvisoNotificacion;
import mx.buzon.core.notificacion.Notificacion;
import mx.buzon.core.notificacion.NotificacionWorkflow;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.servicios32d.AutorizacionOpinionPublica;
import mx.buzon.core.servicios32d.Servicios32DWorkflow;
import mx.buzon.core.servicios32d.TercerosAutorizados;
import mx.buzon.core.testing.InMemoryBuzonRepository;
import mx.buzon.core.testing.InMemoryCodigoSender;
import mx.buzon.core.workflow.Outcome;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.examples.samples.SatTestEfirma;
import org.jspecify.annotations.Nullable;

/**
 * The journey of {@code buzon demo}: two particulares with the SAT's public TEST e.firmas (EKU9003173C9, persona
 * moral in Ciudad de México; CACX7605101P8, persona física in Tijuana) go through the Buzón IMSS on Monday
 * 2 March 2026 from 10:15 Zona Centro: medios de contacto registered and validated, the Buzón activated with
 * the signed términos, an aclaración with a ZIP of evidence, the 32-D opinión pública authorized and cancelled,
 * a third party authorized, one notification opened and one deemed notified on the fourth día hábil. Every
 * acuse is signed where the particular signs, sealed by a generated TEST "IMSS" credential, written as PDF/A-3b
 * and verified from the file.
 *
 * <p>Everything is fixed (instants, seeds, the folio counter), so two runs write the same bytes. Not
 * thread-safe; one journey per call.
 */
final class DemoJourney {

    /** The start of the journey: Monday 2 March 2026, 10:15 Zona Centro (inside both e.firmas' validity). */
    static final ZonedDateTime INICIO = ZonedDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZoneId.of("America/Mexico_City"));
    /** The seed of the generated test institution's key. */
    static final long SEED_INSTITUCION = 20260302L;
    /** The demo's key for stored validation codes: fixed so the demo is repeatable; a host keeps its own secret. */
    private static final ClaveCodigos CLAVE_CODIGOS_DEMO =
            ClaveCodigos.of(Sha256.digestUtf8("buzon demo: clave de códigos de validación (solo pruebas)").bytes());
    /** The file the test institution's certificate is written to, for {@code acuse verify --cert-institucion}. */
    static final String CERTIFICADO_INSTITUCION = "institucion-prueba.cer";

    private static final ZoneId CENTRO = INICIO.getZone();
    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm", Locale.ROOT);
    private static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);

    /**
     * One step of the journey.
     *
     * @param numero 1, 2, ...
     * @param descripcion what happened, in Spanish
     * @param acuse the issued acuse
     * @param fechaLegal the legal date and time of the step (domicile zone, Lineamientos 5.8), as shown
     * @param archivo the PDF written
     * @param verificacion the verification of the PDF read back from disk
     */
    record Paso(int numero, String descripcion, Acuse acuse, String fechaLegal, Path archivo,
            AcuseVerification verificacion) {
    }

    private final Path carpeta;
    private final PrintWriter progreso;
    private final List<Paso> pasos = new ArrayList<>();
    private final AcuseIssuer issuer;
    private final AcusePdfVerifier verifier;

    /**
     * @param carpeta where the PDFs go (created if missing)
     * @param progreso where progress lines go (a no-op writer with {@code --json})
     */
    DemoJourney(Path carpeta, PrintWriter progreso) {
        this.carpeta = Objects.requireNonNull(carpeta, "carpeta");
        this.progreso = Objects.requireNonNull(progreso, "progreso");
        TestEfirma imss = TestEfirmas.seeded(SEED_INSTITUCION).fiel("IMS421231I45")
                .nombre("INSTITUTO MEXICANO DEL SEGURO SOCIAL (INSTITUCION DE PRUEBA)")
                .validity(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"))
                .generate();
        this.issuer = AcuseIssuer.forTesting(imss.efirma(), VerificacionUrl.of("verifica.buzon.example.mx", "/acuse"));
        // The host's configuration: the institution certificate it trusts, and the SAT's TEST CAs that issued the
        // public test e.firmas of the particulares.
        this.verifier = AcusePdfVerifier.withInstitution(imss.certificate()).withSatRoots(TrustAnchors.satPruebas());
        write(CERTIFICADO_INSTITUCION, imss.cer());
    }

    /** @return the steps, in order */
    List<Paso> pasos() {
        return List.copyOf(pasos);
    }

    /**
     * Runs the whole journey.
     *
     * @return the steps, every PDF written and verified
     */
    List<Paso> run() {
        Efirma eku = SatTestEfirma.EKU9003173C9_FIEL_2023.efirma();
        Efirma cacx = SatTestEfirma.CACX7605101P8_FIEL_2023.efirma();
        Particular moral = Particular.of(Rfc.parse("EKU9003173C9"), eku.certificate().nombre(), List.of(), "06600");
        Particular fisica = Particular.of(Rfc.parse("CACX7605101P8"), cacx.certificate().nombre(), List.of(), "22000");
        NumeroCertificado noCertEku = eku.certificate().numero();
        NumeroCertificado noCertCacx = cacx.certificate().numero();
        progreso.println("Institución que sella: credencial de PRUEBA generada (RFC IMS421231I45); su certificado está en "
                + carpeta.resolve(CERTIFICADO_INSTITUCION));
        progreso.println("Particulares: " + moral.nombre() + " (" + moral.rfc() + ", persona moral, CP 06600) y "
                + fisica.nombre() + " (" + fisica.rfc() + ", persona física, CP 22000 Tijuana), con las e.firmas de"
                + " prueba del SAT.");

        PostalCodeZones zonas = PostalCodeZones.reference();
        FolioSequence folios = FolioSequence.inMemoryCounter(1);
        BuzonPlazos plazos = BuzonPlazos.of(ReferenceCalendars.imss());

        // Medios de contacto and activation (Lineamientos 5.1-5.3).
        InMemoryCodigoSender sender = new InMemoryCodigoSender();
        BuzonService buzon = new BuzonService(new InMemoryBuzonRepository(), sender, MediosContactoWorkflow.of(zonas,
                folios, new SplittableRandom(SEED_INSTITUCION), CLAVE_CODIGOS_DEMO));
        Registro correo = buzon.registrar(moral, Mecanismo.CORREO_ELECTRONICO, "contacto@kemper.example.mx",
                Ambito.rfc(), at(10, 15));
        emitir("Registro del correo electrónico contacto@kemper.example.mx", aceptado(correo.outcome()), null,
                "registro-correo");
        Registro movil = buzon.registrar(moral, Mecanismo.TELEFONO_MOVIL, "5512345678", Ambito.rfc(), at(10, 16));
        emitir("Registro del teléfono móvil 5512345678", aceptado(movil.outcome()), null, "registro-movil");
        for (Registro registro : List.of(correo, movil)) {
            Folio folioRegistro = registro.medio().orElseThrow().folioRegistro();   // the medio just registered
            String codigo = sender.ultimoCodigo(folioRegistro).orElseThrow().digitos();
            boolean esCorreo = registro == correo;
            Acuse validado = aceptado(buzon.validar(moral, folioRegistro, codigo, at(10, esCorreo ? 20 : 21)));
            emitir("Validación del " + (esCorreo ? "correo" : "teléfono móvil") + " con el código enviado",
                    validado, null, esCorreo ? "validacion-correo" : "validacion-movil");
        }
        Acuse terminos = buzon.acuseParaFirmar(moral, noCertEku, at(10, 25));
        String firma = eku.sello(terminos.cadenaOriginal().toString());
        Acuse activacion = aceptado(buzon.firmarTerminos(moral, terminos, firma, moral.rfc(), noCertEku,
                at(10, 25)));
        emitir("Activación del Buzón: términos y condiciones firmados con la e.firma", activacion, eku,
                "activacion");

        // Promoción: an aclaración with a ZIP of evidence (Lineamientos 6.1, 6.3).
        PromocionWorkflow promociones = PromocionWorkflow.of(plazos, zonas, folios);
        SolicitudPromocion aclaracion = SolicitudPromocion.aclaracion(moral, AsuntoPromocion.OPINION_PUBLICA_32D,
                "Solicito aclarar el sentido de mi opinión del cumplimiento; adjunto el comprobante de pago.",
                "55 1234 5678", ArchivoEvidencia.inspect("evidencias.zip", evidenciaZip()));
        Outcome<Promocion> presentada = promociones.presentar(aclaracion, noCertEku, at(10, 40));
        emitir("Aclaración presentada con un ZIP de evidencia", presentada.acuse().orElseThrow(), eku, "aclaracion");

        // Servicios 32-D.
        Servicios32DWorkflow servicios = Servicios32DWorkflow.of(zonas, folios);
        Outcome<AutorizacionOpinionPublica> autorizada = servicios.autorizarOpinionPublica(
                AutorizacionOpinionPublica.noAutorizada(moral), noCertEku, at(11, 0));
        emitir("32-D: autorización para hacer pública la opinión del cumplimiento", autorizada.acuse().orElseThrow(),
                eku, "opinion-publica-autorizada");
        Outcome<AutorizacionOpinionPublica> cancelada = servicios.cancelarOpinionPublica(autorizada.stateOrThrow(),
                noCertEku, at(11, 5));
        emitir("32-D: cancelación de esa autorización", cancelada.acuse().orElseThrow(), eku,
                "opinion-publica-cancelada");
        Outcome<TercerosAutorizados> tercero = servicios.autorizarTercero(TercerosAutorizados.ninguno(moral),
                DatosParticular.of(fisica.rfc(), fisica.nombre()), noCertEku, at(11, 10));
        emitir("32-D: autorización al tercero " + fisica.rfc() + " para consultar la opinión",
                tercero.acuse().orElseThrow(), eku, "tercero-autorizado");

        // Notificaciones (Lineamientos 7.2-7.5; CFF arts. 134 fr. I and 135).
        NotificacionWorkflow notificaciones = NotificacionWorkflow.of(plazos, zonas, folios, AnunciosImss.NINGUNO);
        Notificacion avisoFisica = notificaciones.enviarAviso(AvisoNotificacion.of(fisica,
                ActoNotificable.RESOLUCION_DETERMINACION_PRIMA_RT, Sha256.digestUtf8("Resolución de prima RT 2026")),
                at(12, 0)).stateOrThrow();
        Instant apertura = ZonedDateTime.of(2026, 3, 3, 9, 0, 0, 0, ZoneId.of("America/Tijuana")).toInstant();
        Outcome<Notificacion> abierta = notificaciones.abrir(avisoFisica, noCertCacx, apertura);
        emitir("Notificación abierta por el particular al día hábil siguiente del aviso",
                abierta.acuse().orElseThrow(), cacx, "notificacion-abierta");
        plazo(notificaciones, abierta.stateOrThrow());
        Notificacion avisoMoral = notificaciones.enviarAviso(AvisoNotificacion.of(moral,
                ActoNotificable.MULTA_RECTIFICACION_PRIMA_RT, Sha256.digestUtf8("Multa de rectificación 2026")),
                at(12, 5)).stateOrThrow();
        // Processed after the end of the third día hábil: deemed notified on the fourth at 09:30 (7.5).
        Outcome<Notificacion> tenida = notificaciones.tenerPorNotificada(avisoMoral,
                ZonedDateTime.of(2026, 3, 6, 12, 0, 0, 0, CENTRO).toInstant());
        emitir("Notificación no abierta: tenida por notificada al cuarto día hábil", tenida.acuse().orElseThrow(),
                null, "notificacion-cuarto-dia");
        plazo(notificaciones, tenida.stateOrThrow());
        return pasos();
    }

    private void plazo(NotificacionWorkflow notificaciones, Notificacion n) {
        LocalDate surte = n.surteEfectos().orElseThrow();
        Vencimiento v = notificaciones.vencimiento(n, PlazoLegal.RECURSO_INCONFORMIDAD_PATRON).orElseThrow();
        progreso.println("     notificada el " + FECHA_HORA.format(n.notificadaEl().orElseThrow().atZone(CENTRO))
                + " h (Zona Centro); surte efectos el " + FECHA.format(surte) + "; plazo para el " + v.plazo()
                + " (" + v.dias() + " días hábiles): vence el " + FECHA.format(v.vence()));
    }

    private static Instant at(int hour, int minute) {
        return INICIO.withHour(hour).withMinute(minute).toInstant();
    }

    private static Acuse aceptado(Outcome<EstadoBuzon> r) {
        return r.acuse().orElseThrow(() -> new IllegalStateException("The demo step was rejected: " + r));
    }

    private void emitir(String descripcion, Acuse acuse, @Nullable Efirma firmante, String nombre) {
        IssuedAcuse issued = firmante == null ? issuer.issue(acuse) : issuer.issue(acuse, firmante);
        int numero = pasos.size() + 1;
        String archivo = String.format(Locale.ROOT, "%02d-%s.pdf", numero, nombre);
        Path file = write(archivo, issued.pdf());
        AcuseVerification verificacion = verifier.verify(file);
        Acuse emitido = issued.acuse();
        Paso paso = new Paso(numero, descripcion, emitido, fechaLegal(emitido), file, verificacion);
        pasos.add(paso);
        progreso.println(String.format(Locale.ROOT, "[%2d] %s", numero, descripcion));
        progreso.println("     acuse " + emitido.tipo() + ", folio " + emitido.folio()
                + (emitido.firmaParticular().isPresent() ? ", firmado con la e.firma de " + emitido.particular().rfc()
                        : "") + ", sellado; " + archivo + ": "
                + (verificacion.isValid() ? "verificado, VÁLIDO" : "NO VÁLIDO " + verificacion.findings()));
    }

    /** The legal date of a step (Lineamientos 5.8, 6.3, 7.2-7.5), in the particular's domicile zone. */
    private static String fechaLegal(Acuse acuse) {
        if (acuse.campo(CampoAcuse.NOTIFICADA_EL).isPresent()) {
            ZonedDateTime t = ZonedDateTime.parse(acuse.campo(CampoAcuse.NOTIFICADA_EL).get())
                    .withZoneSameInstant(acuse.zonaDomicilio());
            return FECHA_HORA.format(t) + " h";
        }
        if (acuse.campo(CampoAcuse.FECHA_LEGAL).isPresent()) {
            return FECHA.format(LocalDate.parse(acuse.campo(CampoAcuse.FECHA_LEGAL).get()));
        }
        LocalDateTime t = acuse.fechaHoraDomicilio().toLocalDateTime();
        return FECHA_HORA.format(t) + " h";
    }

    private Path write(String name, byte[] bytes) {
        try {
            Files.createDirectories(carpeta);
            Path file = carpeta.resolve(name);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small, fixed ZIP of evidence (one text file), the same bytes on every run and every machine. The entry time
     * is set as a local date-time: {@code ZipEntry.setTime(millis)} would convert through the JVM's default time
     * zone (ZIP stores local DOS time), making the file, its SHA-256 in the cadena and so the acuse depend on where
     * the demo runs.
     */
    static byte[] evidenciaZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            ZipEntry entry = new ZipEntry("comprobante-de-pago.txt");
            entry.setTimeLocal(INICIO.toLocalDateTime());
            zip.putNextEntry(entry);
            zip.write(("Comprobante de pago de cuotas obrero patronales, febrero de 2026.\n"
                    + "Documento de ejemplo de la demostración del SDK del Buzón IMSS.\n")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
