package mx.buzon.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** Tells DER from PEM/Base64 text, the two ways people keep SAT files on disk. */
public final class Encodings {

    private Encodings() {
    }

    /** @return whether the bytes, after leading whitespace, start with a PEM armour line */
    public static boolean isPem(byte[] bytes) {
        int i = skipWhitespace(bytes);
        return startsWith(bytes, i, "-----BEGIN ");
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

    private static int skipWhitespace(byte[] bytes) {
        int i = 0;
        // A UTF-8 byte order mark, as some Windows editors write it.
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\r' || bytes[i] == '\n' || bytes[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean startsWith(byte[] bytes, int offset, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length - offset < p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (bytes[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
