package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import mx.buzon.core.id.NumeroCertificado;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OCSP offline: the SAT's recorded answers parse; requests are what OpenSSL builds. */
class OcspTest {

    private static final BigInteger REVOKED_SERIAL = NumeroCertificado.parse("00001000000412722487").serial();
    private static final byte[] REVOKED = Fixtures.bytes(Fixtures.OCSP.resolve("revoked.der"));
    private static final byte[] TRY_LATER = Fixtures.bytes(Fixtures.OCSP.resolve("tryLater.der"));
    private static final EfirmaCertificate EKU_FIEL =
            EfirmaCertificate.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"));

    @Test
    void parseResponse_satRevokedAnswer_revokedAtTheRecordedInstant() {
        RevocationStatus status = Ocsp.readResponse(REVOKED, REVOKED_SERIAL);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).contains(Instant.parse("2022-11-01T04:17:03Z"));
    }

    @Test
    void parseResponse_answerAboutAnotherSerial_unknown() {
        RevocationStatus status = Ocsp.readResponse(REVOKED, EKU_FIEL.numero().serial());

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
    }

    @Test
    void parseResponse_tryLater_unknownNamingTheStatus() {
        RevocationStatus status = Ocsp.readResponse(TRY_LATER, REVOKED_SERIAL);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(status.detail()).contains("tryLater");
    }

    @Test
    void parseResponse_garbage_ocspInvalido() {
        for (byte[] garbage : new byte[][] {{}, {1, 2, 3}, java.util.Arrays.copyOf(REVOKED, 100)}) {
            assertThatThrownBy(() -> Ocsp.readResponse(garbage, REVOKED_SERIAL))
                    .isInstanceOfSatisfying(EfirmaException.class, e ->
                            assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO));
        }
    }

    @Test
    void request_namesTheSerialAndTheIssuer() throws Exception {
        X509Certificate issuer = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();

        OCSPReq request = new OCSPReq(Ocsp.request(EKU_FIEL, issuer));

        assertThat(request.getRequestList()).hasSize(1);
        assertThat(request.getRequestList()[0].getCertID().getSerialNumber()).isEqualTo(EKU_FIEL.numero().serial());
    }

    @Test
    void request_sameBytesAsOpensslOcsp(@TempDir Path dir) throws Exception {
        assumeTrue(OpenSsl.isInstalled(), "openssl is not installed: comparison skipped");
        X509Certificate issuer = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();
        Files.write(dir.resolve("issuer.der"), issuer.getEncoded());
        Files.writeString(dir.resolve("cert.pem"), EKU_FIEL.toPem());
        OpenSsl.run(List.of("x509", "-inform", "DER", "-in", "issuer.der", "-out", "issuer.pem"), dir);

        OpenSsl.Result result = OpenSsl.run(List.of("ocsp", "-issuer", "issuer.pem", "-cert", "cert.pem", "-no_nonce",
                "-reqout", "req.der"), dir);

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(Ocsp.request(EKU_FIEL, issuer)).isEqualTo(Files.readAllBytes(dir.resolve("req.der")));
    }

    @Test
    void checker_transportGetsTheRequestAndItsAnswerIsParsed() {
        X509Certificate issuer = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();
        byte[][] sent = new byte[1][];
        RevocationChecker checker = Ocsp.checker(request -> {
            sent[0] = request;
            return TRY_LATER;
        });

        RevocationStatus status = checker.status(EKU_FIEL, issuer, Fixtures.NOON_2026_11_22);

        assertThat(sent[0]).isEqualTo(Ocsp.request(EKU_FIEL, issuer));
        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
    }

    @Test
    void verifiedStatus_satAnswerSignedByTheDelegateOfAc4_revoked() {
        X509Certificate ac4 = satProduccionCa("A.C. del Servicio de Administración Tributaria", "2015");

        RevocationStatus status = Ocsp.verifiedStatus(REVOKED, REVOKED_SERIAL, ac4);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.REVOKED);
        assertThat(status.revokedAt()).contains(Instant.parse("2022-11-01T04:17:03Z"));
    }

    @Test
    void verifiedStatus_otherIssuer_unknownBecauseNotSignedByItOrItsDelegate() {
        X509Certificate acUat = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();

        RevocationStatus status = Ocsp.verifiedStatus(REVOKED, REVOKED_SERIAL, acUat);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
        assertThat(status.detail()).contains("no está firmada");
    }

    @Test
    void verifiedStatus_tamperedAnswer_unknown() {
        X509Certificate ac4 = satProduccionCa("A.C. del Servicio de Administración Tributaria", "2015");
        byte[] tampered = REVOKED.clone();
        // The revocation time 221101041703Z sits in the signed tbsResponseData: change one digit.
        String text = new String(tampered, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf("20221101041703Z");
        assertThat(at).isPositive();
        tampered[at + 13] = (byte) '4';

        RevocationStatus status = Ocsp.verifiedStatus(tampered, REVOKED_SERIAL, ac4);

        assertThat(status.state()).isEqualTo(RevocationStatus.State.UNKNOWN);
    }

    private static X509Certificate satProduccionCa(String commonName, String year) {
        return TrustAnchors.satProduccion().certificates().stream()
                .filter(c -> c.getSubjectX500Principal().getName().contains("CN=" + commonName))
                .filter(c -> c.getNotBefore().toInstant().toString().startsWith(year))
                .findFirst().orElseThrow();
    }

    /**
     * An answer whose included responder certificate is malformed: Bouncy Castle parses it only in
     * {@code getCerts()}, and its {@code IllegalArgumentException} escaped {@code verifiedStatus}. Found by the OCSP
     * fuzz harness within a minute; its input is kept in the corpus and read here.
     */
    @Test
    void verifiedStatus_answerWithAMalformedIncludedCertificate_isOcspInvalido() throws Exception {
        byte[] answer = Fixtures.fuzzInput("ocsp", "crash-1858dc4a74f46c4e828b293ae4b5e0ec9cff5716");
        X509Certificate issuer = TrustAnchors.satPruebas().issuerOf(EKU_FIEL.x509()).orElseThrow();
        assertThatThrownBy(() -> Ocsp.verifiedStatus(answer, REVOKED_SERIAL, issuer))
                .isInstanceOfSatisfying(EfirmaException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO));
    }

    /**
     * An answer whose single response has a certStatus with an unknown tag: Bouncy Castle parses it only in
     * {@code getResponses()}, and its {@code IllegalArgumentException} escaped {@code parseResponse}. Found by the
     * OCSP fuzz harness right after the previous fix; its input is kept in the corpus and read here.
     */
    @Test
    void parseResponse_singleResponseWithAnUnknownStatusTag_isOcspInvalido() throws Exception {
        byte[] answer = Fixtures.fuzzInput("ocsp", "crash-a1ebb267e223a641fbb7edfa5a75760b66d81bd9");
        assertThatThrownBy(() -> Ocsp.readResponse(answer, REVOKED_SERIAL))
                .isInstanceOfSatisfying(EfirmaException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO));
    }

    /** A responseStatus ENUMERATED beyond int range: {@code getStatus()} threw ArithmeticException (fuzzing). */
    @Test
    void parseResponse_statusBeyondIntRange_isOcspInvalido() throws Exception {
        byte[] answer = Fixtures.fuzzInput("ocsp", "crash-a3bb40d69588e5a992f9f580a245188cefdf3923");
        assertThatThrownBy(() -> Ocsp.readResponse(answer, REVOKED_SERIAL))
                .isInstanceOfSatisfying(EfirmaException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(EfirmaErrorCode.EFIRMA_OCSP_INVALIDO));
    }
}
