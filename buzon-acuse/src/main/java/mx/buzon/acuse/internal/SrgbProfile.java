package mx.buzon.acuse.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A compact sRGB display profile (ICC.1:2001-04, version 2.1), written by this class rather than shipped: the
 * output intent every acuse carries (PDF/A-3b requires one when device colours are used).
 *
 * <p>The colorants and white point are computed from the sRGB definition (IEC 61966-2.1: ITU-R BT.709 primaries,
 * a D65 white), the colorants adapted to the D50 connection space with the Bradford transform. The three tone
 * curves share one 256-entry table of the sRGB transfer function (linear below 0.04045, a 2.4 power above). The
 * profile is about 1 KB instead of the 7 KB of the 1024-entry profiles commonly shipped, and deflates to about
 * 0.6 KB. It is built once per JVM; the bytes depend on nothing but this code, so every JVM writes the same
 * acuse.
 */
final class SrgbProfile {

    /** The profile's description, also the output condition it stands for. */
    static final String DESCRIPTION = "sRGB IEC61966-2.1";

    /** Entries of the shared tone curve. */
    static final int CURVE_POINTS = 256;

    private static final double[] D65 = {0.3127 / 0.3290, 1.0, (1 - 0.3127 - 0.3290) / 0.3290};
    /** The ICC's connection-space illuminant, as the ICC rounds it (s15Fixed16 0xF6D6, 0x10000, 0xD32D). */
    private static final double[] D50 = {0.9642, 1.0, 0.8249};
    private static final double[][] PRIMARIES = {{0.64, 0.33}, {0.30, 0.60}, {0.15, 0.06}};
    private static final double[][] BRADFORD = {
        {0.8951, 0.2664, -0.1614},
        {-0.7502, 1.7135, 0.0367},
        {0.0389, -0.0685, 1.0296},
    };

    private static final byte[] BYTES = build();

    private SrgbProfile() {
    }

    /** @return a copy of the profile's bytes */
    static byte[] bytes() {
        return BYTES.clone();
    }

    private static byte[] build() {
        double[][] colorants = adaptedColorants();
        Tag[] tags = {
            new Tag("desc", description()),
            new Tag("cprt", text("No copyright; written by the Buzon IMSS SDK from IEC 61966-2.1")),
            new Tag("wtpt", xyz(D65)),
            new Tag("rXYZ", xyz(colorants[0])),
            new Tag("gXYZ", xyz(colorants[1])),
            new Tag("bXYZ", xyz(colorants[2])),
            new Tag("rTRC", curve()),
            new Tag("gTRC", null),
            new Tag("bTRC", null),
        };
        int offset = 128 + 4 + 12 * tags.length;
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int shared = 0;
        int sharedSize = 0;
        writeInt(table, tags.length);
        for (Tag tag : tags) {
            int at;
            int size;
            if (tag.data == null) {
                // gTRC and bTRC point at rTRC's table: the three channels share one curve.
                at = shared;
                size = sharedSize;
            } else {
                at = offset + data.size();
                size = tag.data.length;
                data.writeBytes(tag.data);
                while (data.size() % 4 != 0) {
                    data.write(0);
                }
                shared = at;
                sharedSize = size;
            }
            table.writeBytes(tag.signature.getBytes(StandardCharsets.US_ASCII));
            writeInt(table, at);
            writeInt(table, size);
        }
        int total = offset + data.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(total);
        writeInt(out, total);
        writeInt(out, 0); // preferred CMM: none
        writeInt(out, 0x02100000); // version 2.1.0
        ascii(out, "mntr");
        ascii(out, "RGB ");
        ascii(out, "XYZ ");
        for (int part : new int[] {2026, 12, 4, 0, 0, 0}) { // creation date: fixed, for identical bytes
            out.write(part >> 8);
            out.write(part);
        }
        ascii(out, "acsp");
        out.writeBytes(new byte[24]); // platform, flags, manufacturer, model, attributes
        writeInt(out, 0); // rendering intent: perceptual
        out.writeBytes(xyzNumbers(D50));
        out.writeBytes(new byte[128 - out.size()]); // creator, reserved
        out.writeBytes(table.toByteArray());
        out.writeBytes(data.toByteArray());
        return out.toByteArray();
    }

