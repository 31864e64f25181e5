package mx.buzon.core.medios;

import java.time.Instant;
import java.util.Objects;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.workflow.Outcome;

/**
 * Wires the pure {@link MediosContactoWorkflow} to the host's ports: loads the state, applies the command, stores
 * {@code outcome.stateToStore()} (accepted or not, so a counted wrong code is remembered) and sends the code of a
 * registration to the medio the registration names. The state of each RFC is updated under a lock of this
 * service, so one instance serialises the commands of a process; hosts with several processes need their own
 * transactions.
 *
 * <p>Example:
 * <pre>{@code
 * BuzonService service = new BuzonService(repository, sender, workflow);
 * Registro r = service.registrar(particular, Mecanismo.CORREO_ELECTRONICO, "erika@example.com", Ambito.rfc(),
 *         instante);
 * }</pre>
 * Thread-safe.
 */
public final class BuzonService {

    private final BuzonRepository repository;
    private final CodigoSender sender;
    private final MediosContactoWorkflow workflow;

    /**
     * @param repository where states live
     * @param sender how codes are delivered
     * @param workflow the medios workflow (zones, folio sequence, random source, key of the codes)
     */
    public BuzonService(BuzonRepository repository, CodigoSender sender, MediosContactoWorkflow workflow) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.workflow = Objects.requireNonNull(workflow, "workflow");
    }

    /**
     * Registers an e-mail or the mobile ({@link MediosContactoWorkflow#registrar}), stores the state and, when
     * accepted, sends the code to the medio just registered.
     *
     * @param particular the particular (its Buzón is created empty when none is stored)
     * @param mecanismo e-mail or mobile
     * @param valor as typed
     * @param ambito the RFC, one registro patronal or all
     * @param instante when
     * @return the registration (already stored, the code already sent)
     */
    public synchronized Registro registrar(Particular particular, Mecanismo mecanismo, String valor, Ambito ambito,
            Instant instante) {
        EstadoBuzon estado = estado(particular);
        Registro r = workflow.registrar(estado, mecanismo, valor, ambito, instante);
        store(estado, r.stateToStore());
        if (r.medio().isPresent()) {
            MedioContacto medio = r.medio().get();
            sender.enviar(medio, r.codigoPorEnviar().orElseThrow(), medio.venceEn());
        }
        return r;
    }

    /**
     * Confirms a medio with its code ({@link MediosContactoWorkflow#validar}) and stores the state (a wrong code
     * is counted).
     *
     * @param particular the particular
     * @param folioRegistro the medio's folio ({@code registro.medio().orElseThrow().folioRegistro()})
     * @param codigo the code as typed
     * @param instante when
     * @return the outcome (already stored)
     */
    public synchronized Outcome<EstadoBuzon> validar(Particular particular, Folio folioRegistro, String codigo,
            Instant instante) {
        EstadoBuzon estado = estado(particular);
        return stored(estado, workflow.validar(estado, folioRegistro, codigo, instante));
    }

    /**
     * Removes a medio ({@link MediosContactoWorkflow#eliminar}).
     *
     * @param particular the particular
     * @param folioRegistro the medio's folio
     * @param instante when
     * @return the outcome (already stored)
     */
    public synchronized Outcome<EstadoBuzon> eliminar(Particular particular, Folio folioRegistro, Instant instante) {
        EstadoBuzon estado = estado(particular);
        return stored(estado, workflow.eliminar(estado, folioRegistro, instante));
    }

    /**
     * The unsigned activation acuse to sign ({@link MediosContactoWorkflow#acuseParaFirmar}).
     *
     * @param particular the particular
     * @param noCertificado the certificate that will sign
     * @param instante when
     * @return the acuse whose cadena original the particular signs
     */
    public synchronized Acuse acuseParaFirmar(Particular particular, NumeroCertificado noCertificado, Instant instante) {
        return workflow.acuseParaFirmar(estado(particular), noCertificado, instante);
    }

    /**
     * Signs the términos y condiciones and habilitates the Buzón ({@link MediosContactoWorkflow#firmarTerminos}).
     *
     * @param particular the particular
     * @param acuseSinFirma the acuse from {@link #acuseParaFirmar}
     * @param firmaBase64 the firma over its cadena original
     * @param rfcCertificado the RFC in the e.firma's certificate
     * @param noCertificado the certificate's número
     * @param instante when
     * @return the outcome (already stored)
     */
    public synchronized Outcome<EstadoBuzon> firmarTerminos(Particular particular, Acuse acuseSinFirma,
            String firmaBase64, Rfc rfcCertificado, NumeroCertificado noCertificado, Instant instante) {
        EstadoBuzon estado = estado(particular);
        return stored(estado, workflow.firmarTerminos(estado, acuseSinFirma, firmaBase64, rfcCertificado,
                noCertificado, instante));
    }

    /**
     * The stored state, or an empty one.
     *
     * @param particular the particular
     * @return the state
     */
    public synchronized EstadoBuzon estado(Particular particular) {
        return repository.findByRfc(particular.rfc()).orElseGet(() -> EstadoBuzon.inicial(particular));
    }

    private Outcome<EstadoBuzon> stored(EstadoBuzon before, Outcome<EstadoBuzon> outcome) {
        store(before, outcome.stateToStore().orElseThrow());
        return outcome;
    }

    private void store(EstadoBuzon before, EstadoBuzon after) {
        if (!after.equals(before)) {
            repository.save(after);
        }
    }
}
