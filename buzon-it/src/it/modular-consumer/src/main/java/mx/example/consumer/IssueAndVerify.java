package mx.example.consumer;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.acuse.Veredicto;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.money.Mxn;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;

/**
 * Issues a sealed acuse with test credentials, verifies it, and checks that it ran as a named module and that
 * nothing was printed on stderr. Exit 0 only when all of that holds.
 *
 * <p>The work runs in a child JVM on this JVM's own module path (what Maven resolved, nothing added), and its
 * real stderr is read: output that bypasses {@code System.err} (a JVM warning, a logging handler made before
 * {@code System.setErr}) is caught too.
 */
public final class IssueAndVerify {

    private static final String CHILD = "--child";

    private IssueAndVerify() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(CHILD)) {
            String problem = run(Path.of(args[1]));
            if (problem != null) {
                System.out.println("modular consumer FAILED: " + problem);
                System.exit(1);
            }
            return;
        }
        System.exit(launch(Path.of(args[0])));
    }

    private static int launch(Path dir) throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        List<String> names = new ArrayList<>();
        for (String entry : modulePath.split(File.pathSeparator)) {
            names.add(Path.of(entry).getFileName().toString());
        }
        System.out.println("modular consumer: module path " + names);
        Path errors = dir.resolve("consumer-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath, "--module", IssueAndVerify.class.getModule().getName() + "/"
                + IssueAndVerify.class.getName(), CHILD, dir.toString())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(errors.toFile()).start();
        if (!child.waitFor(120, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            System.err.println("modular consumer FAILED: no answer in 120 s");
            return 1;
        }
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        if (!stderr.isEmpty()) {
            System.err.println("modular consumer FAILED: something printed on stderr:\n" + stderr);
            return 1;
        }
        return child.exitValue();
    }

    private static String run(Path dir) throws Exception {
        for (Class<?> api : new Class<?>[] {IssueAndVerify.class, Rfc.class, AcuseIssuer.class, Efirma.class,
                BusinessCalendar.class}) {
            if (!api.getModule().isNamed()) {
                return api.getName() + " was loaded from the class path, not the module path";
            }
        }
        TestEfirmas ca = TestEfirmas.seeded(42);
        Efirma efirma = ca.fiel("GODE561231GR8").nombre("ERIKA GÓMEZ DÍAZ").generate().efirma();
        TestEfirma institucion = ca.fiel("IMS421231I45").generate();
        AcuseIssuer issuer = AcuseIssuer.forTesting(institucion.efirma(),
                VerificacionUrl.of("verifica.example.mx", "/acuse"));
        Acuse acuse = Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA,
                Folio.of("BI", LocalDate.of(2026, 3, 2), 7), Instant.parse("2026-03-02T16:15:00Z"),
                ZoneId.of("America/Tijuana"), DatosParticular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ"),
                Map.of(CampoAcuse.NO_CERTIFICADO, efirma.certificate().numero().toString()));
        IssuedAcuse issued = issuer.issue(acuse, efirma);
        Path pdf = Files.write(dir.resolve("acuse-modular.pdf"), issued.pdf());

        AcuseVerification result = AcusePdfVerifier.withInstitution(institucion.certificate())
                .withSatRoots(ca.trustAnchors()).verify(pdf);
        if (result.veredicto() != Veredicto.VALIDO) {
            return "verdict " + result.veredicto() + ": " + result.findings();
        }
        LocalDate vence = ReferenceCalendars.imss().plusBusinessDays(LocalDate.of(2026, 3, 9), 15);
        String pesos = Mxn.toPlainString(Mxn.of(new BigDecimal("1234.565")).with(Mxn.CENTAVOS));
        System.out.println("modular consumer: " + result.folio().orElseThrow() + " " + result.veredicto()
                + "; " + Rfc.class.getModule().getName() + " on the module path; plazo vence " + vence
                + "; " + pesos + " MXN");
        return null;
    }
}
