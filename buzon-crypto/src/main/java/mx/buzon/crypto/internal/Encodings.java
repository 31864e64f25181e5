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
     * @param bytes a file's content
     * @return the content without a leading UTF-8 byte order mark ({@code EF BB BF}, what Notepad writes before
     *         text), or the same array when there is none
     */
    public static byte[] withoutBom(byte[] bytes) {
        if (hasBom(bytes)) {
            return java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    /** @return whether the bytes start with the UTF-8 byte order mark {@code EF BB BF} */
    public static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    /**
     * The length of the first DER element (tag, length and content) of the bytes, for telling a DER file from
     * what follows it.
     *
     * @param der bytes that start with a DER element
     * @return its total length in bytes, or {@code -1} when the header is not a definite DER length that fits in
     *         the bytes
     */
    public static int firstElementLength(byte[] der) {
        if (der.length < 2 || (der[0] & 0x1F) == 0x1F) {
            return -1; // too short, or a multi-byte tag (never the SEQUENCE a certificate or key starts with)
        }
        int first = der[1] & 0xFF;
        if (first < 0x80) {
            return 2 + first <= der.length ? 2 + first : -1;
        }
        int octets = first & 0x7F;
        if (octets == 0 || octets > 4 || 2 + octets > der.length) {
            return -1; // indefinite length (not DER) or longer than any file we read
        }
        long length = 0;
        for (int i = 0; i < octets; i++) {
            length = (length << 8) | (der[2 + i] & 0xFF);
        }
        long total = 2L + octets + length;
        return total <= der.length ? (int) total : -1;
    }

    /**
     * @param bytes some bytes
     * @param from the first index to look at
     * @return whether every byte from {@code from} on is ASCII whitespace (space, tab, CR, LF)
     */
    public static boolean onlyWhitespace(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
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
