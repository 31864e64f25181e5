package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.ERIKA;
import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.issuer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/** An activation's Terminos_SHA256 must name the text the page prints (format 3). */
class TerminosActivacionTest {

    private static final AcusePdfVerifier VERIFIER = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate())
            .withSatRoots(DomainAcuses.CA.trustAnchors());

    @Test
    void activation_withTheDigestOfThePrintedTerms_isValid() {
        AcuseVerification result = VERIFIER.verify(issuer().issue(DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON),
                ERIKA.efirma()).pdf());

        assertThat(result.findings()).isEmpty();
        assertThat(result.veredicto()).isEqualTo(Veredicto.VALIDO);
    }

    @Test
    void activation_signedOverOtherTerms_isInvalidWithTheFinding() {
        Acuse correct = DomainAcuses.of(AcuseTipo.ACTIVACION_BUZON);
        String other = Sha256.digestUtf8("Otros términos y condiciones").toString();
        Map<String, String> campos = new LinkedHashMap<>(correct.campos());
        campos.put(CampoAcuse.TERMINOS_SHA256, other);
        Acuse handBuilt = Acuse.of(correct.tipo(), correct.folio(), correct.emitidoEn(), correct.zonaDomicilio(),
                correct.particular(), campos);

        AcuseVerification result = VERIFIER.verify(issuer().issue(handBuilt, ERIKA.efirma()).pdf());

        assertThat(result.veredicto()).isEqualTo(Veredicto.INVALIDO);
        assertThat(result.findings()).extracting(Finding::code).containsExactly("ACUSE_TERMINOS_NO_CORRESPONDEN");
        Finding finding = result.findings().get(0);
        assertThat(finding.isError()).isTrue();
        assertThat(finding.message()).contains(other)
                .contains(Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString());
    }
}
