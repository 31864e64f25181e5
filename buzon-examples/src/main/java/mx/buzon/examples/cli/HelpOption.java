package mx.buzon.examples.cli;

import picocli.CommandLine.Option;

/** {@code -h/--help} with a Spanish description (a picocli mixin; picocli's standard one is English). */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Muestra esta ayuda y termina.")
    boolean help;
}
