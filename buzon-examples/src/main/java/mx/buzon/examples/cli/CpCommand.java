package mx.buzon.examples.cli;

import picocli.CommandLine.Command;

/** {@code buzon cp}: groups {@code zona}. */
@Command(name = "cp", description = "Códigos postales del domicilio fiscal.",
        subcommands = {CpZonaCommand.class})
final class CpCommand extends GroupCommand {
}
