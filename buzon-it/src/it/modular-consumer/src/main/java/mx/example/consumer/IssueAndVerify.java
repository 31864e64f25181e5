package mx.example.consumer;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
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
 * A vendor's program: issues a sealed acuse with test credentials, verifies it, and checks that it runs as a
 * named module. Exit 0 only when all of that holds; {@code RunsOnTheModulePathTest} starts it.
 */
public final class IssueAndVerify {

    private IssueAndVerify() {
    }

    public static void main(String[] args) throws Exception {
        String problem = run(Path.of(args[0]));
        if (problem != null) {
            System.out.println("modular consumer FAILED: " + problem);
            System.exit(1);
        }
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
