package mx.buzon.core.promocion;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.internal.Acuses;

/** The acuses of the promociones workflow (Guía de Promociones): recepción, prórroga, canalización, respuesta. */
final class PromocionAcuses {

    private PromocionAcuses() {
    }

    static Acuse recepcion(Promocion p, NumeroCertificado noCertificado) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.TIPO_PROMOCION, p.tipo().name());
        campos.put(CampoAcuse.ASUNTO, p.asunto().name());
        campos.put(CampoAcuse.DESCRIPCION_SHA256, mx.buzon.core.cadena.Sha256.digestUtf8(p.descripcion()).toString());
        p.telefono().ifPresent(t -> campos.put(CampoAcuse.TELEFONO, t.toString()));
        p.evidencia().ifPresent(e -> campos.put(CampoAcuse.EVIDENCIA_SHA256, e.sha256().toString()));
        campos.put(CampoAcuse.RECIBIDA_EL, Acuses.instante(p.recibidaEl()));
        campos.put(CampoAcuse.FECHA_LEGAL, p.fechaRecepcion().toString());
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        return Acuses.emitir(AcuseTipo.RECEPCION_PROMOCION, p.folio(), p.presentadaEl(), p.zonaDomicilio(),
                p.particular(), campos);
    }

    /** The acuse of the last movement of {@code after}, which is {@code m}. */
    static Acuse movimiento(Promocion after, Movimiento m, Promocion before) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.FOLIO_PROMOCION, after.folio().toString());
        AcuseTipo tipo;
        switch (m.estatus()) {
            case EN_PRORROGA -> {
                tipo = AcuseTipo.PRORROGA_PROMOCION;
                campos.put(CampoAcuse.FECHA_RESPUESTA, m.nuevaFechaRespuesta().orElseThrow().toString());
            }
            case CANALIZADA -> {
                tipo = AcuseTipo.CANALIZACION_PROMOCION;
                campos.put(CampoAcuse.ASUNTO_ANTERIOR, before.asuntoActual().name());
                campos.put(CampoAcuse.ASUNTO_NUEVO, m.asunto().orElseThrow().name());
                campos.put(CampoAcuse.FECHA_RESPUESTA, m.nuevaFechaRespuesta().orElseThrow().toString());
            }
            case ATENDIDA -> {
                tipo = AcuseTipo.RESPUESTA_PROMOCION;
                campos.put(CampoAcuse.RESPUESTA_SHA256, m.respuestaSha256().orElseThrow().toString());
            }
            default -> throw new IllegalArgumentException("no acuse for a movement to " + m.estatus());
        }
        return Acuses.emitir(tipo, m.folioAcuse(), m.el(), after.zonaDomicilio(), after.particular(), campos);
    }
}
