package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import mx.buzon.acuse.internal.AcuseMapping;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseGenerators;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/**
 * Over seeded random acuses (every type, random names with Ñ and spaces, RFCs, zones, instants in 2020-2029):
 * issue → verify is valid, and changing the particular's name in the embedded data only is always caught.
 */
class RandomAcusePropertyTest {

    private static final long SEED = 7_2026_0302L;
    private static final int ACUSES = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void issueThenVerify_randomAcuses_validAndNameTamperingCaught() throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        TestEfirmas ca = TestEfirmas.seeded(SEED);
        Instant from = Instant.parse("2019-01-01T00:00:00Z");
        Instant until = Instant.parse("2031-01-01T00:00:00Z");
        TestEfirma institucion = ca.fiel("IMS421231I45").validity(from, until).generate();
        AcuseIssuer issuer = AcuseIssuer.forTesting(institucion.efirma(), DomainAcuses.URL);
        AcusePdfVerifier verifier = AcusePdfVerifier.withInstitution(institucion.certificate())
                .withSatRoots(ca.trustAnchors());
        for (int i = 0; i < ACUSES; i++) {
            Acuse generated = AcuseGenerators.acuse(random);
            String where = "seed " + SEED + ", acuse " + i + ": " + generated;
            TestEfirma particular = ca.fiel(generated.particular().rfc().toString()).validity(from, until).generate();
            // Emoji and CJK cannot be drawn (AcuseIssuerTest.issue_characterTheFontsCannotDraw_refused): replaced.
            Map<String, String> campos = new LinkedHashMap<>();
            generated.campos().forEach((k, v) -> campos.put(k, drawable(v)));
            campos.computeIfPresent(CampoAcuse.NO_CERTIFICADO, (k, v) -> particular.certificate().numero().toString());
            DatosParticular datos = new DatosParticular(generated.particular().rfc(),
                    drawable(generated.particular().nombre()), generated.particular().curp(),
                    generated.particular().registroPatronal());
            Acuse acuse = Acuse.of(generated.tipo(), generated.folio(), generated.emitidoEn(),
                    generated.zonaDomicilio(), datos, campos);

            IssuedAcuse issued = acuse.tipo().firmaParticular() ? issuer.issue(acuse, particular.efirma())
                    : issuer.issue(acuse);
            AcuseVerification result = verifier.verify(issued.pdf());
            assertThat(result.findings()).as(where).isEmpty();

            ObjectNode root = (ObjectNode) MAPPER.readTree(issued.json());
            ObjectNode datos2 = (ObjectNode) root.get("acuse").get("particular");
            datos2.put("nombre", datos2.get("nombre").textValue() + " X");   // only the data, not the cadena
            String tampered = MAPPER.writeValueAsString(root);
            // Sealed by the institution itself (as if its issuing service were tricked): the seal holds, the data
            // check must still catch the name that is not in the signed cadena.
            byte[] pdf = SealedAcuses.seal(AcuseRenderer.standard().render(AcuseMapping.layout(issued.acuse(),
                    DomainAcuses.URL.url(issued.acuse()), AcuseIssuer.TEST_INSTITUTION, List.of(AcuseIssuer.TEST_NOTE),
                    tampered.getBytes(StandardCharsets.UTF_8))), issued.acuse(), institucion);
            AcuseVerification forged = verifier.verify(pdf);
            assertThat(forged.isValid()).as(where).isFalse();
            assertThat(forged.findings()).as(where).extracting(Finding::code)
                    .contains(AcuseErrorCode.ACUSE_CADENA_NO_CORRESPONDE_A_DATOS.code());
        }
    }

    /** The text with every code point outside Latin, Greek, Cyrillic and general punctuation replaced by X. */
    private static String drawable(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().forEach(c -> b.appendCodePoint(c < 0x0530 || (c >= 0x2000 && c < 0x2070) ? c : 'X'));
        return b.toString();
    }
}
