package mx.buzon.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The SAT test e.firmas as files: the two FIELs bundled in main resources, the CSD in test resources (see the
 * README.md files beside them for provenance).
 */
final class Fixtures {

    static final Fixture EKU_FIEL = new Fixture("EKU9003173C9_FIEL_2023");
    static final Fixture CACX_FIEL = new Fixture("CACX7605101P8_FIEL_2023");
    static final Fixture EKU_CSD = new Fixture("EKU9003173C9_CSD_2023");
    static final Fixture EKU_CSD_PFX = new Fixture("EKU9003173C9_CSD_2023_PFX_legacyRC2");
    static final Fixture AAA_FIEL_2017 = new Fixture("AAA010101AAA_FIEL_2017");

    private static final Path COPIES = temporaryFolder();

    private Fixtures() {
    }

    private static Path temporaryFolder() {
        try {
            Path folder = Files.createTempDirectory("buzon-fixtures");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    record Fixture(String folder) {
        Path cer() {
            return file("certificate.cer");
        }

        Path key() {
            return file("private_key.key");
        }

        Path pfx() {
            return file("credential.pfx");
        }

        Path password() {
            return file("password.txt");
        }

        private Path file(String name) {
            String resource = "/mx/buzon/examples/efirma/" + folder + "/" + name;
            URL url = Objects.requireNonNull(Fixtures.class.getResource(resource), resource);
            try {
                if ("file".equals(url.getProtocol())) {
                    return Path.of(url.toURI());
                }
                // maven-failsafe puts the module's jar, not target/classes, on the class path: copy out
                Path copy = COPIES.resolve(folder).resolve(name);
                if (!Files.exists(copy)) {
                    Files.createDirectories(copy.getParent());
                    try (InputStream in = url.openStream()) {
                        Files.copy(in, copy);
                    }
                    copy.toFile().deleteOnExit();
                }
                return copy;
            } catch (URISyntaxException | IOException e) {
                throw new IllegalStateException(resource, e);
            }
        }
    }
}
