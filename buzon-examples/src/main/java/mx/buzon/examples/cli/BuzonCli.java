package mx.buzon.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code java -jar buzon.jar}. Each sub-command is a small class; this one only
 * wires them together and maps outcomes to the exit codes of DESIGN.md.
 */
@Command(
        name = "buzon",
        mixinStandardHelpOptions = true,
        version = "buzon 0.1.0-SNAPSHOT",
        description = "Herramientas del SDK del Buzón IMSS.",
        subcommands = {DemoCommand.class})
public final class BuzonCli {

    /** Exit code for success (DESIGN.md). */
    public static final int OK = 0;
    /** Exit code for a usage error (DESIGN.md). */
    public static final int USAGE = 2;

    private BuzonCli() {}

    /**
     * Runs the command line with the given arguments and returns the exit code instead of exiting,
     * so tests and embedding hosts can call it.
     *
     * @param args the arguments after {@code buzon}
     * @param out where normal output goes
     * @param err where error output goes
     * @return the exit code of DESIGN.md
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BuzonCli());
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Runs the command line and exits the JVM with its exit code.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }
}
