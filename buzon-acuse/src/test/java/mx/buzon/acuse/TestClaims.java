package mx.buzon.acuse;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the domain module's JSON reader: takes the flat JSON of {@link SampleAcuses#json} apart with a
 * regular expression (values without escaped quotes other than \").
 */
final class TestClaims {

    private TestClaims() {
    }

    static AcuseClaims read(byte[] json) {
        String text = new String(json, StandardCharsets.UTF_8);
        return AcuseClaims.of(field(text, "tipo"), field(text, "folio"), field(text, "rfc"),
                field(text, "cadenaOriginal"), field(text, "selloDigital"), field(text, "verificacion"))
                .withFirmaParticular(field(text, "firmaParticular"));
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no field " + name);
        }
        return m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
