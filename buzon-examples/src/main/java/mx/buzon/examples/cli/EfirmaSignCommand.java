package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import mx.buzon.crypto.Efirma;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code buzon efirma sign}: the sello (Base64 of SHA256withRSA) of a file's bytes with an e.firma. */
@Command(name = "sign",
        description = {"Firma un archivo con la e.firma: imprime el sello, Base64 de SHA256withRSA sobre los bytes"
                + " del archivo (igual que openssl dgst -sha256 -sign).",
                "Ejemplo: buzon efirma sign --cer fiel.cer --key fiel.key --password-file clave.txt"
                        + " --in cadena.txt"})
final class EfirmaSignCommand extends BuzonCommand {

    @Mixin
    EfirmaSource source = new EfirmaSource();

    @Option(names = "--in", paramLabel = "ARCHIVO", required = true, description = "Archivo a firmar (por"
            + " ejemplo la cadena original en UTF-8).")
    @Nullable Path in;

    @Override
    int execute() {
        byte[] data = InputFiles.read(java.util.Objects.requireNonNull(in), "--in");
        Efirma efirma = source.load(spec.qualifiedName(" "));
        String sello = efirma.sello(data);
        ObjectNode json = JsonOutput.object();
        json.put("sello", sello);
        json.put("algoritmo", Efirma.SELLO_ALGORITHM);
        json.put("noCertificado", efirma.certificate().numero().toString());
        json.put("rfc", efirma.certificate().rfcText());
        return emit(ExitCodes.OK, json, sello);
    }
}
