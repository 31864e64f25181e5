package mx.buzon.crypto;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Consumer;
import mx.buzon.crypto.internal.Encodings;
import mx.buzon.problem.Finding;

/**
 * Reads a password from a file into a {@code char[]} without ever making a {@link String} of it, as the
 * {@code buzon} command line's {@code --password-file} needs.
 *
 * <p>The file is UTF-8 (an ASCII file is too); a leading UTF-8 byte order mark (Notepad writes one) and one
 * trailing line break ({@code \n} or {@code \r\n}) are not part of the password, any other character is. A file
 * that is not valid UTF-8 is read as windows-1252 (what Notepad saves as "ANSI", e.g. {@code ñ} as the byte
 * {@code F1}) and the warning {@code EFIRMA_CONTRASENA_ANSI} is given; the loaders of {@link Efirma}
 * then try the password as the SAT's tools encrypt with it, as always. The bytes it reads from a file or a stream are wiped (an array the caller gives stays the caller's to wipe);
 * the caller owns
 * the returned array and passes it to a loader of {@link Efirma}, which wipes it. Stateless and thread-safe.
 */
public final class PasswordFile {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PasswordFile() {
    }

    /**
     * Reads the password, ignoring the warning of a windows-1252 file.
     *
     * @param file e.g. {@code Path.of("clave.txt")} holding {@code 12345678a\n}
     * @return the password's characters, e.g. {@code 12345678a}
     * @throws EfirmaException as {@link #read(Path, Consumer)}
     */
    public static char[] read(Path file) {
        return read(file, warning -> { });
    }

    /**
     * Reads the password, telling the caller how it was read.
     *
     * @param file e.g. {@code Path.of("clave.txt")} holding {@code contraseña} in windows-1252
     * @param warnings receives {@code EFIRMA_CONTRASENA_ANSI} when the file is not UTF-8 (the finding
     *        never shows the content)
     * @return the password's characters
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} when it cannot be read,
     *         {@code EFIRMA_ARCHIVO_INVALIDO} when it is neither UTF-8 nor windows-1252 text or is larger than
     *         {@link Efirma#MAX_FILE_BYTES}
     */
    public static char[] read(Path file, Consumer<Finding> warnings) {
        return read(FileBytes.of(file, "file"), warnings);
    }

    /**
     * Reads the password from the bytes of such a file, ignoring the warning of windows-1252.
     *
     * @param content the file's content (not modified: the caller wipes it)
     * @return the password's characters
     * @throws EfirmaException as {@link #read(Path, Consumer)}
     */
    public static char[] read(byte[] content) {
        return read(content, warning -> { });
    }

    /**
     * Reads the password from the bytes of such a file.
     *
     * @param content the file's content (not modified: the caller wipes it)
     * @param warnings receives {@code EFIRMA_CONTRASENA_ANSI} when the content is not UTF-8
     * @return the password's characters
     * @throws EfirmaException as {@link #read(Path, Consumer)}
     */
    public static char[] read(byte[] content, Consumer<Finding> warnings) {
        return read(FileBytes.of(content, "content"), warnings);
    }

    /**
     * Reads the password from a stream (at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes; not closed), ignoring
     * the warning of windows-1252.
     *
     * @param in the stream
     * @return the password's characters
     * @throws EfirmaException as {@link #read(Path, Consumer)}
     */
    public static char[] read(InputStream in) {
        return read(in, warning -> { });
    }

    /**
     * Reads the password from a stream (at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes; not closed).
     *
     * @param in the stream
     * @param warnings receives {@code EFIRMA_CONTRASENA_ANSI} when the content is not UTF-8
     * @return the password's characters
     * @throws EfirmaException as {@link #read(Path, Consumer)}
     */
    public static char[] read(InputStream in, Consumer<Finding> warnings) {
        return read(FileBytes.of(in, "in"), warnings);
    }

    private static char[] read(FileBytes source, Consumer<Finding> warnings) {
        Objects.requireNonNull(warnings, "warnings");
        String name = source.name();
        byte[] bytes = source.read(EfirmaFile.PASSWORD);
        try {
            int start = Encodings.hasBom(bytes) ? 3 : 0;
            ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
            char[] password = decode(content.duplicate(), StandardCharsets.UTF_8);
            if (password == null) {
                password = decode(content.duplicate(), WINDOWS_1252);
                if (password == null) { // one of the five bytes windows-1252 leaves undefined
                    throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.PASSWORD, null,
                            EfirmaFile.PASSWORD.noun(), name, "no es texto UTF-8 ni windows-1252");
                }
                warnings.accept(Finding.warning(EfirmaErrorCode.EFIRMA_CONTRASENA_ANSI, null,
                        EfirmaFile.PASSWORD.noun(), name));
            }
            return password;
        } finally {
            if (source.owned()) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    /** @return the characters without one final line break, or {@code null} when the bytes are not in charset */
    private static char @org.jspecify.annotations.Nullable [] decode(ByteBuffer bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = null;
        try {
            chars = decoder.decode(bytes);
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
            return null;
        } finally {
            if (chars != null && chars.hasArray()) {
                Arrays.fill(chars.array(), '\0');
            }
        }
    }
}
