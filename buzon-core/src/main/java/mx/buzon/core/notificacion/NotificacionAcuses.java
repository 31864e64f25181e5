package mx.buzon.core.notificacion;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.workflow.internal.Acuses;

/** The acuses de notificación: abierta (7.4, signed by the particular) and tenida por notificada (7.5). */
final class NotificacionAcuses {

    private NotificacionAcuses() {
    }

    /** Issued at the opening instant; it records when the notification counts as made. */
    static Acuse abierta(Notificacion n, NumeroCertificado noCertificado) {
        Map<String, String> campos = common(n);
        campos.put(CampoAcuse.ABIERTA_EL, Acuses.instante(n.aperturaEl().orElseThrow()));
        campos.put(CampoAcuse.NOTIFICADA_EL, Acuses.instante(n.notificadaEl().orElseThrow()));
        campos.put(CampoAcuse.SURTE_EFECTOS, n.surteEfectos().orElseThrow().toString());
        campos.put(CampoAcuse.NO_CERTIFICADO, noCertificado.toString());
        return Acuses.emitir(AcuseTipo.NOTIFICACION_ABIERTA, n.folioAcuse().orElseThrow(), n.aperturaEl().get(),
                n.zonaDomicilio(), n.particular(), campos);
    }

    /** Generated automatically at the instant the notification is deemed made (7.5). */
    static Acuse tenidaPorNotificada(Notificacion n) {
        Map<String, String> campos = common(n);
        campos.put(CampoAcuse.NOTIFICADA_EL, Acuses.instante(n.notificadaEl().orElseThrow()));
        campos.put(CampoAcuse.SURTE_EFECTOS, n.surteEfectos().orElseThrow().toString());
        return Acuses.emitir(AcuseTipo.NOTIFICACION_TENIDA_POR_NOTIFICADA, n.folioAcuse().orElseThrow(),
                n.notificadaEl().get(), n.zonaDomicilio(), n.particular(), campos);
    }

    private static Map<String, String> common(Notificacion n) {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.ACTO_NOTIFICADO, n.acto().numero());
        n.referencia().ifPresent(r -> campos.put(CampoAcuse.REFERENCIA, r));
        campos.put(CampoAcuse.DOCUMENTO_SHA256, n.documentoSha256().toString());
        campos.put(CampoAcuse.AVISO_ENVIADO_EL, Acuses.instante(n.avisoEl()));
        return campos;
    }
}
