package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.stream.Stream;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.Finding;
import mx.buzon.problem.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of an e.firma for actuaciones, on the SAT's fixtures, at instants the test gives. */
class EfirmaValidatorTest {

    private static final Instant NOON_2026_11_22 = Fixtures.NOON_2026_11_22;
    private static final Efirma EKU_FIEL = Fixtures.load(Fixtures.EKU_FIEL_2023);
    private static final Efirma EKU_CSD = Fixtures.load(Fixtures.EKU_CSD_2023);
    private static final EfirmaValidator ACTUACIONES = EfirmaValidator.forActuaciones(TrustAnchors.satPruebas());

    static Stream<Fixtures.Row> issuedBySatTestCas() {
        return Fixtures.certificates().stream()
                .filter(r -> r.issuerCn().equals("AC UAT") || r.issuerCn().equals("A.C. 2 de pruebas(4096)"));
    }

    @Test
    void validate_currentFielOfTheTypedRfc_noFindings() {
        ValidationReport report = ACTUACIONES.expectingRfc(Rfc.parse("EKU9003173C9")).validate(EKU_FIEL, NOON_2026_11_22);

        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void validate_csd_esCsd() {
        ValidationReport report = ACTUACIONES.validate(EKU_CSD, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_ES_CSD");
        assertThat(report.findings().get(0).message()).contains("30001000000500003416").contains("e.firma (FIEL)");
        assertThat(report.isValid()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuedBySatTestCas")
    void validate_everySatTestCertificate_chainsToSatPruebasButNotToProduccion(Fixtures.Row row) {
        EfirmaCertificate certificate = EfirmaCertificate.read(row.cer());

        // Checked while the certificate itself was valid: its CAs were too (they are checked since issue 17).
        Instant inUse = certificate.validFrom().plusSeconds(86_400);
        assertThat(EfirmaChecks.chain(TrustAnchors.satPruebas()).check(certificate, inUse)).isEmpty();
        assertThat(EfirmaChecks.chain(TrustAnchors.satProduccion()).check(certificate, inUse))
                .extracting(Finding::code).containsExactly("EFIRMA_CADENA_NO_CONFIABLE");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("issuedBySatTestCas")
    void validate_everySatTestCsd_refusedAsFiel(Fixtures.Row row) {
        EfirmaCertificate certificate = EfirmaCertificate.read(row.cer());

        assertThat(EfirmaChecks.fiel().check(certificate, NOON_2026_11_22)).extracting(Finding::code)
                .isEqualTo(row.type().equals("CSD") ? java.util.List.of("EFIRMA_ES_CSD") : java.util.List.of());
    }

    @Test
    void validate_fakeIssuerWithValidDates_cadenaNoConfiable() {
        Efirma fake = Fixtures.load(Fixtures.FAKE_ISSUER);

        ValidationReport report = EfirmaValidator.of(EfirmaChecks.vigente(), EfirmaChecks.chain(TrustAnchors.satPruebas()))
                .validate(fake, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_CADENA_NO_CONFIABLE");
        assertThat(report.findings().get(0).message()).contains("sat-pruebas").contains("AC de pruebas");
    }

    @Test
    void validate_expiredFiel_vencidaWithTheDate() {
        Efirma expired = Fixtures.load(Fixtures.dir("expired-2019-set/CACX7605101P8_FIEL_2019"));

        ValidationReport report = ACTUACIONES.validate(expired, NOON_2026_11_22);

        // The FIEL expired in 2023; its CA "AC UAT" (2018) in 2022 and that CA's root "ARC beta" in 2022 too.
        assertThat(report.codes()).containsExactly("EFIRMA_VENCIDA", "EFIRMA_CA_NO_VIGENTE", "EFIRMA_CA_NO_VIGENTE");
        assertThat(report.findings().get(0).message()).contains("2023-05-27");
        assertThat(report.findings().get(1).message()).contains("\"AC UAT\"", "2022-02-23T21:47:03Z");
        assertThat(report.findings().get(2).message()).contains("\"ARC beta\"", "2022-08-10T15:29:29Z");
    }

    @Test
    void chain_whileTheLeafWasValid_noCaFinding_afterTheCaExpired_oneFindingPerCa() {
        EfirmaCertificate c = Fixtures.load(Fixtures.dir("expired-2019-set/CACX7605101P8_FIEL_2019")).certificate();
        EfirmaCheck chain = EfirmaChecks.chain(TrustAnchors.satPruebas());

        assertThat(chain.check(c, Instant.parse("2021-01-01T00:00:00Z"))).isEmpty();
        // AC UAT 2018 ended 2022-02-23T21:47:03Z, its root ARC beta 2022-08-10T15:29:29Z.
        assertThat(chain.check(c, Instant.parse("2022-02-23T21:47:03Z"))).isEmpty();
        assertThat(chain.check(c, Instant.parse("2022-02-23T21:47:04Z"))).extracting(Finding::code)
                .containsExactly("EFIRMA_CA_NO_VIGENTE");
        assertThat(chain.check(c, Instant.parse("2022-08-10T15:29:30Z"))).extracting(Finding::code)
                .containsExactly("EFIRMA_CA_NO_VIGENTE", "EFIRMA_CA_NO_VIGENTE");
    }

    @Test
    void forSellos_csdPasses_fielRefusedWithItsOwnCode() {
        EfirmaValidator sellos = EfirmaValidator.forSellos(TrustAnchors.satPruebas());

        assertThat(sellos.validate(Fixtures.load(Fixtures.EKU_CSD_2023), NOON_2026_11_22).codes()).isEmpty();
        assertThat(sellos.validate(EKU_FIEL, NOON_2026_11_22).codes()).containsExactly("EFIRMA_ES_FIEL");
        assertThat(ACTUACIONES.validate(Fixtures.load(Fixtures.EKU_CSD_2023), NOON_2026_11_22).codes())
                .containsExactly("EFIRMA_ES_CSD");
    }

    @Test
    void vigente_boundaries_inclusiveOnBothEnds() {
        EfirmaCertificate c = EKU_FIEL.certificate();
        EfirmaCheck vigente = EfirmaChecks.vigente();

        assertThat(vigente.check(c, c.validFrom())).isEmpty();
        assertThat(vigente.check(c, c.validUntil())).isEmpty();
        assertThat(vigente.check(c, c.validFrom().minusSeconds(1))).extracting(Finding::code)
                .containsExactly("EFIRMA_AUN_NO_VIGENTE");
        assertThat(vigente.check(c, c.validUntil().plusSeconds(1))).extracting(Finding::code)
                .containsExactly("EFIRMA_VENCIDA");
    }

    @Test
    void validate_otherRfcTyped_rfcDistintoNamingBoth() {
        ValidationReport report = EfirmaValidator.of().expectingRfc(Rfc.parse("CACX7605101P8"))
                .validate(EKU_FIEL, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_RFC_DISTINTO");
        assertThat(report.findings().get(0).message()).contains("EKU9003173C9").contains("CACX7605101P8");
    }

    @Test
    void validate_keyOfAnotherCertificate_llaveNoCorrespondeFirst() {
        Efirma mixed = Efirma.read(Fixtures.EKU_FIEL_2023.resolve("certificate.cer"),
                Fixtures.EKU_CSD_2023.resolve("private_key.key"), Fixtures.password());

        ValidationReport report = ACTUACIONES.validate(mixed, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_LLAVE_NO_CORRESPONDE");
    }

    @Test
    void validate_everythingWrong_everyProblemReportedAtOnce() {
        Efirma csd2019 = Fixtures.load(Fixtures.dir("expired-2019-set/JUFA7608212V6_CSD_2019"));

        ValidationReport report = EfirmaValidator.forActuaciones(TrustAnchors.satProduccion())
                .expectingRfc(Rfc.parse("EKU9003173C9")).validate(csd2019, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_VENCIDA", "EFIRMA_ES_CSD", "EFIRMA_CADENA_NO_CONFIABLE",
                "EFIRMA_RFC_DISTINTO");
        assertThat(report.findings()).allMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void notRevoked_revokedByTheChecker_revocadaWithInstant() {
        RevocationChecker revoked = (c, issuer, at) -> RevocationStatus.revoked(Instant.parse("2025-01-02T03:04:05Z"));

        ValidationReport report = EfirmaValidator.of(EfirmaChecks.notRevoked(revoked, TrustAnchors.satPruebas()))
                .validate(EKU_FIEL, NOON_2026_11_22);

        assertThat(report.codes()).containsExactly("EFIRMA_REVOCADA");
        assertThat(report.findings().get(0).message()).contains("2025-01-02T03:04:05Z");
    }

    @Test
    void notRevoked_goodAnswer_noFindingAndIssuerPassedToChecker() {
        RevocationChecker good = (c, issuer, at) -> {
            assertThat(issuer.getSubjectX500Principal().getName()).contains("CN=AC UAT");
            return RevocationStatus.good();
        };

        assertThat(EfirmaChecks.notRevoked(good, TrustAnchors.satPruebas()).check(EKU_FIEL.certificate(),
                NOON_2026_11_22)).isEmpty();
    }

    @Test
    void notRevoked_ocspTryLaterOrNetworkDown_revocacionDesconocidaWarning() {
        byte[] tryLater = Fixtures.bytes(Fixtures.OCSP.resolve("tryLater.der"));
        RevocationChecker answersTryLater = Ocsp.checker(request -> tryLater);
        RevocationChecker down = Ocsp.checker(request -> {
            throw new IOException("connection refused");
        });

        for (RevocationChecker checker : new RevocationChecker[] {answersTryLater, down}) {
            ValidationReport report = EfirmaValidator.of(EfirmaChecks.notRevoked(checker, TrustAnchors.satPruebas()))
                    .validate(EKU_FIEL, NOON_2026_11_22);
            assertThat(report.codes()).containsExactly("EFIRMA_REVOCACION_DESCONOCIDA");
            assertThat(report.findings().get(0).severity()).isEqualTo(Severity.WARNING);
            assertThat(report.isValid()).isTrue();
        }
    }

    @Test
    void notRevoked_issuerNotInTheAnchors_unknownWithoutAskingTheChecker() {
        RevocationChecker mustNotBeAsked = (c, issuer, at) -> {
            throw new AssertionError("the checker must not be asked without an issuer");
        };

        assertThat(EfirmaChecks.notRevoked(mustNotBeAsked, TrustAnchors.satProduccion())
                .check(EKU_FIEL.certificate(), NOON_2026_11_22)).extracting(Finding::code)
                .containsExactly("EFIRMA_REVOCACION_DESCONOCIDA");
    }
}
