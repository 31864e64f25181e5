package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Objects;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.core.Finding;
import mx.buzon.crypto.EfirmaCertificate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code buzon acuse verify FILE.pdf [--cert-institucion F]}: {@link AcusePdfVerifier} on a file. Exit 0 valid,
 * 1 invalid (the problems say what failed), 3 unreadable (not a PDF, missing file, unreadable certificate).
 */
@Command(name = "verify",
        description = {"Verifica un acuse en PDF: datos incrustados, cadena original reconstruida, firma del"
                + " particular, sello digital de la institución, folio, RFC y código QR visibles, y que el PDF no"
                + " cambió ni un byte.",
                "Sin --cert-institucion el sello se verifica con el certificado incluido en el propio acuse"
                        + " (aviso ACUSE_CERTIFICADO_INSTITUCION_NO_PROPORCIONADO).",
                "Termina con 0 si es válido, 1 si no lo es y 3 si el archivo no se puede leer.",
                "Ejemplo: buzon acuse verify target/demo/01-registro-medios-contacto.pdf"
                        + " --cert-institucion target/demo/institucion-prueba.cer"})
final class AcuseVerifyCommand extends BuzonCommand {

    @Parameters(index = "0", paramLabel = "ARCHIVO.pdf", description = "El acuse en PDF.")
    @Nullable Path file;

    @Option(names = "--cert-institucion", paramLabel = "ARCHIVO", description = "Certificado .cer de la institución"
            + " que selló el acuse (el del IMSS, o el de la institución de prueba de la demostración).")
    @Nullable Path certInstitucion;

    @Override
    int execute() {
        AcusePdfVerifier verifier = certInstitucion == null ? AcusePdfVerifier.withEmbeddedCertificates()
                : AcusePdfVerifier.withInstitution(EfirmaCertificate.read(certInstitucion));
        AcuseVerification result = verifier.verify(Objects.requireNonNull(file));
        ObjectNode json = JsonOutput.object();
        json.put("valido", result.valido());
        json.put("folio", result.folio().orElse(null));
        json.put("tipo", result.tipo().orElse(null));
        json.set("problemas", JsonOutput.findings(result.problemas()));
        return emit(result.valido() ? ExitCodes.OK : ExitCodes.INVALID, json, human(result));
    }

    static String human(AcuseVerification result) {
        StringBuilder text = new StringBuilder(result.valido() ? "Acuse VÁLIDO" : "Acuse NO válido");
        result.folio().ifPresent(f -> text.append(": folio ").append(f));
        result.tipo().ifPresent(t -> text.append(" (").append(t).append(')'));
        text.append('\n');
        for (Finding problem : result.problemas()) {
            text.append(problem.isError() ? "  ERROR " : "  AVISO ").append(problem.code()).append(": ")
                    .append(problem.message()).append('\n');
        }
        return text.toString();
    }
}
