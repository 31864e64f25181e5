package mx.buzon.crypto.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The byte forms under which a password may have been used to encrypt a key, each given back as a
 * {@code char[]} whose chars are those bytes (0–255) so that an 8-bit PBKDF2 conversion sees exactly them.
 *
 * <p>SAT's software derives the key from the windows-1252 bytes of the password; OpenSSL and other tools
 * use UTF-8. For an ASCII password both are the same and only one candidate is returned. Every array
 * returned here is a copy that the caller must wipe with {@link #wipe(List)}.
 */
public final class Passwords {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Passwords() {
    }

    /**
     * @param password the password as typed (not modified)
     * @return the 8-bit candidates, windows-1252 first, then UTF-8; never empty
     */
    public static List<char[]> eightBitCandidates(char[] password) {
        List<char[]> candidates = new ArrayList<>(2);
        byte[] cp1252 = encode(password, WINDOWS_1252);
        if (cp1252 != null) {
            candidates.add(asChars(cp1252));
            Arrays.fill(cp1252, (byte) 0);
        }
        byte[] utf8 = encode(password, StandardCharsets.UTF_8);
        if (utf8 != null) {
            char[] chars = asChars(utf8);
            Arrays.fill(utf8, (byte) 0);
            if (candidates.stream().anyMatch(c -> Arrays.equals(c, chars))) {
                Arrays.fill(chars, '\0');
            } else {
                candidates.add(chars);
            }
        }
        if (candidates.isEmpty()) {
            candidates.add(password.clone());
        }
        return candidates;
    }

    /** Fills every array with {@code '\0'}. */
    public static void wipe(List<char[]> passwords) {
        for (char[] p : passwords) {
            Arrays.fill(p, '\0');
        }
    }

    private static char[] asChars(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            chars[i] = (char) (bytes[i] & 0xFF);
        }
        return chars;
    }

    private static byte @Nullable [] encode(char[] password, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(password));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            if (buffer.hasArray()) {
                Arrays.fill(buffer.array(), (byte) 0);
            }
            return bytes;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
