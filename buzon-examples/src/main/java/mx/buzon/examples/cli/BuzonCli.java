package mx.buzon.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * Entry point of {@code java -jar buzon.jar}: the {@code buzon} command line (docs/readme-cli.md).
 *
 * <p>Each sub-command is a small class; this one wires them together, makes picocli speak Spanish, and maps every
 * outcome to the exit codes of docs/readme-cli.md ({@link ExitCodes}): 0 success, 1 invalid input or failed
 * verification, 2 usage error, 3 unreadable input. With {@code --json} a command prints exactly one JSON object
 * on stdout, errors included ({@code {"error":{"codigo":"...","mensaje":"..."}}}).
 *
 * <p>Example: {@code BuzonCli.run(new String[] {"cp", "zona", "22000", "--json"}, out, err)} prints
 * {@code {"cp":"22000","zonaHoraria":"America/Tijuana",...}} and returns 0. Not thread-safe per instance; each
 * {@code run} call builds its own.
 */
@Command(
        name = "buzon",
        version = "buzon 0.3.0-SNAPSHOT",
        description = "Herramientas del SDK del Buzón IMSS: e.firma del SAT, plazos y husos horarios.",
        subcommands = {EfirmaCommand.class, PlazoCommand.class, CpCommand.class, AcuseCommand.class, DemoCommand.class})
public final class BuzonCli extends GroupCommand {

    /** Exit code for success (docs/readme-cli.md); same as {@link ExitCodes#OK}. */
    public static final int OK = ExitCodes.OK;
    /** Exit code for a usage error (docs/readme-cli.md); same as {@link ExitCodes#USAGE}. */
    public static final int USAGE = ExitCodes.USAGE;

    private static final Map<String, String> EXIT_CODES = exitCodes();

    @Mixin
    VersionOption versionOption = new VersionOption();

    private final Clock clock;

    private BuzonCli(Clock clock) {
        this.clock = clock;
    }

    /** {@code -V/--version} with a Spanish description. */
    static final class VersionOption {
        @Option(names = {"-V", "--version"}, versionHelp = true, description = "Muestra la versión y termina.")
        boolean version;
    }

    /** @return the clock commands read "now" from ({@code efirma inspect} without {@code --at}) */
    Clock clock() {
        return clock;
    }

    /**
     * Runs the command line with the given arguments and returns the exit code instead of exiting,
     * so tests and embedding hosts can call it. "Now" is the system clock.
     *
     * @param args the arguments after {@code buzon}, e.g. {@code {"plazo", "habiles", "--desde", "2026-03-09",
     *     "--dias", "15"}}
     * @param out where normal output goes
     * @param err where error output goes
     * @return the exit code (docs/readme-cli.md)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /**
     * As {@link #run(String[], PrintWriter, PrintWriter)} with the clock that gives "now" (e.g. the default of
     * {@code efirma inspect --at}).
     *
     * @param args the arguments after {@code buzon}
     * @param out where normal output goes
     * @param err where error output goes
     * @param clock the clock, e.g. {@code Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC)}
     * @return the exit code (docs/readme-cli.md)
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        Objects.requireNonNull(args, "args");
        CommandLine cli = commandLine(new BuzonCli(Objects.requireNonNull(clock, "clock")));
        cli.setOut(out);
        cli.setErr(err);
        boolean json = Arrays.asList(args).contains(JsonOption.NAME);
        cli.setParameterExceptionHandler((e, given) -> CliErrors.report(CliErrors.fromUsage(e), out, err, json));
        cli.setExecutionExceptionHandler((e, command, parsed) ->
                CliErrors.report(CliErrors.from(e), out, err, jsonAsked(parsed)));
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
        ThirdPartyLogging.quiet();
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    private static CommandLine commandLine(BuzonCli root) {
        CommandLine cli = new CommandLine(root);
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        spanish(cli);
        return cli;
    }

    private static void spanish(CommandLine command) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.synopsisHeading("Uso: ")
                .synopsisSubcommandLabel("[COMANDO]")
                .descriptionHeading("%n")
                .parameterListHeading("%nParámetros:%n")
                .optionListHeading("%nOpciones:%n")
                .commandListHeading("%nComandos:%n")
                .exitCodeListHeading("%nCódigos de salida:%n")
                .exitCodeList(EXIT_CODES);
        command.getSubcommands().values().forEach(BuzonCli::spanish);
    }

    private static boolean jsonAsked(ParseResult parsed) {
        ParseResult deepest = parsed;
        while (deepest.subcommand() != null) {
            deepest = deepest.subcommand();
        }
        return deepest.hasMatchedOption(JsonOption.NAME);
    }

    private static Map<String, String> exitCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "éxito");
        codes.put("1", "la entrada se leyó y no es válida o no pasó la verificación (por ejemplo e.firma vencida,"
                + " CSD en lugar de FIEL, sello que no corresponde, código postal desconocido)");
        codes.put("2", "uso incorrecto: opción desconocida, falta un parámetro, valor que no se puede interpretar");
        codes.put("3", "la entrada no se puede leer: archivo inexistente, contraseña incorrecta, datos dañados");
        return Collections.unmodifiableMap(codes);
    }
}
