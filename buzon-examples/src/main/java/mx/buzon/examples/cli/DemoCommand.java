package mx.buzon.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code buzon demo --out DIR}: the whole Buzón journey with the SAT test e.firmas.
 *
 * <p>Placeholder until the examples issue lands: it says so plainly instead of pretending.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Recorrido completo del Buzón IMSS con las e.firmas de prueba del SAT.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Carpeta donde se escriben los acuses (por omisión: ${DEFAULT-VALUE}).")
    private String out = "target/demo";

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(
                "La demostración completa aún no está disponible en esta versión del SDK (se escribirían los acuses en "
                        + out + ").");
        return BuzonCli.OK;
    }
}
