package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import mx.buzon.crypto.EfirmaCertificate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code buzon efirma verify}: checks a sello against a certificate and a file. Exit 1 when it does not verify. */
@Command(name = "verify",
        description = {"Verifica un sello (Base64 de SHA256withRSA) de un archivo con el certificado que lo firmó.",
                "Termina con 0 si el sello es válido y con 1 si no corresponde al archivo o al certificado.",
                "Ejemplo: buzon efirma verify --cer fiel.cer --sello-file sello.txt --in cadena.txt"})
final class EfirmaVerifyCommand extends BuzonCommand {

    @Option(names = "--cer", paramLabel = "ARCHIVO", required = true, description = "Certificado .cer del firmante.")
    @Nullable Path cer;

    @Option(names = "--sello-file", paramLabel = "ARCHIVO", required = true, description = "Archivo con el sello"
            + " en Base64 (se ignoran espacios y saltos de línea).")
    @Nullable Path selloFile;

    @Option(names = "--in", paramLabel = "ARCHIVO", required = true, description = "Archivo firmado.")
    @Nullable Path in;

    @Override
    int execute() {
        String sello = InputFiles.readText(Objects.requireNonNull(selloFile), "--sello-file").strip();
        byte[] data = InputFiles.read(Objects.requireNonNull(in), "--in");
        EfirmaCertificate certificate = EfirmaCertificate.read(Objects.requireNonNull(cer));
        boolean valido = certificate.verifiesSello(data, sello);
        ObjectNode json = JsonOutput.object();
        json.put("valido", valido);
        json.put("noCertificado", certificate.numero().toString());
        json.put("rfc", certificate.rfcText());
        String human = valido
                ? "Sello válido: lo hizo la e.firma del certificado " + certificate.numero() + " (RFC "
                        + certificate.rfcText() + ") sobre este archivo."
                : "Sello NO válido: no lo hizo la e.firma del certificado " + certificate.numero() + " (RFC "
                        + certificate.rfcText() + ") sobre este archivo, o el archivo cambió.";
        return emit(valido ? ExitCodes.OK : ExitCodes.INVALID, json, human);
    }
}
