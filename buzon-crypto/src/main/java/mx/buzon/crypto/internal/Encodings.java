package mx.buzon.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Tells DER from PEM/Base64 text, the two ways people keep SAT files on disk. */
public final class Encodings {

    private Encodings() {
    }

    /**
     * @return whether the bytes hold a PEM armour line; text before it (the "Bag Attributes" lines that
     *         {@code openssl pkcs12} writes, a UTF-8 byte order mark) is allowed
     */
    public static boolean isPem(byte[] bytes) {
        byte[] marker = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            for (int j = 0; j < marker.length; j++) {
                if (bytes[i + j] != marker[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Decodes bytes that are nothing but Base64 text (one line or wrapped), the "DER base64" form some
     * systems export.
     *
     * @return the decoded bytes, or empty when the input is not pure Base64
     */
    public static Optional<byte[]> bareBase64(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
                continue;
            }
            boolean base64 = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '+' || c == '/' || c == '=';
            if (!base64) {
                return Optional.empty();
            }
            text.append(c);
        }
        if (text.length() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(text.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
