package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
    @Test
    void render_samples_writesFiles() throws Exception {
        Path dir = Path.of("target/samples");
        Files.createDirectories(dir);
        byte[] one = AcuseRenderer.standard().render(SampleAcuses.autorizacion().build());
        Files.write(dir.resolve("one.pdf"), one);
        byte[] many = AcuseRenderer.standard().render(SampleAcuses.multiPage().build());
        Files.write(dir.resolve("many.pdf"), many);
        assertThat(one).isNotEmpty();
    }
}
