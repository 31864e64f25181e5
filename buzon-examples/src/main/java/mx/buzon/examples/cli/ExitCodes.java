package mx.buzon.examples.cli;

/**
 * The exit codes of the {@code buzon} command line (docs/readme-cli.md).
 *
 * <p>0 success; 1 the input was read and found invalid or failed verification; 2 usage error; 3 input that cannot
 * be read (missing file, wrong password, corrupt data).
 */
public final class ExitCodes {

    /** Success (and, for {@code efirma inspect}, no problem found). */
    public static final int OK = 0;
    /** The input was read and found invalid, or failed verification (e.g. an expired e.firma, a wrong sello). */
    public static final int INVALID = 1;
    /** The command line itself is wrong: unknown option, missing parameter, value that cannot be converted. */
    public static final int USAGE = 2;
    /** The input cannot be read: missing file, wrong password, corrupt data. */
    public static final int UNREADABLE = 3;

    private ExitCodes() {
    }
}
