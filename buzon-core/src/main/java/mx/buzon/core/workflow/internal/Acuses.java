package mx.buzon.core.workflow.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.NumeroCertificado;

/** Issues the acuses of the workflows; the one place that knows how {@link Acuse} is built. */
public final class Acuses {

    private Acuses() {
    }

    /**
     * The zone of a particular's domicilio fiscal (Lineamientos 5.8).
     *
     * @param particular the particular
     * @param zonas the postal-code table
     * @return the IANA zone
     */
    public static ZoneId zonaDomicilio(Particular particular, PostalCodeZones zonas) {
        return particular.zonaDomicilio(zonas).zoneId();
    }

    /**
     * An instant as the acuses write it: ISO-8601 with offset, in Zona Centro (Lineamientos 5.7).
     *
     * @param instant the instant
     * @return e.g. {@code 2026-03-06T09:30:00-06:00}
     */
    public static String instante(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(MexicanTime.ZONA_CENTRO));
    }

    /**
     * Checks that the número de certificado of the e.firma that signs is in the SAT's form (20 digits): a FIEL is
     * always issued by the SAT, so another form means the host passed some other certificate's serial.
     *
     * @param noCertificado e.g. {@code 30001000000500003416}
     * @return the same número
     * @throws IllegalArgumentException when it has no SAT form
     */
    public static NumeroCertificado requireSatForm(NumeroCertificado noCertificado) {
        Objects.requireNonNull(noCertificado, "noCertificado");
        if (noCertificado.sat().isEmpty()) {
            throw new IllegalArgumentException("The número de certificado of an e.firma is SAT's 20 digits, not the"
                    + " serial " + noCertificado + " of another CA");
        }
        return noCertificado;
    }

    /**
     * An unsigned acuse for a particular.
     *
     * @param tipo the type
     * @param folio its folio
     * @param emitidoEn when it is issued
     * @param zona the domicile zone
     * @param particular who it is for
     * @param campos the type-specific fields
     * @return the acuse
     */
    public static Acuse emitir(AcuseTipo tipo, Folio folio, Instant emitidoEn, ZoneId zona, Particular particular,
            Map<String, String> campos) {
        return Acuse.of(tipo, folio, emitidoEn, zona, particular.datosAcuse(), campos);
    }
}
