package mx.buzon.core.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.plazo.BuzonPlazos;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Rfc;

/** Shared test data for the workflow tests: particulares, the SAT test e.firma's certificate number, ZIPs. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The SAT test FIEL of ESCUELA KEMPER URGATE (fixtures/efirma/INDEX.tsv: EKU9003173C9_FIEL_2023). */
    public static final NumeroCertificado NO_CERTIFICADO_EKU = NumeroCertificado.parse("30001000000500003415");

    /** A persona moral with domicile in Mexico City (CP 06600, Zona Centro). */
    public static final Particular EKU_CDMX = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE",
            List.of(), "06600");

    /** A persona física with domicile in Tijuana (CP 22000, America/Tijuana). */
    public static final Particular GODE_TIJUANA = Particular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ",
            List.of(), "22000");

    /** A persona física with domicile in Cancún (CP 77500, Zona Sureste). */
    public static final Particular COSC_CANCUN = Particular.of(Rfc.parse("COSC8001137NA"), "CARLOS COSTA SANTOS",
            List.of(), "77500");

    /** The IMSS calendar (law only, 2023–2026) with the Buzón's timing rules. */
    public static final BuzonPlazos PLAZOS = BuzonPlazos.of(ReferenceCalendars.imss());

    /** Every postal code of SEPOMEX 2024-12 with its zone. */
    public static final PostalCodeZones ZONAS = PostalCodeZones.reference();

    /**
     * An instant written in Zona Centro (UTC−6 all year since 2022).
     *
     * @param localDateTime e.g. {@code 2026-03-02T10:00}
     * @return the instant
     */
    public static Instant centro(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(java.time.ZoneId.of("America/Mexico_City"))
                .toInstant();
    }

    /**
     * A well-formed ZIP with the given entries (stored with deflate).
     *
     * @param entries names and texts
     * @return the ZIP's bytes
     */
    public static byte[] zip(Map<String, String> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream out = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a small ZIP of evidence with a PDF-like file and a note */
    public static byte[] goodZip() {
        return zip(Map.of("captura.txt", "Pantalla con el error 500 al firmar", "nota.txt", "Evidencia de prueba"));
    }
}
