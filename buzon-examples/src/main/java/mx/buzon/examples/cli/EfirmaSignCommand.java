package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaChecks;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code buzon efirma sign}: the sello (Base64 of SHA256withRSA) of a file's bytes with an e.firma. Signing is not
 * validating: a CSD or an e.firma that is not vigente still signs, with a warning on stderr (and the list
 * {@code problemas} in the JSON), so that nobody signs with one by accident without a word.
 */
@Command(name = "sign",
        description = {"Firma un archivo con la e.firma: imprime el sello, Base64 de SHA256withRSA sobre los bytes"
                + " del archivo (igual que openssl dgst -sha256 -sign).",
                "Si la e.firma es un CSD o no está vigente, firma de todos modos y lo advierte en la salida de"
                        + " errores (y en \"problemas\" del JSON).",
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
        List<Finding> problemas = new ArrayList<>(source.warnings());
        problemas.addAll(efirma.certificate().fileWarnings());
        problemas.addAll(EfirmaValidator.of(EfirmaChecks.vigente(), EfirmaChecks.fiel())
                .validate(efirma.certificate(), clock().instant()).findings());
        PrintWriter err = spec.commandLine().getErr();
        for (Finding problema : problemas) {
            err.println("Advertencia " + problema.code() + ": " + problema.message() + " Se firmó de todos modos.");
        }
        err.flush();
        ObjectNode json = JsonOutput.object();
        json.put("sello", sello);
        json.put("algoritmo", Efirma.SELLO_ALGORITHM);
        json.put("noCertificado", efirma.certificate().numero().toString());
        json.put("rfc", efirma.certificate().rfcText());
        json.set("problemas", JsonOutput.findings(problemas));
        return emit(ExitCodes.OK, json, sello);
    }
}
