package mx.buzon.examples.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.catalog.AsuntoPromocion;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.promocion.ArchivoEvidencia;
import mx.buzon.core.promocion.Promocion;
import mx.buzon.core.promocion.PromocionWorkflow;
import mx.buzon.core.promocion.SolicitudPromocion;
import mx.buzon.core.workflow.Outcome;

/**
 * File an aclaración with a small ZIP of evidence through {@link PromocionWorkflow} for EKU9003173C9 (CP 06600,
 * Zona Centro) with the número de certificado of its bundled test FIEL, on a Saturday: the promoción is received
 * at 00:00 of the next día hábil (Lineamientos 6.3 with 5.8) and its acuse de recepción carries the description
 * and the ZIP as SHA-256.
 *
 * <p>{@code run()} returns exactly these lines:
 * <pre>
 * Folio: BI-20260307-000000001
 * Recibida el: 2026-03-09T06:00:00Z
 * Fecha legal: 2026-03-09
 * Estatus: RECIBIDA
 * Acuse RECEPCION_PROMOCION, cadena: [Acto, Folio, FechaHora, FechaHoraDomicilio]
 * </pre>
 */
public final class PromocionSample {

    /** The instant of filing: Saturday 7 March 2026, 10:00 Zona Centro; in production, the request's instant. */
    static final Instant PRESENTADA = Instant.parse("2026-03-07T16:00:00Z");

    /** The time written in the ZIP entry, as a local date-time (ZIP stores local DOS time). */
    static final LocalDateTime EVIDENCIA_MODIFICADA = LocalDateTime.of(2026, 3, 6, 12, 0);

    private PromocionSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        Outcome<Promocion> filed = presentar();
        Promocion promocion = filed.stateOrThrow();
        Acuse acuse = filed.acuse().orElseThrow();                   // RECEPCION_PROMOCION, folio = the promoción's
        List<String> claves = acuse.cadenaOriginal().keys();

        return String.join("\n",
                "Folio: " + promocion.folio(),
                "Recibida el: " + promocion.recibidaEl(),
                "Fecha legal: " + promocion.fechaRecepcion(),
                "Estatus: " + promocion.estatus(),
                "Acuse " + acuse.tipo() + ", cadena: " + claves.subList(0, 4));
    }

    /**
     * Files the aclaración of this sample (also used by {@link AcuseSample}).
     *
     * @return the accepted promoción with its unsigned acuse de recepción
     */
    static Outcome<Promocion> presentar() {
        PromocionWorkflow promociones = PromocionWorkflow.of(BuzonPlazos.of(ReferenceCalendars.imss()),
                PostalCodeZones.reference(), FolioSequence.inMemoryCounter(1));   // the host's database sequence
        Particular eku = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE SA DE CV", List.of(),
                "06600");
        NumeroCertificado noCertificado = SatTestEfirma.EKU9003173C9_FIEL_2023.efirma().certificate().numero();

        SolicitudPromocion aclaracion = SolicitudPromocion.aclaracion(eku, AsuntoPromocion.OPINION_PUBLICA_32D,
                "No puedo descargar mi acuse de autorización.", "55 1234 5678",
                ArchivoEvidencia.inspect("evidencias.zip", evidenciaZip()));   // ZipInspector: size, bombs, paths
        return promociones.presentar(aclaracion, noCertificado, PRESENTADA);
    }

    /**
     * @return a small ZIP with one text file, the same bytes on every machine: the entry time is set with
     *         {@code setTimeLocal}, since {@code setTime(millis)} would go through the default time zone
     */
    static byte[] evidenciaZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            ZipEntry entry = new ZipEntry("captura-de-pantalla.txt");
            entry.setTimeLocal(EVIDENCIA_MODIFICADA);
            zip.putNextEntry(entry);
            zip.write("Error al descargar el acuse de autorización.\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Prints {@link #run()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(run());
    }
}
