package mx.buzon.examples.cli;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries under the SDK from talking to the person at the terminal.
 *
 * <p>PDFBox logs a warning with a stack trace for every damaged font it meets while reading an altered acuse,
 * and Moneta logs its configuration on first use. The command line already reports what matters (in Spanish,
 * with a code), so in {@code buzon} those loggers are off: PDFBox logs even the damage it recovers from as
 * SEVERE, and every failure that matters reaches the person through the command's own verdict, exception mapping
 * and exit code. Only {@link BuzonCli#main} calls this:
 * a host that embeds {@link BuzonCli#run} keeps its own logging configuration.
 */
final class ThirdPartyLogging {

    /** Strong references: {@link Logger} keeps its configured loggers only weakly. */
    private static final List<Logger> QUIETED = List.of(
            Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"),
            Logger.getLogger("org.javamoney"));

    private ThirdPartyLogging() {}

    /** Turns the libraries' logging off. */
    static void quiet() {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.OFF);
        }
    }
}
