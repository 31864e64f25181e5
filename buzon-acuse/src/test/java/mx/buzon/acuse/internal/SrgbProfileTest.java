package mx.buzon.acuse.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;

class SrgbProfileTest {

    private static final byte[] PROFILE = SrgbProfile.bytes();

    /** The D50-adapted sRGB colorants as ICC profiles publish them (e.g. the ICC's own sRGB v2 profile). */
    private static final double[][] PUBLISHED_COLORANTS = {
        {0.4361, 0.2225, 0.0139},
        {0.3851, 0.7169, 0.0971},
        {0.1431, 0.0606, 0.7141},
    };

    @Test
    void header_isAVersion2RgbDisplayProfileOfItsOwnLength() {
        ByteBuffer b = ByteBuffer.wrap(PROFILE);
        assertThat(b.getInt(0)).isEqualTo(PROFILE.length);
        assertThat(b.getInt(8)).isEqualTo(0x02100000);
        assertThat(ascii(12)).isEqualTo("mntr");
        assertThat(ascii(16)).isEqualTo("RGB ");
        assertThat(ascii(20)).isEqualTo("XYZ ");
        assertThat(ascii(36)).isEqualTo("acsp");
        assertThat(new String(PROFILE, StandardCharsets.US_ASCII)).contains(SrgbProfile.DESCRIPTION);
    }

    @Test
    void colorants_areThePublishedD50AdaptedSrgbPrimaries_andAddUpToD50() {
        double[] sum = new double[3];
        String[] tags = {"rXYZ", "gXYZ", "bXYZ"};
        for (int i = 0; i < 3; i++) {
            double[] xyz = xyzTag(tags[i]);
            for (int c = 0; c < 3; c++) {
                assertThat(xyz[c]).as(tags[i] + "[" + c + "]").isCloseTo(PUBLISHED_COLORANTS[i][c], within(0.0002));
                sum[c] += xyz[c];
            }
        }
        assertThat(sum[0]).isCloseTo(0.9642, within(0.0002));
        assertThat(sum[1]).isCloseTo(1.0, within(0.0002));
        assertThat(sum[2]).isCloseTo(0.8249, within(0.0002));
    }

    /** The JDK's colour management (LittleCMS) reads the profile and converts like its own sRGB. */
    @Test
    void jdkColourManagement_convertsLikeItsOwnSrgb_overRandomColours() {
        ColorSpace ours = new ICC_ColorSpace(ICC_Profile.getInstance(PROFILE));
        ColorSpace jdk = ColorSpace.getInstance(ColorSpace.CS_sRGB);
        Random random = new Random(20261204L);
        for (int n = 0; n < 2000; n++) {
            float[] rgb = {random.nextFloat(), random.nextFloat(), random.nextFloat()};
            float[] expected = jdk.toCIEXYZ(rgb);
            float[] actual = ours.toCIEXYZ(rgb);
            for (int c = 0; c < 3; c++) {
                assertThat(actual[c]).as("XYZ[%d] of %s", c, java.util.Arrays.toString(rgb))
                        .isCloseTo(expected[c], within(0.004f));
            }
        }
        assertThat(ours.toCIEXYZ(new float[] {1, 1, 1})[1]).isCloseTo(1f, within(0.002f));
        assertThat(ours.toCIEXYZ(new float[] {0, 0, 0})[1]).isCloseTo(0f, within(0.001f));
    }

    @Test
    void toneCurve_isTheSrgbTransferFunction_monotonic_fromZeroToFull() {
        ByteBuffer b = ByteBuffer.wrap(PROFILE);
        int offset = tagOffset("rTRC");
        assertThat(tagOffset("gTRC")).isEqualTo(offset);
        assertThat(tagOffset("bTRC")).isEqualTo(offset);
        int count = b.getInt(offset + 8);
        assertThat(count).isEqualTo(SrgbProfile.CURVE_POINTS);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int value = Short.toUnsignedInt(b.getShort(offset + 12 + 2 * i));
            assertThat(value).isGreaterThan(previous);
            previous = value;
        }
        assertThat(Short.toUnsignedInt(b.getShort(offset + 12))).isZero();
        assertThat(previous).isEqualTo(65535);
        // Mid grey (188/255) is about 50 % linear light.
        assertThat(SrgbProfile.linear(188 / 255.0)).isCloseTo(0.5, within(0.005));
    }

    @Test
    void profile_isSmall_andTheSameOnEveryCall() throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater(9))) {
            out.write(PROFILE);
        }
        assertThat(PROFILE.length).isLessThan(1200);
        assertThat(deflated.size()).isLessThan(800);
        assertThat(SrgbProfile.bytes()).isEqualTo(PROFILE);
    }

    private static String ascii(int offset) {
        return new String(PROFILE, offset, 4, StandardCharsets.US_ASCII);
    }

    private static int tagOffset(String signature) {
        ByteBuffer b = ByteBuffer.wrap(PROFILE);
        int count = b.getInt(128);
        for (int i = 0; i < count; i++) {
            if (ascii(132 + 12 * i).equals(signature)) {
                return b.getInt(132 + 12 * i + 4);
            }
        }
        throw new AssertionError("no tag " + signature);
    }

    private static double[] xyzTag(String signature) {
        ByteBuffer b = ByteBuffer.wrap(PROFILE);
        int offset = tagOffset(signature);
        assertThat(ascii(offset)).isEqualTo("XYZ ");
        return new double[] {
            b.getInt(offset + 8) / 65536.0, b.getInt(offset + 12) / 65536.0, b.getInt(offset + 16) / 65536.0,
        };
    }
}
