package mx.buzon.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of a command that only groups sub-commands: called alone it is a usage error naming them. */
abstract class GroupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HelpOption helpOption = new HelpOption();

    @Override
    public final Integer call() {
        throw new CliException(CliErrors.missingSubcommand(spec.commandLine()));
    }
}
