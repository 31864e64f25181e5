package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.Veredicto;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code buzon acuse verify FILE.pdf [--cert-institucion F]... [--raices R]}: {@link AcusePdfVerifier} on a file.
 * Exit 0 only for {@link Veredicto#VALIDO}; 1 for {@code INVALIDO} and for {@code INTEGRO_NO_AUTENTICADO} (the
 * problems say why); 3 unreadable (not a PDF, missing file, unreadable certificate, hostile data).
 */
@Command(name = "verify",
        description = {"Verifica un acuse en PDF: el sello electrónico de la institución sobre todo el archivo (firma"
                + " PDF), que lo selló una institución de confianza, los datos incrustados, la cadena original, el sello"
                + " digital, la firma y el certificado del particular en la fecha del acuse, y el folio, RFC y fecha"
                + " visibles.",
                "Veredicto: VALIDO (sellado por un certificado de --cert-institucion y todo coincide),"
                        + " INTEGRO_NO_AUTENTICADO (íntegro, pero sellado por un certificado que no indicó como"
                        + " confiable: NO es válido) o INVALIDO.",
                "Termina con 0 solo si es VALIDO, 1 si no lo es y 3 si el archivo no se puede leer.",
                "Ejemplo: buzon acuse verify target/demo/01-registro-medios-contacto.pdf"
                        + " --cert-institucion target/demo/institucion-prueba.cer --raices sat-pruebas"})
final class AcuseVerifyCommand extends BuzonCommand {

    @Parameters(index = "0", paramLabel = "ARCHIVO.pdf", description = "El acuse en PDF.")
    @Nullable Path file;

    @Option(names = "--cert-institucion", paramLabel = "ARCHIVO", description = "Certificado .cer de una institución"
            + " que usted confía que sella acuses (el del IMSS, o el de la institución de prueba de la demostración)."
            + " Repetible; un archivo PEM con varios certificados cuenta como varios.")
    List<Path> certInstitucion = new ArrayList<>();

    @Option(names = "--raices", paramLabel = "RAICES", description = "Revisa que el certificado del particular lo haya"
            + " emitido el SAT: sat-produccion, sat-pruebas o un archivo .cer de la CA. Sin esta opción la cadena del"
            + " particular no se revisa (aviso ACUSE_CADENA_PARTICULAR_SIN_VERIFICAR).")
    @Nullable String raices;

    @Override
    int execute() {
        List<X509Certificate> trusted = new ArrayList<>();
        certInstitucion.forEach(f -> trusted.addAll(certificates(f)));
        AcusePdfVerifier verifier = trusted.isEmpty() ? AcusePdfVerifier.withoutTrustedInstitution()
                : AcusePdfVerifier.trusting(trusted);
        if (raices != null) {
            String name = raices;
            verifier = verifier.withSatRoots(TrustAnchors.named(name)
                    .orElseGet(() -> TrustAnchors.read(List.of(Path.of(name)))));
        }
        AcuseVerification result = verifier.verify(Objects.requireNonNull(file));
        ObjectNode json = JsonOutput.object();
        json.put("veredicto", result.veredicto().name());
        json.put("valido", result.isValid());
        json.put("folio", result.folio().orElse(null));
        json.put("tipo", result.tipo().orElse(null));
        json.set("problemas", JsonOutput.findings(result.findings()));
        return emit(result.isValid() ? ExitCodes.OK : ExitCodes.INVALID, json, human(result));
    }

    /**
     * Every certificate of a file: one DER or PEM certificate, or a PEM bundle (several, in any order). A file
     * that holds none is the typed error of {@link TrustAnchors#read(java.util.Collection)} ({@code EFIRMA_ARCHIVO_NO_LEIDO},
     * {@code EFIRMA_ARCHIVO_INVALIDO}).
     */
    static List<X509Certificate> certificates(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            List<X509Certificate> x509 = new ArrayList<>();
            for (Certificate c : all) {
                if (c instanceof X509Certificate certificate) {
                    x509.add(certificate);
                }
            }
            if (!x509.isEmpty()) {
                return x509;
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // Not readable as certificates by the JDK: the SDK's reader gives the typed error (or reads Base64).
        }
        return TrustAnchors.read(List.of(file)).certificates();
    }

    static String human(AcuseVerification result) {
        StringBuilder text = new StringBuilder(switch (result.veredicto()) {
            case VALIDO -> "Acuse VÁLIDO";
            case INTEGRO_NO_AUTENTICADO -> "Acuse íntegro pero NO AUTENTICADO (no es válido: no lo selló una"
                    + " institución de confianza)";
            case INVALIDO -> "Acuse NO válido";
        });
        result.folio().ifPresent(f -> text.append(": folio ").append(f));
        result.tipo().ifPresent(t -> text.append(" (").append(t).append(')'));
        text.append('\n');
        for (Finding problem : result.findings()) {
            text.append(problem.isError() ? "  ERROR " : "  AVISO ").append(problem.code()).append(": ")
                    .append(problem.message()).append('\n');
        }
        return text.toString();
    }
}
