package mx.buzon.examples.cli;

import picocli.CommandLine.Command;

/** {@code buzon acuse}: groups {@code verify}. */
@Command(name = "acuse",
        description = "Acuses de recibo del Buzón IMSS en PDF: verificarlos.",
        subcommands = {AcuseVerifyCommand.class})
final class AcuseCommand extends GroupCommand {
}
