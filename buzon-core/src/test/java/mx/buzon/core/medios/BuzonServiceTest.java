package mx.buzon.core.medios;

import static mx.buzon.core.medios.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.id.Folio;
import mx.buzon.core.testing.InMemoryBuzonRepository;
import mx.buzon.core.testing.InMemoryCodigoSender;
import mx.buzon.core.workflow.Outcome;
import org.junit.jupiter.api.Test;

/** The service with the in-memory ports: the whole activation journey. */
class BuzonServiceTest {

    @Test
    void journey_registerValidateSign_habilitado() {
        InMemoryBuzonRepository repo = new InMemoryBuzonRepository();
        InMemoryCodigoSender sender = new InMemoryCodigoSender();
        BuzonService service = new BuzonService(repo, sender, workflow(3L));
        Instant t = LUNES_2025_02_03_1007;

        Registro r1 = service.registrar(ERIKA, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(), t);
        Registro r2 = service.registrar(ERIKA, Mecanismo.TELEFONO_MOVIL, "55 1234 5678", Ambito.rfc(),
                t.plusSeconds(10));
        assertThat(sender.enviados()).hasSize(2);
        assertThat(sender.enviados().get(0).destino()).isEqualTo("erika@example.com");
        assertThat(sender.enviados().get(1).destino()).isEqualTo("5512345678");
        assertThat(sender.enviados().get(1).venceEn()).isEqualTo(t.plusSeconds(10).plusSeconds(72 * 3600));
        for (Registro r : new Registro[] {r1, r2}) {
            MedioContacto medio = r.medio().orElseThrow();
            assertThat(sender.ultimoCodigo(medio.folioRegistro())).isEqualTo(r.codigoPorEnviar());
            String codigo = sender.ultimoCodigo(medio.folioRegistro()).orElseThrow().digitos();
            assertThat(service.validar(ERIKA, medio.folioRegistro(), codigo, t.plusSeconds(60)).isAccepted())
                    .isTrue();
        }
        Acuse sinFirma = service.acuseParaFirmar(ERIKA, NO_CERTIFICADO, t.plusSeconds(120));
        Outcome<EstadoBuzon> r = service.firmarTerminos(ERIKA, sinFirma, FIRMA, RFC_ERIKA, NO_CERTIFICADO,
                t.plusSeconds(125));
        assertThat(r.isAccepted()).isTrue();
        assertThat(repo.findByRfc(RFC_ERIKA).orElseThrow().habilitado()).isTrue();
        assertThat(service.estado(ERIKA)).isEqualTo(r.stateToStore().orElseThrow());
        assertThat(sender.enviados()).hasSize(2);
    }

    @Test
    void registrar_rejectionOnEmptyRepository_storesNothing() {
        InMemoryBuzonRepository repo = new InMemoryBuzonRepository();
        InMemoryCodigoSender sender = new InMemoryCodigoSender();
        BuzonService service = new BuzonService(repo, sender, workflow(3L));
        assertThat(service.registrar(ERIKA, Mecanismo.CORREO_ELECTRONICO, "x", Ambito.rfc(), LUNES_2025_02_03_1007)
                .isAccepted()).isFalse();
        assertThat(repo.findByRfc(RFC_ERIKA)).isEmpty();
        assertThat(sender.enviados()).isEmpty();
    }

    /** The host stores the rejected outcome's state: a wrong code is remembered, so attempts stay limited. */
    @Test
    void validar_wrongCode_countedAttemptIsStored() {
        InMemoryBuzonRepository repo = new InMemoryBuzonRepository();
        BuzonService service = new BuzonService(repo, new InMemoryCodigoSender(), workflow(3L));
        Registro r = service.registrar(ERIKA, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(),
                LUNES_2025_02_03_1007);
        String right = r.codigoPorEnviar().orElseThrow().digitos();
        String wrong = right.equals("00000") ? "00001" : "00000";
        Folio folio = r.medio().orElseThrow().folioRegistro();
        for (int i = 1; i <= MediosContactoWorkflow.MAX_INTENTOS_VALIDACION; i++) {
            assertThat(service.validar(ERIKA, folio, wrong, LUNES_2025_02_03_1007.plusSeconds(i)).isAccepted())
                    .isFalse();
            assertThat(repo.findByRfc(RFC_ERIKA).orElseThrow().medio(folio).orElseThrow().intentosFallidos())
                    .isEqualTo(i);
        }
        assertThat(service.validar(ERIKA, folio, right, LUNES_2025_02_03_1007.plusSeconds(10)).rejection()
                .orElseThrow().errorCode()).isEqualTo(MediosErrorCode.MEDIOS_NO_PENDIENTE);
    }
}
