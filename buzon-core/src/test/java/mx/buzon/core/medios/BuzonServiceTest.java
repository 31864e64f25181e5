package mx.buzon.core.medios;

import static mx.buzon.core.medios.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mx.buzon.core.acuse.Acuse;
import org.junit.jupiter.api.Test;

/** The service with the in-memory ports: the whole activation journey. */
class BuzonServiceTest {

    @Test
    void journey_registerValidateSign_habilitado() {
        InMemoryBuzonRepository repo = new InMemoryBuzonRepository();
        InMemoryCodigoSender sender = new InMemoryCodigoSender();
        BuzonService service = new BuzonService(repo, sender, entorno(3L));
        Instant t = LUNES_2025_02_03_1007;

        Resultado r1 = service.ejecutar(ERIKA, new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO,
                "erika@example.com", Ambito.rfc()), t);
        Resultado r2 = service.ejecutar(ERIKA, new ComandoMedios.Registrar(Mecanismo.TELEFONO_MOVIL, "5512345678",
                Ambito.rfc()), t.plusSeconds(10));
        assertThat(sender.enviados()).hasSize(2);
        assertThat(sender.enviados().get(0).destino()).isEqualTo("erika@example.com");
        assertThat(sender.enviados().get(1).venceEn()).isEqualTo(t.plusSeconds(10).plusSeconds(72 * 3600));
        for (Resultado r : new Resultado[] {r1, r2}) {
            var folio = ((Resultado.Aceptado) r).acuse().folio();
            String codigo = sender.ultimoCodigo(folio).orElseThrow().digitos();
            assertThat(service.ejecutar(ERIKA, new ComandoMedios.Validar(folio, codigo), t.plusSeconds(60)).aceptado())
                    .isTrue();
        }
        Acuse sinFirma = service.acuseParaFirmar(ERIKA, NO_CERTIFICADO, t.plusSeconds(120));
        Resultado r = service.ejecutar(ERIKA, new ComandoMedios.FirmarTerminos(sinFirma, FIRMA, RFC_ERIKA,
                NO_CERTIFICADO), t.plusSeconds(125));
        assertThat(r.aceptado()).isTrue();
        assertThat(repo.cargar(RFC_ERIKA).orElseThrow().habilitado()).isTrue();
        assertThat(service.estado(ERIKA)).isEqualTo(r.estado());
        assertThat(sender.enviados()).hasSize(2);
    }

    @Test
    void ejecutar_rejectionOnEmptyRepository_storesNothing() {
        InMemoryBuzonRepository repo = new InMemoryBuzonRepository();
        BuzonService service = new BuzonService(repo, new InMemoryCodigoSender(), entorno(3L));
        assertThat(service.ejecutar(ERIKA, new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO, "x",
                Ambito.rfc()), LUNES_2025_02_03_1007).aceptado()).isFalse();
        assertThat(repo.cargar(RFC_ERIKA)).isEmpty();
    }
}
