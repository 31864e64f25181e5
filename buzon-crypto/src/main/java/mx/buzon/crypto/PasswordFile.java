package mx.buzon.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a password from a file into a {@code char[]} without ever making a {@link String} of it, as the
 * {@code buzon} command line's {@code --password-file} needs.
 *
 * <p>The file is UTF-8 (an ASCII file is too); one trailing line break ({@code \n} or {@code \r\n}) is not
 * part of the password, any other character is. The bytes read are wiped; the caller owns the returned array
 * and passes it to a loader of {@link Efirma}, which wipes it. Stateless and thread-safe.
 */
public final class PasswordFile {

    private PasswordFile() {
    }

    /**
     * @param file e.g. {@code Path.of("clave.txt")} holding {@code 12345678a\n}
     * @return the password's characters, e.g. {@code 12345678a}
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} when it cannot be read,
     *         {@code EFIRMA_ARCHIVO_INVALIDO} when it is not UTF-8 text (the message never shows its content)
     */
    public static char[] read(Path file) {
        byte[] bytes = FileBytes.read(file, EfirmaFile.PASSWORD);
        CharBuffer chars = null;
        try {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            chars = utf8.decode(ByteBuffer.wrap(bytes));
            int length = chars.remaining();
            if (length > 0 && chars.get(length - 1) == '\n') {
                length--;
                if (length > 0 && chars.get(length - 1) == '\r') {
                    length--;
                }
            }
            char[] password = new char[length];
            chars.get(password, 0, length);
            return password;
        } catch (CharacterCodingException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.PASSWORD, null,
                    EfirmaFile.PASSWORD.noun(), FileBytes.name(file), "no es texto UTF-8");
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
