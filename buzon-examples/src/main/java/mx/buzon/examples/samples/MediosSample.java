package mx.buzon.examples.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.particular.Particular;
import mx.buzon.core.id.FolioSequence;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.medios.Ambito;
import mx.buzon.core.medios.BuzonService;
import mx.buzon.core.medios.ClaveCodigos;
import mx.buzon.core.medios.EstadoBuzon;
import mx.buzon.core.medios.EstadoMedio;
import mx.buzon.core.medios.Mecanismo;
import mx.buzon.core.medios.MedioContacto;
import mx.buzon.core.medios.MediosContactoWorkflow;
import mx.buzon.core.medios.Registro;
import mx.buzon.core.testing.InMemoryBuzonRepository;
import mx.buzon.core.testing.InMemoryCodigoSender;
import mx.buzon.core.workflow.Outcome;

/**
 * Register and validate the medios de contacto of EKU9003173C9 (Lineamientos 5.1, 5.2) through
 * {@link BuzonService}: each registration names the medio it registered, a wrong code is counted in the state the
 * service stores (the host stores {@code outcome.stateToStore()} whether accepted or not), and the mobile typed
 * as {@code "55 1234-5678"} is stored as its 10 digits, the same rule as a promoción's telephone.
 *
 * <p>The in-memory repository and sender come from {@code mx.buzon.core.testing}: a host uses its database and
 * its SMS / e-mail service, and keeps the {@link ClaveCodigos} in its secret store. {@code run()} returns exactly
 * these lines:
 * <pre>
 * Correo registrado: contacto@kemper.example.mx, folio BI-20250203-000000001
 * Móvil registrado: 5512345678, folio BI-20250203-000000002
 * Código incorrecto: MEDIOS_CODIGO_INCORRECTO; intentos guardados: 1
 * Validados: [CORREO_ELECTRONICO, TELEFONO_MOVIL]
 * </pre>
 */
public final class MediosSample {

    /** Monday 3 February 2025, 10:07:17 Zona Centro; in production, the request's instant. */
    static final Instant LUNES = Instant.parse("2025-02-03T16:07:17Z");

    private MediosSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        SecureRandom random = new SecureRandom();
        byte[] clave = new byte[32];
        random.nextBytes(clave);                                    // a host reads it from its secret store
        InMemoryCodigoSender envios = new InMemoryCodigoSender();
        BuzonService buzon = new BuzonService(new InMemoryBuzonRepository(), envios, MediosContactoWorkflow.of(
                PostalCodeZones.reference(), FolioSequence.inMemoryCounter(1), random, ClaveCodigos.of(clave)));
        Particular eku = Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE SA DE CV", List.of(),
                "06600");

        Registro correo = buzon.registrar(eku, Mecanismo.CORREO_ELECTRONICO, "contacto@kemper.example.mx",
                Ambito.rfc(), LUNES);
        Registro movil = buzon.registrar(eku, Mecanismo.TELEFONO_MOVIL, "55 1234-5678", Ambito.rfc(),
                LUNES.plusSeconds(60));
        MedioContacto medioMovil = movil.medio().orElseThrow();      // the medio just registered
        String right = envios.ultimoCodigo(medioMovil.folioRegistro()).orElseThrow().digitos();
        String wrong = right.equals("00000") ? "00001" : "00000";
        Outcome<EstadoBuzon> fallido = buzon.validar(eku, medioMovil.folioRegistro(), wrong, LUNES.plusSeconds(90));
        int intentos = buzon.estado(eku).medio(medioMovil.folioRegistro()).orElseThrow().intentosFallidos();
        for (Registro r : List.of(correo, movil)) {
            MedioContacto m = r.medio().orElseThrow();
            buzon.validar(eku, m.folioRegistro(), envios.ultimoCodigo(m.folioRegistro()).orElseThrow().digitos(),
                    LUNES.plusSeconds(120));
        }
        List<Mecanismo> validados = buzon.estado(eku).medios().stream()
                .filter(m -> m.estado() == EstadoMedio.VALIDADO).map(MedioContacto::mecanismo).toList();

        return String.join("\n",
                "Correo registrado: " + correo.medio().orElseThrow().valor() + ", folio "
                        + correo.medio().orElseThrow().folioRegistro(),
                "Móvil registrado: " + medioMovil.valor() + ", folio " + medioMovil.folioRegistro(),
                "Código incorrecto: " + fallido.rejection().orElseThrow().code() + "; intentos guardados: "
                        + intentos,
                "Validados: " + validados);
    }

    /**
     * Prints {@link #run()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(run());
    }
}
