package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import mx.buzon.core.id.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every certificate of the SAT fixtures' INDEX.tsv reads back with the fields the index records. */
class FixtureCertificatesTest {

    static Stream<Fixtures.Row> certificates() {
        return Fixtures.certificates().stream();
    }

    @Test
    void index_hasTheDocumentedNumberOfCertificates() {
        assertThat(Fixtures.certificates()).hasSize(71);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificates")
    void read_everyIndexedCertificate_fieldsEqualTheIndex(Fixtures.Row row) {
        EfirmaCertificate certificate = EfirmaCertificate.read(row.cer());

        assertThat(certificate.rfcText()).as("rfc").isEqualTo(row.rfc());
        assertThat(certificate.rfc().toString()).as("parsed rfc").isEqualTo(row.rfc());
        assertThat(certificate.persona()).as("persona")
                .isEqualTo(row.persona().equals("moral") ? Persona.MORAL : Persona.FISICA);
        assertThat(certificate.kind().name()).as("type").isEqualTo(row.type());
        assertThat(certificate.validFrom().atZone(ZoneOffset.UTC).toLocalDate()).as("notBefore")
                .isEqualTo(row.notBefore());
        assertThat(certificate.validUntil().atZone(ZoneOffset.UTC).toLocalDate()).as("notAfter")
                .isEqualTo(row.notAfter());
        assertThat(certificate.isValidAt(Fixtures.NOON_2026_11_22)).as("valid on 2026-11-22")
                .isEqualTo(row.valid20261122());
        assertThat(certificate.numero().toString()).as("no_certificado").isEqualTo(row.noCertificado());
        assertThat(certificate.numero().sat()).contains(row.noCertificado());
        assertThat(certificate.issuerCommonName()).as("issuerCN").isEqualTo(row.issuerCn());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("certificates")
    void read_everyIndexedCertificate_representativeOnlyForPersonasMorales(Fixtures.Row row) {
        EfirmaCertificate certificate = EfirmaCertificate.read(row.cer());

        if (certificate.persona() == Persona.MORAL) {
            assertThat(certificate.rfcRepresentante()).isPresent();
            assertThat(certificate.curpRepresentante()).isPresent();
            assertThat(certificate.curp()).isEmpty();
        } else {
            assertThat(certificate.rfcRepresentante()).isEmpty();
            assertThat(certificate.curp()).isPresent();
        }
        assertThat(certificate.nombre()).isNotBlank();
    }

    @Test
    void read_fielPersonaMoral2023_everyFieldAsTheSatWroteIt() {
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        assertThat(c.rfc().toString()).isEqualTo("EKU9003173C9");
        assertThat(c.rfcRepresentante()).map(Object::toString).contains("VADA800927DJ3");
        assertThat(c.curp()).isEmpty();
        assertThat(c.curpRepresentante()).map(Object::toString).contains("VADA800927HSRSRL05");
        assertThat(c.nombre()).isEqualTo("ESCUELA KEMPER URGATE SA DE CV");
        assertThat(c.kind()).isEqualTo(CertificateKind.FIEL);
        assertThat(c.sucursal()).isEmpty();
        assertThat(c.numero().hex()).isEqualTo("3330303031303030303030353030303033343135");
        assertThat(c.numero().decimal()).isEqualTo("292233162870206001759766198462772978647764840757");
        assertThat(c.validFrom()).hasToString("2023-05-18T04:37:14Z");
        assertThat(c.validUntil()).hasToString("2027-05-17T04:37:14Z");
        assertThat(c.issuer()).contains("CN=AC UAT");
    }

    @Test
    void read_csd2023_sucursalFromOu() {
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.EKU_CSD_2023.resolve("certificate.cer"));

        assertThat(c.kind()).isEqualTo(CertificateKind.CSD);
        assertThat(c.sucursal()).contains("Sucursal 1");
    }

    @Test
    void read_fielPersonaFisica_curpOfTheTitular() {
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.CACX_FIEL_2023.resolve("certificate.cer"));

        assertThat(c.curp()).map(Object::toString).contains("CACX760510MGTSHC04");
        assertThat(c.persona()).isEqualTo(Persona.FISICA);
        assertThat(c.nombre()).isEqualTo("XOCHILT CASAS CHAVEZ");
    }

    @Test
    void read_t61StringWithLatin1Bytes_enyeAndAmpersandDecoded() {
        EfirmaCertificate enye = EfirmaCertificate.read(Fixtures.IANTILDE_FIEL_2019.resolve("certificate.cer"));
        EfirmaCertificate ampersand = EfirmaCertificate.read(Fixtures.HAMPE_FIEL_2019.resolve("certificate.cer"));

        assertThat(enye.rfcText()).isEqualTo("IAÑL750210963");
        assertThat(ampersand.rfcText()).isEqualTo("H&E951128469");
        assertThat(ampersand.nombre()).isEqualTo("HERRERIA & ELECTRICOS S DE CV");
    }

    @Test
    void from_pemAndBase64AndDer_sameCertificate() {
        EfirmaCertificate der = EfirmaCertificate.read(Fixtures.AAA_FIEL_2017.resolve("certificate.cer"));
        EfirmaCertificate pem = EfirmaCertificate.read(Fixtures.AAA_FIEL_2017.resolve("certificate.cer.pem"));
        EfirmaCertificate base64 = EfirmaCertificate.read(Fixtures.AAA_CSD_2017.resolve("certificate.cer.base64"));
        EfirmaCertificate csdDer = EfirmaCertificate.read(Fixtures.AAA_CSD_2017.resolve("certificate.cer"));

        assertThat(pem).isEqualTo(der);
        assertThat(base64).isEqualTo(csdDer);
    }

    @Test
    void toPem_readBack_sameCertificate() {
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        String pem = c.toPem();

        assertThat(pem).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");
        assertThat(pem.lines().filter(l -> !l.startsWith("-----")).allMatch(l -> l.length() <= 64)).isTrue();
        assertThat(EfirmaCertificate.read(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isEqualTo(c);
    }

    @Test
    void toString_namesRfcKindAndNumero() {
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

        assertThat(c).hasToString("EfirmaCertificate[EKU9003173C9, FIEL, 30001000000500003415]");
        assertThat(List.of(c.x509().getSubjectX500Principal().getName())).isNotEmpty();
    }

    @Test
    void issuer_valuesRfc4514Escaped() {
        assertThat(mx.buzon.crypto.internal.SubjectFieldsAccess.escape("SAT, \"PRUEBAS\" + <A>; B\\"))
                .isEqualTo("SAT\\, \\\"PRUEBAS\\\" \\+ \\<A\\>\\; B\\\\");
        assertThat(mx.buzon.crypto.internal.SubjectFieldsAccess.escape("#uno ")).isEqualTo("\\#uno\\ ");
        assertThat(mx.buzon.crypto.internal.SubjectFieldsAccess.escape(" a")).isEqualTo("\\ a");
        EfirmaCertificate c = EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));
        // The SAT's issuer has a value with ':' and one with spaces; none needs escaping, so it reads as before.
        assertThat(c.issuer()).startsWith("CN=AC UAT, O=SERVICIO DE ADMINISTRACION TRIBUTARIA, OU=SAT-IES Authority")
                .contains("responsable: ACDMA-SAT");
    }
}
