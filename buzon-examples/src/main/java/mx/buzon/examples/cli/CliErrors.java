package mx.buzon.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.problem.BuzonException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * Turns whatever ended a command (an SDK exception, a usage error found by picocli, a {@link CliException})
 * into one {@link CliError} with a stable code, a Spanish message and the exit code of docs/readme-cli.md, and prints it.
 *
 * <p>Mapping: every SDK exception is a {@link BuzonException}; unreadable input (an e.firma, an acuse) → 3; calendar codes
 * about the data the user gave (unknown postal code, year without calendar data) → 1, damaged shipped data → 3;
 * picocli's usage errors → 2 with a Spanish message; anything unexpected → 3 {@code ERROR_INTERNO}. Stateless
 * and thread-safe.
 */
final class CliErrors {

    private CliErrors() {
    }

    /**
     * @param failure what a command threw
     * @return the error to print
     */
    static CliError from(Throwable failure) {
        if (failure instanceof CliException cli) {
            return cli.error();
        }
        if (failure instanceof ParameterException usage) {
            return fromUsage(usage);
        }
        if (failure instanceof BuzonException buzon) {
            return buzon.errorCode() instanceof CalendarErrorCode calendar
                    ? fromCalendar(calendar, buzon)
                    : new CliError(buzon.code(), buzon.getMessage(), ExitCodes.UNREADABLE);
        }
        if (failure instanceof UncheckedIOException io) {
            return CliError.of(CliErrorCode.ARCHIVO_NO_LEIDO, "de entrada", io.getCause().getMessage());
        }
        return CliError.of(CliErrorCode.ERROR_INTERNO, failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    private static CliError fromCalendar(CalendarErrorCode code, BuzonException e) {
        if (code == CalendarErrorCode.DATOS_ILEGIBLES || code == CalendarErrorCode.ZONA_HORARIA_BASE_DESACTUALIZADA) {
            return new CliError(e.code(), e.getMessage(), ExitCodes.UNREADABLE);
        }
        String hint = code == CalendarErrorCode.CALENDARIO_ANIO_SIN_DATOS
                ? " En buzon, sin la opción " + PlazoOptions.STRICT + " se calcula así y se lista la advertencia."
                : code == CalendarErrorCode.CP_ZONA_AMBIGUA
                        ? " En buzon, \"cp zona\" muestra los husos candidatos; en --cp use un código postal de la"
                                + " lista del mismo municipio."
                        : "";
        return new CliError(e.code(), e.getMessage() + hint, ExitCodes.INVALID);
    }

    /**
     * A usage error found by picocli, in Spanish.
     *
     * @param e picocli's exception (its English message is used only for cases not translated here)
     * @return the error, exit code 2
     */
    static CliError fromUsage(ParameterException e) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName(" ");
        String english = e.getMessage() == null ? "" : e.getMessage();
        List<String> unknown = command.getUnmatchedArguments();
        if (e instanceof UnmatchedArgumentException || !unknown.isEmpty()) {
            List<String> args = e instanceof UnmatchedArgumentException unmatched ? unmatched.getUnmatched() : unknown;
            String first = args.isEmpty() ? "" : args.get(0);
            return first.startsWith("-")
                    ? CliError.of(CliErrorCode.USO_OPCION_DESCONOCIDA, first, name)
                    : CliError.of(CliErrorCode.USO_ARGUMENTO_INESPERADO, first, name);
        }
        if (e instanceof MissingParameterException missing) {
            boolean valueOnly = english.startsWith("Missing required parameter for option")
                    || english.startsWith("Expected parameter for option");
            List<ArgSpec> args = missing.getMissing();
            List<String> names = new ArrayList<>();
            args.forEach(arg -> names.add(name(arg)));
            if (valueOnly) {
                return CliError.of(CliErrorCode.USO_FALTA_VALOR, inSpanishList(names), name);
            }
            String what;
            if (args.size() == 1) {
                what = "Falta " + required(args.get(0));
            } else if (args.stream().allMatch(OptionSpec.class::isInstance)) {
                what = "Faltan las opciones obligatorias " + inSpanishList(names);
            } else {
                List<String> each = new ArrayList<>();
                args.forEach(arg -> each.add(required(arg)));
                what = "Faltan " + inSpanishList(each);
            }
            return CliError.of(CliErrorCode.USO_FALTA_PARAMETRO, what, name);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return CliError.of(CliErrorCode.USO_INCORRECTO,
                    "La opción " + name(overwritten.getOverwritten()) + " se dio más de una vez.", name);
        }
        if (english.startsWith("Missing required subcommand")) {
            return missingSubcommand(command);
        }
        if (e.getArgSpec() != null) {
            String reason = e.getCause() instanceof TypeConversionException conversion ? conversion.getMessage()
                    : "\"" + e.getValue() + "\" no es un valor aceptado.";
            return CliError.of(CliErrorCode.USO_VALOR_INVALIDO, describe(e.getArgSpec()), reason);
        }
        return CliError.of(CliErrorCode.USO_INCORRECTO, english.isEmpty() ? "Uso incorrecto." : english, name);
    }

    /**
     * @param group a command that only groups sub-commands
     * @return {@code USO_FALTA_SUBCOMANDO} naming the sub-commands
     */
    static CliError missingSubcommand(CommandLine group) {
        String name = group.getCommandSpec().qualifiedName(" ");
        return CliError.of(CliErrorCode.USO_FALTA_SUBCOMANDO, name,
                String.join(", ", group.getSubcommands().keySet()), name);
    }

    /** @return {@code a}, {@code a y b}, {@code a, b y c} */
    private static String inSpanishList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " y " + items.get(items.size() - 1);
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + " (" + option.paramLabel() + ")";
        }
        return arg.paramLabel();
    }

    private static String required(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "la opción obligatoria " + name(option);
        }
        return "el parámetro obligatorio " + name(arg);
    }

    private static String describe(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return "la opción " + option.longestName() + " (" + option.paramLabel() + ")";
        }
        if (arg instanceof PositionalParamSpec positional) {
            return "el parámetro " + positional.paramLabel();
        }
        return arg.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Prints the error: with {@code --json} the one object {@code {"error":{"codigo","mensaje"}}} on stdout,
     * else {@code Error CODIGO: mensaje} on stderr.
     *
     * @param error the error
     * @param out stdout
     * @param err stderr
     * @param json whether {@code --json} was asked for
     * @return the error's exit code
     */
    static int report(CliError error, PrintWriter out, PrintWriter err, boolean json) {
        if (json) {
            JsonOutput.print(out, JsonOutput.error(error.code(), error.message()));
        } else {
            err.print("Error " + error.code() + ": " + error.message() + "\n");
            err.flush();
        }
        return error.exitCode();
    }
}
