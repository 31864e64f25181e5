package mx.buzon.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.PasswordFile;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The options that load an e.firma (a picocli mixin): {@code --cer} + {@code --key}, or {@code --pfx} (with
 * {@code --pfx-entrada} when it holds several credentials), with {@code --password-file}. The password is read
 * into a {@code char[]} that the loader wipes; it never becomes a {@code String}. What reading the password file
 * noticed (a windows-1252 file) is kept in {@link #warnings()} for the command to report.
 */
final class EfirmaSource {

    @Option(names = "--cer", paramLabel = "ARCHIVO", description = "Certificado .cer de la e.firma (DER o PEM).")
    @Nullable Path cer;

    @Option(names = "--key", paramLabel = "ARCHIVO", description = "Llave privada .key (PKCS#8 cifrada, como la"
            + " entrega el SAT; también PEM).")
    @Nullable Path key;

    @Option(names = "--pfx", paramLabel = "ARCHIVO", description = "En lugar de --cer y --key: archivo .pfx/.p12.")
    @Nullable Path pfx;

    @Option(names = "--pfx-entrada", paramLabel = "ALIAS|RFC|NUMERO", description = "Si el .pfx contiene varias"
            + " credenciales (por ejemplo FIEL y CSD): cuál usar, por su alias, su RFC o su número de certificado.")
    @Nullable String pfxEntrada;

    @Option(names = "--password-file", paramLabel = "ARCHIVO", required = true, description = "Archivo con la"
            + " contraseña de la llave (UTF-8, con o sin BOM; un archivo que no es UTF-8 se lee como windows-1252 con"
            + " una advertencia; se ignora un salto de línea final).")
    @Nullable Path passwordFile;

    private final List<Finding> warnings = new ArrayList<>();

    /**
     * @param command the command's name for the usage message, e.g. {@code buzon efirma inspect}
     * @return the loaded e.firma
     * @throws CliException {@code USO_INCORRECTO} when the options do not name exactly one credential
     * @throws mx.buzon.crypto.EfirmaException when the files cannot be read or the password is wrong
     */
    Efirma load(String command) {
        Path password = java.util.Objects.requireNonNull(passwordFile, "--password-file is required");
        if (pfx != null) {
            if (cer != null || key != null) {
                throw new CliException(CliErrorCode.USO_INCORRECTO,
                        "Use --pfx, o bien --cer con --key, pero no ambos.", command);
            }
            char[] chars = PasswordFile.read(password, warnings::add);
            return pfxEntrada == null ? Efirma.readPfx(pfx, chars) : Efirma.readPfx(pfx, chars, pfxEntrada);
        }
        if (pfxEntrada != null) {
            throw new CliException(CliErrorCode.USO_INCORRECTO, "--pfx-entrada solo se usa con --pfx.", command);
        }
        if (cer == null || key == null) {
            throw new CliException(CliErrorCode.USO_INCORRECTO,
                    "Indique el certificado y la llave con --cer y --key (o un archivo --pfx).", command);
        }
        return Efirma.read(cer, key, PasswordFile.read(password, warnings::add));
    }

    /** @return the warnings of reading the password file, e.g. {@code EFIRMA_CONTRASENA_ANSI} */
    List<Finding> warnings() {
        return List.copyOf(warnings);
    }
}
