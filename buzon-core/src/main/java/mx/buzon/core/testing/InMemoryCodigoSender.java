package mx.buzon.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.buzon.core.id.Folio;
import mx.buzon.core.medios.CodigoSender;
import mx.buzon.core.medios.CodigoValidacion;
import mx.buzon.core.medios.MedioContacto;

/**
 * A {@link CodigoSender} that keeps the codes in memory instead of sending them, so tests and the demo can read
 * them back. Never use it in production. Thread-safe.
 */
public final class InMemoryCodigoSender implements CodigoSender {

    /**
     * One code "sent".
     *
     * @param folioRegistro the medio's folio
     * @param destino the e-mail or mobile
     * @param codigo the code
     * @param venceEn the deadline
     */
    public record Envio(Folio folioRegistro, String destino, CodigoValidacion codigo, Instant venceEn) {
    }

    private final List<Envio> enviados = new ArrayList<>();

    /** An empty outbox. */
    public InMemoryCodigoSender() {
    }

    @Override
    public synchronized void enviar(MedioContacto medio, CodigoValidacion codigo, Instant venceEn) {
        enviados.add(new Envio(medio.folioRegistro(), medio.valor(), codigo, venceEn));
    }

    /** @return every code sent, in order */
    public synchronized List<Envio> enviados() {
        return List.copyOf(enviados);
    }

    /**
     * The last code sent for a medio.
     *
     * @param folioRegistro the medio's folio
     * @return the code, if one was sent
     */
    public synchronized Optional<CodigoValidacion> ultimoCodigo(Folio folioRegistro) {
        for (int i = enviados.size() - 1; i >= 0; i--) {
            if (enviados.get(i).folioRegistro().equals(folioRegistro)) {
                return Optional.of(enviados.get(i).codigo());
            }
        }
        return Optional.empty();
    }
}