    /** The primaries' XYZ (columns scaled so that they add up to the D65 white), Bradford-adapted to D50. */
    private static double[][] adaptedColorants() {
        double[][] xyz = new double[3][];
        for (int i = 0; i < 3; i++) {
            double x = PRIMARIES[i][0];
            double y = PRIMARIES[i][1];
            xyz[i] = new double[] {x / y, 1.0, (1 - x - y) / y};
        }
        double[][] m = {
            {xyz[0][0], xyz[1][0], xyz[2][0]},
            {xyz[0][1], xyz[1][1], xyz[2][1]},
            {xyz[0][2], xyz[1][2], xyz[2][2]},
        };
        double[] s = multiply(invert(m), D65);
        double[] src = multiply(BRADFORD, D65);
        double[] dst = multiply(BRADFORD, D50);
        double[][] scale = {{dst[0] / src[0], 0, 0}, {0, dst[1] / src[1], 0}, {0, 0, dst[2] / src[2]}};
        double[][] adapt = multiply(invert(BRADFORD), multiply(scale, BRADFORD));
        double[][] colorants = new double[3][];
        for (int i = 0; i < 3; i++) {
            double[] scaled = {xyz[i][0] * s[i], xyz[i][1] * s[i], xyz[i][2] * s[i]};
            colorants[i] = multiply(adapt, scaled);
        }
        return colorants;
    }

    /** The sRGB transfer function (encoded value to linear light), sampled at {@link #CURVE_POINTS} points. */
    static double linear(double encoded) {
        return encoded <= 0.04045 ? encoded / 12.92 : Math.pow((encoded + 0.055) / 1.055, 2.4);
    }

    private static byte[] curve() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "curv");
        writeInt(out, 0);
        writeInt(out, CURVE_POINTS);
        for (int i = 0; i < CURVE_POINTS; i++) {
            int value = (int) Math.round(linear(i / (double) (CURVE_POINTS - 1)) * 65535);
            out.write(value >> 8);
            out.write(value);
        }
        return out.toByteArray();
    }

    private static byte[] xyz(double[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "XYZ ");
        writeInt(out, 0);
        out.writeBytes(xyzNumbers(value));
        return out.toByteArray();
    }

    private static byte[] xyzNumbers(double[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (double v : value) {
            writeInt(out, (int) Math.round(v * 65536));
        }
        return out.toByteArray();
    }

    /** A textDescriptionType: the ASCII description, no Unicode or ScriptCode variant. */
    private static byte[] description() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "desc");
        writeInt(out, 0);
        writeInt(out, DESCRIPTION.length() + 1);
        ascii(out, DESCRIPTION);
        out.write(0);
        writeInt(out, 0); // Unicode language code
        writeInt(out, 0); // Unicode count
        out.write(0); // ScriptCode code (two bytes)
        out.write(0);
        out.write(0); // ScriptCode count
        out.writeBytes(new byte[67]);
        return out.toByteArray();
    }

    private static byte[] text(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ascii(out, "text");
        writeInt(out, 0);
        ascii(out, text);
        out.write(0);
        return out.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    private static double[] multiply(double[][] m, double[] v) {
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2];
        }
        return r;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] r = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                r[i][j] = a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j];
            }
        }
        return r;
    }

    private static double[][] invert(double[][] m) {
        double det = m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
                - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
                + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
        double[][] r = new double[3][3];
        r[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
        r[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
        r[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
        r[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
        r[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
        r[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
        r[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
        r[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
        r[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
        return r;
    }

    private record Tag(String signature, byte[] data) {
    }
}
