package mx.buzon.core.servicios32d;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.internal.Acuses;

/** The acuses of the 32-D services, all signed by the particular (Guía 32-D; relación de trámites 9.1, 9.3). */
final class Servicios32DAcuses {

    private final PostalCodeZones zonas;

    Servicios32DAcuses(PostalCodeZones zonas) {
        this.zonas = zonas;
    }

    Acuse autorizacionTercero(TercerosAutorizados estado, Rfc tercero, Optional<String> nombre, Folio folio,
            Instant el, NumeroCertificado noCertificado) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.RFC_TERCERO, tercero.toString());
        nombre.ifPresent(n -> campos.put(CampoAcuse.NOMBRE_TERCERO, n));
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        return emitir(AcuseTipo.AUTORIZACION_TERCERO, folio, el, estado.particular(), campos);
    }

    Acuse cancelacionTercero(TercerosAutorizados estado, AutorizacionTercero cancelada, Optional<String> nombre,
            Folio folio, Instant el, NumeroCertificado noCertificado) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.RFC_TERCERO, cancelada.tercero().toString());
        nombre.ifPresent(n -> campos.put(CampoAcuse.NOMBRE_TERCERO, n));
        campos.put(CampoAcuse.FOLIO_AUTORIZACION, cancelada.folioAcuse().toString());
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        return emitir(AcuseTipo.CANCELACION_TERCERO, folio, el, estado.particular(), campos);
    }

    Acuse autorizacionOpinionPublica(AutorizacionOpinionPublica estado, Folio folio, Instant el, NumeroCertificado noCertificado) {
        return emitir(AcuseTipo.AUTORIZACION_OPINION_PUBLICA, folio, el, estado.particular(),
                Map.of(CampoAcuse.NO_CERTIFICADO, noCertificado.toString()));
    }

    Acuse cancelacionOpinionPublica(AutorizacionOpinionPublica estado, Folio autorizacion, Folio folio, Instant el,
            NumeroCertificado noCertificado) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        campos.put(CampoAcuse.FOLIO_AUTORIZACION, autorizacion.toString());
        return emitir(AcuseTipo.CANCELACION_OPINION_PUBLICA, folio, el, estado.particular(), campos);
    }

    private Acuse emitir(AcuseTipo tipo, Folio folio, Instant el, Particular particular, Map<String, String> campos) {
        return Acuses.emitir(tipo, folio, el, Acuses.zonaDomicilio(particular, zonas), particular, campos);
    }
}
