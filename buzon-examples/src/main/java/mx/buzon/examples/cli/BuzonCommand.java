package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every leaf command: {@code --json} and {@code --help}, the clock, and one way to print a result.
 *
 * <p>A command computes its answer and calls {@link #emit(int, ObjectNode, String)}; it throws (an SDK
 * exception or a {@link CliException}) for errors, which {@link BuzonCli} maps with {@link CliErrors}.
 */
abstract class BuzonCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JsonOption jsonOption = new JsonOption();

    @Mixin
    HelpOption helpOption = new HelpOption();

    /** @return the exit code */
    abstract int execute() throws Exception;

    @Override
    public final Integer call() throws Exception {
        return execute();
    }

    /** @return whether {@code --json} was given */
    final boolean json() {
        return jsonOption.json;
    }

    /** @return stdout of the command */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** @return the clock of the whole command line (the system clock, or the one a test gave) */
    final Clock clock() {
        return ((BuzonCli) spec.root().userObject()).clock();
    }

    /**
     * Prints the result: the JSON object with {@code --json}, else the human text.
     *
     * @param exitCode what the command ends with
     * @param json the one object of {@code --json}
     * @param human the Spanish text for a person (no final line break needed)
     * @return {@code exitCode}
     */
    final int emit(int exitCode, ObjectNode json, String human) {
        PrintWriter out = out();
        if (json()) {
            JsonOutput.print(out, json);
        } else {
            out.print(human.endsWith("\n") ? human : human + "\n");
            out.flush();
        }
        return exitCode;
    }
}
