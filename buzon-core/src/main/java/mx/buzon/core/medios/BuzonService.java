package mx.buzon.core.medios;

import java.time.Instant;
import java.util.Objects;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.Particular;

/**
 * Wires the pure workflow to the host's ports: loads the state, applies the command, stores the resulting
 * state, sends the code of a registration. The state of each RFC is updated under a lock of this service, so
 * one instance serialises the commands of a process; hosts with several processes need their own transactions.
 *
 * <p>Example:
 * <pre>{@code
 * BuzonService service = new BuzonService(new InMemoryBuzonRepository(), sender, entorno);
 * Resultado r = service.ejecutar(particular,
 *         new ComandoMedios.Registrar(Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc()), instante);
 * }</pre>
 * Thread-safe.
 */
public final class BuzonService {

    private final BuzonRepository repository;
    private final CodigoSender sender;
    private final Entorno entorno;

    /**
     * @param repository where states live
     * @param sender how codes are delivered
     * @param entorno zones, folio sequence and random source
     */
    public BuzonService(BuzonRepository repository, CodigoSender sender, Entorno entorno) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.entorno = Objects.requireNonNull(entorno, "entorno");
    }

    /**
     * Applies a command to the particular's Buzón (created empty when none is stored).
     *
     * @param particular the particular
     * @param comando the command
     * @param instante when
     * @return the workflow's answer (already stored and, for a registration, the code sent)
     */
    public synchronized Resultado ejecutar(Particular particular, ComandoMedios comando, Instant instante) {
        EstadoBuzon estado = estado(particular);
        Resultado r = MediosContacto.aplicar(estado, comando, instante, entorno);
        if (!r.estado().equals(estado)) {
            repository.guardar(r.estado());
        }
        if (r instanceof Resultado.Aceptado a && a.codigoPorEnviar().isPresent()) {
            MedioContacto medio = a.estado().medios().get(a.estado().medios().size() - 1);
            sender.enviar(medio, a.codigoPorEnviar().get(), medio.venceEn());
        }
        return r;
    }

    /**
     * The unsigned activation acuse to sign (see {@link MediosContacto#acuseParaFirmar}).
     *
     * @param particular the particular
     * @param noCertificado the certificate that will sign
     * @param instante when
     * @return the acuse whose cadena original the particular signs
     */
    public synchronized Acuse acuseParaFirmar(Particular particular, String noCertificado, Instant instante) {
        return MediosContacto.acuseParaFirmar(estado(particular), instante, noCertificado, entorno);
    }

    /**
     * The stored state, or an empty one.
     *
     * @param particular the particular
     * @return the state
     */
    public synchronized EstadoBuzon estado(Particular particular) {
        return repository.cargar(particular.rfc()).orElseGet(() -> EstadoBuzon.inicial(particular));
    }
}
