package mx.buzon.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaChecks;
import mx.buzon.crypto.EfirmaInspection;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.problem.Finding;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code buzon efirma inspect}: loads an e.firma, shows what it is and every problem for signing actuaciones in
 * the Buzón IMSS at an instant (vigente, FIEL and not CSD, RFC typed, key of the certificate, trusted SAT CA and its
 * validity when {@code --raices} is given, RFC check digit). Without {@code --raices} the chain is not checked and
 * the warning {@code EFIRMA_CADENA_NO_REVISADA} says so (the production roots are not a silent default: the SAT's
 * test e.firmas would fail against them, and a check that did not run must show). Exit 0 when no problem is an
 * error (warnings are listed), 1 with an error, 3 unreadable.
 */
@Command(name = "inspect",
        description = {"Revisa una e.firma del SAT: datos del certificado y problemas para firmar actuaciones en el"
                + " Buzón IMSS (vigencia, FIEL y no CSD, RFC esperado, llave del certificado, raíces del SAT).",
                "Termina con 0 si ningún problema es un ERROR (las advertencias se listan), con 1 si alguno lo es y"
                        + " con 3 si los archivos no se pueden leer o la contraseña no es la correcta.",
                "Ejemplo: buzon efirma inspect --cer fiel.cer --key fiel.key --password-file clave.txt"
                        + " --rfc EKU9003173C9 --raices sat-pruebas --json"})
final class EfirmaInspectCommand extends BuzonCommand {

    @Mixin
    EfirmaSource source = new EfirmaSource();

    @Option(names = "--rfc", paramLabel = "RFC", converter = Conversions.RfcConverter.class,
            description = "RFC que se espera en el certificado (el que escribió la persona).")
    @Nullable Rfc rfc;

    @Option(names = "--at", paramLabel = "INSTANTE", converter = Conversions.InstantConverter.class,
            description = "Instante de la revisión, ISO-8601 con desplazamiento (por omisión: ahora), por ejemplo"
                    + " 2026-11-22T10:00:00-06:00.")
    @Nullable Instant at;

    @Option(names = "--raices", paramLabel = "RAICES", description = "Revisa que el certificado lo haya emitido una"
            + " autoridad certificadora de confianza, vigente: sat-produccion, sat-pruebas o un archivo de la CA (.cer,"
            + " o un PEM con varios certificados en cualquier orden). Se puede repetir. Sin esta opción la cadena no"
            + " se revisa y se advierte EFIRMA_CADENA_NO_REVISADA.")
    List<String> raices = new ArrayList<>();

    @Override
    int execute() {
        String command = spec.qualifiedName(" ");
        Optional<TrustAnchors> anchors = anchors(raices);
        Instant instant = at != null ? at : clock().instant().truncatedTo(ChronoUnit.SECONDS);
        EfirmaValidator validator = anchors.map(EfirmaValidator::forActuaciones)
                .orElseGet(() -> EfirmaValidator.of(EfirmaChecks.vigente(), EfirmaChecks.fiel(),
                        EfirmaChecks.chainNotChecked(), EfirmaChecks.rfcCheckDigit()));
        if (rfc != null) {
            validator = validator.expectingRfc(rfc);
        }
        Efirma efirma = source.load(command);
        EfirmaInspection inspection = EfirmaInspection.of(efirma, validator, instant, source.warnings());
        int exit = inspection.isValid() ? ExitCodes.OK : ExitCodes.INVALID;
        return emit(exit, json(inspection, instant, anchors), human(inspection, instant, anchors));
    }

    /**
     * @param raices the {@code --raices} values: shipped set names or files
     * @return the union of the sets, named after the values; empty when none was given
     */
    static Optional<TrustAnchors> anchors(List<String> raices) {
        if (raices.isEmpty()) {
            return Optional.empty();
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (String name : raices) {
            certificates.addAll(TrustAnchors.named(name).orElseGet(() -> TrustAnchors.read(List.of(Path.of(name))))
                    .certificates());
        }
        String names = raices.stream().map(n -> TrustAnchors.named(n).isPresent() ? n
                : String.valueOf(Path.of(n).getFileName())).collect(Collectors.joining(" + "));
        return Optional.of(TrustAnchors.of(names, certificates));
    }

    private static ObjectNode json(EfirmaInspection i, Instant at, Optional<TrustAnchors> anchors) {
        ObjectNode node = JsonOutput.object();
        node.put("rfc", i.rfc());
        node.put("rfcRepresentante", i.rfcRepresentante().orElse(null));
        node.put("curp", i.curp().orElse(null));
        node.put("curpRepresentante", i.curpRepresentante().orElse(null));
        node.put("nombre", i.nombre());
        node.put("nombreSinRegimenCapital", i.nombreSinRegimenCapital());
        node.put("persona", i.persona().name());
        node.put("tipo", i.tipo().name());
        node.put("noCertificado", i.noCertificado().toString());
        node.put("validoDesde", JsonOutput.instant(i.validoDesde()));
        node.put("validoHasta", JsonOutput.instant(i.validoHasta()));
        node.put("vigente", i.vigente());
        node.put("llaveCorresponde", i.llaveCorresponde());
        node.put("revisadoEl", JsonOutput.instant(at));
        node.put("raices", anchors.map(TrustAnchors::name).orElse(null));
        node.set("problemas", JsonOutput.findings(i.findings()));
        return node;
    }

    private static String human(EfirmaInspection i, Instant at, Optional<TrustAnchors> anchors) {
        StringBuilder text = new StringBuilder();
        text.append("e.firma de ").append(i.nombre()).append('\n');
        line(text, "RFC", i.rfc());
        i.rfcRepresentante().ifPresent(r -> line(text, "RFC del representante", r));
        i.curp().ifPresent(c -> line(text, "CURP", c));
        i.curpRepresentante().ifPresent(c -> line(text, "CURP del representante", c));
        if (!i.nombreSinRegimenCapital().equals(i.nombre())) {
            line(text, "Nombre sin régimen capital", i.nombreSinRegimenCapital());
        }
        line(text, "Persona", i.persona().name().equals("MORAL") ? "moral" : "física");
        line(text, "Tipo", i.tipo().name());
        line(text, "No. de certificado", i.noCertificado().toString());
        line(text, "Válido desde", JsonOutput.instant(i.validoDesde()));
        line(text, "Válido hasta", JsonOutput.instant(i.validoHasta()));
        line(text, "Vigente el " + JsonOutput.instant(at), i.vigente() ? "sí" : "no");
        line(text, "La llave corresponde", i.llaveCorresponde() ? "sí" : "no");
        line(text, "Raíces de confianza", anchors.map(TrustAnchors::name)
                .orElse("no revisadas (use --raices sat-produccion)"));
        List<Finding> problems = i.findings();
        if (problems.isEmpty()) {
            text.append("Sin problemas: esta e.firma sirve para firmar actuaciones en el Buzón IMSS.");
        } else {
            if (i.isValid()) {
                text.append("Sin errores: esta e.firma sirve para firmar actuaciones en el Buzón IMSS; revise las"
                        + " advertencias.\n");
            }
            text.append("Problemas (").append(problems.size()).append("):");
            for (Finding f : problems) {
                text.append("\n  - ").append(f.isError() ? "" : "advertencia ").append(f.code()).append(": ")
                        .append(f.message());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append("  ").append(label).append(": ").append(value).append('\n');
    }
}
