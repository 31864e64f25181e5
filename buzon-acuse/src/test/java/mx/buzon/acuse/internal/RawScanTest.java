package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import mx.buzon.acuse.AcuseException;
import org.junit.jupiter.api.Test;

/**
 * The raw scan decodes Flate content only when its streams could inflate past the budget
 * ({@link RawScan#MAX_FLATE_RATIO} times their size): these files sit at the edge of that shortcut, with zeros
 * deflated as well as zlib can (about 1,030 to 1).
 */
class RawScanTest {

    private static final int MIB = 1024 * 1024;

    /** {@code count} Flate streams, each of {@code mib} MiB of zeros at the best compression. */
    private static byte[] flateStreams(int count, int mib) {
        byte[] zeros = new byte[mib * MIB];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            deflated.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        byte[] data = deflated.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(ascii("%PDF-1.7\n"));
        for (int i = 1; i <= count; i++) {
            pdf.writeBytes(ascii(i + " 0 obj\n<< /Length " + data.length + " /Filter /FlateDecode >>\nstream\n"));
            pdf.writeBytes(data);
            pdf.writeBytes(ascii("\nendstream\nendobj\n"));
        }
        pdf.writeBytes(ascii("%%EOF\n"));
        return pdf.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void check_flateStreamsInflatingJustPastTheBudget_refused() {
        // 65 MiB in all: the deflated bytes times the ratio pass the budget, so the scan must decode and count them.
        byte[] pdf = flateStreams(65, 1);

        assertThatThrownBy(() -> RawScan.check(pdf)).isInstanceOfSatisfying(AcuseException.class,
                e -> assertThat(e.code()).isEqualTo("ACUSE_CONTENIDO_EXCESIVO"));
    }

    @Test
    void check_oneStreamInflatingPastTheBudget_refused() {
        byte[] pdf = flateStreams(1, 65);

        assertThatThrownBy(() -> RawScan.check(pdf)).isInstanceOf(AcuseException.class);
    }

    @Test
    void check_flateStreamsInflatingJustUnderTheBudget_accepted() {
        byte[] pdf = flateStreams(63, 1);

        assertThatCode(() -> RawScan.check(pdf)).doesNotThrowAnyException();
    }
}
