package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.crypto.TrustAnchors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sealed acuses of formats {@code mx.buzon.acuse/2} and {@code /3}, committed under {@code src/test/resources/mx/buzon/acuse/sealed}
 * (see the README there for their provenance), verified forever: a later SDK, PDFBox or font must still call them
 * VALIDO with the certificates committed next to them. Verification reads no clock (every instant is the acuse's),
 * so the verdict does not change as time passes.
 *
 * <p>To regenerate them (only when a new format is introduced; never to make this test pass):
 * {@code mvn -pl buzon-acuse -am test -Dtest=SealedFixturesTest -Dacuse.fixtures.write=src/test/resources/mx/buzon/acuse/sealed
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SealedFixturesTest {

    private static final String DIR = "/mx/buzon/acuse/sealed/";

    static final List<AcuseTipo> TIPOS = List.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, AcuseTipo.ACTIVACION_BUZON,
            AcuseTipo.RECEPCION_PROMOCION);

    private static byte[] resource(String name) {
        try (InputStream in = SealedFixturesTest.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(DIR + name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static X509Certificate certificate(String name) throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new java.io.ByteArrayInputStream(resource(name)));
    }

    /** The files this SDK writes now: format 3 ({@code AcuseEnvelope.FORMATO}). */
    static String fileName(AcuseTipo tipo) {
        return "formato3-" + tipo.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".pdf";
    }

    @ParameterizedTest
    @CsvSource({
        "formato2-registro-medios-contacto.pdf, REGISTRO_MEDIOS_CONTACTO, BI-20260302-101500000",
        "formato2-activacion-buzon.pdf, ACTIVACION_BUZON, BI-20260302-101500002",
        "formato2-recepcion-promocion.pdf, RECEPCION_PROMOCION, BI-20260302-101500007",
        "formato3-registro-medios-contacto.pdf, REGISTRO_MEDIOS_CONTACTO, BI-20260302-101500000",
        "formato3-activacion-buzon.pdf, ACTIVACION_BUZON, BI-20260302-101500002",
        "formato3-recepcion-promocion.pdf, RECEPCION_PROMOCION, BI-20260302-101500007"})
    void committedFixture_verifiesAsValidForever(String file, String tipo, String folio) throws Exception {
        AcusePdfVerifier verifier = AcusePdfVerifier.trusting(List.of(certificate("institucion-prueba.cer")))
                .withSatRoots(TrustAnchors.of("ca-de-prueba", List.of(certificate("ca-prueba.cer"))));

        AcuseVerification result = verifier.verify(resource(file));

        // A format-2 activation's Terminos_SHA256 covered a text the SDK no longer holds: said, not guessed.
        boolean terminosSinVerificar = file.equals("formato2-activacion-buzon.pdf");
        assertThat(result.findings()).as(file).extracting(f -> f.code() + (f.isError() ? " ERROR" : " WARNING"))
                .containsExactlyElementsOf(terminosSinVerificar
                        ? List.of("ACUSE_TERMINOS_SIN_VERIFICAR WARNING") : List.of());
        assertThat(result.veredicto()).isEqualTo(Veredicto.VALIDO);
        assertThat(result.tipo()).contains(tipo);
        assertThat(result.folio()).contains(folio);
        // The número is now a NumeroCertificado read back from the same cadena text the fixture was sealed with.
        assertThat(result.claims().orElseThrow().noCertificado().flatMap(n -> n.sat())).as(file)
                .matches(n -> n.isPresent() == !tipo.equals("REGISTRO_MEDIOS_CONTACTO"));
    }

    @Test
    void activationFixtures_format3HashesTheWholeSignedText_format2DidNot() {
        String digest = mx.buzon.core.cadena.Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString();
        String formato3 = json("formato3-activacion-buzon.pdf");
        String formato2 = json("formato2-activacion-buzon.pdf");

        assertThat(formato3).contains("\"formato\":\"mx.buzon.acuse/3\"").contains("Terminos_SHA256:" + digest);
        assertThat(formato2).contains("\"formato\":\"mx.buzon.acuse/2\"").doesNotContain(digest);
    }

    private static String json(String file) {
        return new String(AcuseReader.standard().read(resource(file)).attachment().orElseThrow().bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @EnabledIfSystemProperty(named = "acuse.fixtures.write", matches = ".+")
    void writeFixtures() throws Exception {
        Path dir = Path.of(System.getProperty("acuse.fixtures.write"));
        Files.createDirectories(dir);
        for (AcuseTipo tipo : TIPOS) {
            IssuedAcuse issued = AcuseIssuerTest.issue(tipo);
            Acuse acuse = issued.acuse();
            Files.write(dir.resolve(fileName(tipo)), issued.pdf());
            System.out.println(fileName(tipo) + ", " + acuse.tipo() + ", " + acuse.folio());
        }
        // The certificates are the format 2 fixtures' (the same seeded credentials): never rewritten.
    }
}
