package mx.buzon.examples.cli;

import picocli.CommandLine.Command;

/** {@code buzon efirma}: groups {@code inspect}, {@code sign} and {@code verify}. */
@Command(name = "efirma",
        description = "e.firma (FIEL) del SAT: revisarla, firmar un archivo y verificar un sello.",
        subcommands = {EfirmaInspectCommand.class, EfirmaSignCommand.class, EfirmaVerifyCommand.class})
final class EfirmaCommand extends GroupCommand {
}
