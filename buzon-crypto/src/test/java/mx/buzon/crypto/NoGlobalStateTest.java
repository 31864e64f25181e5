package mx.buzon.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The module never registers Bouncy Castle globally and never reads the clock or default locale/charset. */
class NoGlobalStateTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");

    @Test
    void everyOperation_bouncyCastleNotRegistered() {
        Efirma efirma = Fixtures.load(Fixtures.EKU_FIEL_2023);
        Efirma.readPfx(Fixtures.PFX_LEGACY_RC2.resolve("credential.pfx"), "swpass".toCharArray());
        CmsSignatures.verifyDetached(efirma.cmsDetached(new byte[] {1}, Fixtures.NOON_2026_11_22), new byte[] {1});
        EfirmaValidator.forActuaciones(TrustAnchors.satPruebas()).validate(efirma, Fixtures.NOON_2026_11_22);

        assertThat(Security.getProvider("BC")).isNull();
    }

    @Test
    void mainSources_noAddProviderNoClockNoDefaults() throws IOException {
        List<String> offending;
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            offending = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> lines(p).stream()
                    .filter(l -> !l.trim().startsWith("*") && !l.trim().startsWith("//"))
                    .filter(l -> l.contains("Security.addProvider") || l.contains("insertProviderAt")
                            || l.contains(".now(") || l.contains("System.currentTimeMillis")
                            || l.contains("Charset.defaultCharset") || l.contains("Locale.getDefault")
                            || l.contains("System.out") || l.contains("printStackTrace"))
                    .map(l -> p.getFileName() + ": " + l.trim()))
                    .collect(Collectors.toList());
        }
        assertThat(offending).isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
