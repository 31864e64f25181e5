package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.TrustAnchors;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet of docs/readme-acuse-integration.md, run as written. */
class ReadmeIntegrationSnippetTest {

    @Test
    void snippet_issueThenVerify_valid(@TempDir Path dir) throws Exception {
        TestEfirmas ca = TestEfirmas.seeded(42);
        Efirma efirma = ca.fiel("GODE561231GR8").nombre("ERIKA GÓMEZ DÍAZ").generate().efirma();
        Instant instante = Instant.parse("2026-03-02T16:15:00Z");
        // --- snippet: issue
        TestEfirma imssPrueba = ca.fiel("IMS421231I45").generate();          // a TEST institution, never the IMSS
        AcuseIssuer issuer = AcuseIssuer.forTesting(imssPrueba.efirma(),
                VerificacionUrl.of("verifica.example.mx", "/acuse"));

        Acuse autorizacion = Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA,
                Folio.of("BI", LocalDate.of(2026, 3, 2), 7), instante, ZoneId.of("America/Tijuana"),
                DatosParticular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ"),
                Map.of(CampoAcuse.NO_CERTIFICADO, efirma.certificate().numero().toString()));
        IssuedAcuse issued = issuer.issue(autorizacion, efirma);  // firma del particular + sello + PDF/A-3b
        Files.write(dir.resolve("autorizacion.pdf"), issued.pdf());
        // --- snippet: verify
        EfirmaCertificate institucion = imssPrueba.certificate();   // in production: the IMSS's .cer
        TrustAnchors sat = ca.trustAnchors();                        // in production: TrustAnchors.satProduccion()
        AcuseVerification result = AcusePdfVerifier.withInstitution(institucion).withSatRoots(sat)
                .verify(dir.resolve("autorizacion.pdf"));
        Veredicto veredicto = result.veredicto();                    // VALIDO
        List<Finding> findings = result.findings();                 // e.g. ACUSE_SELLO_PDF_INVALIDO when altered
        // --- end
        assertThat(veredicto).isEqualTo(Veredicto.VALIDO);
        assertThat(findings).isEmpty();
        assertThat(result.folio()).contains("BI-20260302-000000007");
    }
}
