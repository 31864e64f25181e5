package mx.buzon.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --json} option every command has (a picocli mixin). */
final class JsonOption {

    /** The option's name, as {@link BuzonCli} looks for it in the arguments. */
    static final String NAME = "--json";

    @Option(names = NAME, description = "Imprime exactamente un objeto JSON en la salida estándar (también los"
            + " errores: {\"error\":{\"codigo\":...,\"mensaje\":...}}).")
    boolean json;
}
