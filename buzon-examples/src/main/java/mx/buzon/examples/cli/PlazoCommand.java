package mx.buzon.examples.cli;

import picocli.CommandLine.Command;

/** {@code buzon plazo}: groups {@code notificacion}, {@code actuacion} and {@code habiles}. */
@Command(name = "plazo",
        description = "Plazos del Buzón IMSS en días hábiles (CFF art. 12; Lineamientos 5.8, 6.3, 7.2, 7.4, 7.5).",
        subcommands = {PlazoNotificacionCommand.class, PlazoActuacionCommand.class, PlazoHabilesCommand.class})
final class PlazoCommand extends GroupCommand {
}
