package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * The demo's evidence ZIP enters the aclaración's cadena through its SHA-256, so its bytes must not depend on the
 * machine. Regression: the entry time was set through {@code ZipEntry.setTime(millis)}, which ZIP stores as local
 * DOS time of the JVM's default zone, so the demo's acuse differed between a UTC machine and this suite's
 * Kiritimati default.
 */
class DemoEvidenceZipTest {

    /** SHA-256 of the demo's evidence ZIP, computed under Asia/Tokyo and UTC defaults (identical). */
    private static final String EVIDENCE_SHA256 = "572b65de77855492771cc5acbea35115118b5f2d2112930d86ba75722f286d26";

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void evidenciaZip_sameBytesWhateverTheDefaultTimeZone() throws Exception {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            String utc = sha256(DemoJourney.evidenciaZip());
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            String kiritimati = sha256(DemoJourney.evidenciaZip());
            assertThat(kiritimati).isEqualTo(utc).isEqualTo(EVIDENCE_SHA256);
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
