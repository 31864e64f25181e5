package mx.buzon.acuse;

import static mx.buzon.acuse.DomainAcuses.IMSS_PRUEBA;
import static mx.buzon.acuse.DomainAcuses.OTRA_INSTITUCION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mx.buzon.core.acuse.AcuseTipo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The attack: seal a hostile first page with a credential of one's own. The raw-byte seal check passes (the
 * signature is intact, only untrusted), so the sealed verifier goes on to parse the file and read the labelled
 * fields of its first page. That reading must be under the same work budget as every other PDFBox pass
 * ({@link BoundedIntakeTest} proves the budget itself under {@code -Xmx256m}); without it a self-sealed file of
 * millions of glyphs or of forms drawing forms costs minutes of CPU.
 */
class SealedHostileIntakeTest {

    static Stream<Arguments> hostileFirstPages() {
        return Stream.of(
                Arguments.of("twentyMillionGlyphs", (Supplier<byte[]>) HostileFiles::twentyMillionGlyphs),
                Arguments.of("tenMillionNestedQ", (Supplier<byte[]>) HostileFiles::tenMillionNestedQ),
                Arguments.of("formsFiveDeep", (Supplier<byte[]>) HostileFiles::formsFiveDeep),
                Arguments.of("formCallsItself", (Supplier<byte[]>) HostileFiles::formCallsItself));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFirstPages")
    @Timeout(30)
    void verify_selfSealedHostileFirstPage_contenidoExcesivoWithinSeconds(String name, Supplier<byte[]> file) {
        IssuedAcuse genuine = AcuseIssuerTest.issue(AcuseTipo.ACTIVACION_BUZON);
        byte[] sealed = SealedAcuses.seal(file.get(), genuine.acuse(), OTRA_INSTITUCION);
        AcusePdfVerifier verifier = AcusePdfVerifier.withInstitution(IMSS_PRUEBA.certificate());
        long start = System.nanoTime();
        assertThatThrownBy(() -> verifier.verify(sealed))
                .isInstanceOfSatisfying(AcuseException.class,
                        e -> assertThat(e.code()).isEqualTo("ACUSE_CONTENIDO_EXCESIVO"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).as(name).isLessThan(Duration.ofSeconds(4));
    }
}
