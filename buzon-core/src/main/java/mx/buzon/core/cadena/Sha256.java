package mx.buzon.core.cadena;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import mx.buzon.core.evidence.ArchivoErrorCode;
import mx.buzon.problem.BuzonException;
import org.jspecify.annotations.Nullable;

/**
 * A SHA-256 digest (FIPS 180-4), the way free text and files enter a cadena original (docs/LEGAL.md §5).
 *
 * <p>Its text form is the 64 lower-case hexadecimal digits that {@code sha256sum} prints, so a person can check
 * a digest in a cadena with standard tools. Example: the digest of the empty input is
 * {@code e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855}.
 *
 * <p>Free text is digested as the UTF-8 bytes of the text exactly as given: no trimming, no whitespace or
 * Unicode normalisation, no line-ending conversion. Whoever verifies must digest the same stored text.
 *
 * <p>Digesting a stream or a file reads it in 64 KiB blocks (constant memory, whatever the size); an I/O failure
 * is a {@link BuzonException} with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE}, never a checked {@link IOException},
 * like every reader of the SDK.
 *
 * <p>Immutable and thread-safe.
 */
public final class Sha256 {

    /** Length of the digest in bytes. */
    public static final int LENGTH_BYTES = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final byte[] digest;

    private Sha256(byte[] digest) {
        this.digest = digest;
    }

    /**
     * Digests bytes.
     *
     * @param data the bytes
     * @return their digest
     */
    public static Sha256 digest(byte[] data) {
        Objects.requireNonNull(data, "data");
        return new Sha256(newDigest().digest(data));
    }

    /**
     * Digests the UTF-8 bytes of a text, exactly as given (no normalisation).
     *
     * @param text e.g. the description of a promoción
     * @return the digest
     * @throws IllegalArgumentException when the text holds a lone surrogate (it has no UTF-8 form)
     */
    public static Sha256 digestUtf8(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("Text has a lone surrogate at index " + i + "; it has no UTF-8 form");
            }
        }
        return digest(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Digests a stream to its end, in constant memory. The stream is not closed.
     *
     * @param in the stream
     * @return the digest
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when reading fails
     */
    public static Sha256 digest(InputStream in) {
        Objects.requireNonNull(in, "in");
        try {
            return digestStream(in);
        } catch (IOException e) {
            throw unreadable("(flujo de entrada)", e);
        }
    }

    private static Sha256 digestStream(InputStream in) throws IOException {
        MessageDigest md = newDigest();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) != -1; ) {
            md.update(buffer, 0, n);
        }
        return new Sha256(md.digest());
    }

    /**
     * Digests a file's contents.
     *
     * @param file the file, e.g. the ZIP of evidence
     * @return the digest
     * @throws BuzonException with {@link ArchivoErrorCode#ARCHIVO_ILEGIBLE} when the file cannot be read
     */
    public static Sha256 digest(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return digestStream(in);
        } catch (IOException e) {
            Path name = file.getFileName();
            throw unreadable(name == null ? file.toString() : name.toString(), e);
        }
    }

    private static BuzonException unreadable(String name, IOException e) {
        return new BuzonException(ArchivoErrorCode.ARCHIVO_ILEGIBLE,
                ArchivoErrorCode.ARCHIVO_ILEGIBLE.message(name, e.getClass().getSimpleName()), e);
    }

    /**
     * A digest from its 32 bytes (its parts: nothing is digested).
     *
     * @param digest the digest bytes (copied)
     * @return the digest
     * @throws IllegalArgumentException when the array is not 32 bytes long
     */
    public static Sha256 of(byte[] digest) {
        Objects.requireNonNull(digest, "digest");
        if (digest.length != LENGTH_BYTES) {
            throw new IllegalArgumentException("A SHA-256 digest has 32 bytes, not " + digest.length);
        }
        return new Sha256(digest.clone());
    }

    /**
     * Reads the text form; the exact inverse of {@link #toString()}.
     *
     * @param hex 64 lower-case hexadecimal digits
     * @return the digest
     * @throws BuzonException {@link CadenaErrorCode#SHA256_FORMATO_INVALIDO} when the text is not 64 lower-case hex
     *     digits (upper case is refused so that a digest has one text form)
     */
    public static Sha256 parse(CharSequence hex) {
        Objects.requireNonNull(hex, "hex");
        if (!isValid(hex)) {
            String shown = hex.length() <= 70 ? hex.toString() : hex.subSequence(0, 70) + "…";
            throw new BuzonException(CadenaErrorCode.SHA256_FORMATO_INVALIDO,
                    CadenaErrorCode.SHA256_FORMATO_INVALIDO.message(shown), null);
        }
        return new Sha256(HEX.parseHex(hex));
    }

    /**
     * Whether the text is the text form of a digest.
     *
     * @param hex the candidate
     * @return {@code true} for exactly 64 characters {@code [0-9a-f]}
     */
    public static boolean isValid(CharSequence hex) {
        if (hex.length() != 2 * LENGTH_BYTES) {
            return false;
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** @return a copy of the 32 digest bytes */
    public byte[] bytes() {
        return digest.clone();
    }

    /**
     * Compares with another digest in time independent of where they differ.
     *
     * @param other the other digest
     * @return {@code true} when equal
     */
    public boolean matches(Sha256 other) {
        return MessageDigest.isEqual(digest, other.digest);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Sha256 other && Arrays.equals(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(digest);
    }

    /** @return the 64 lower-case hexadecimal digits */
    @Override
    public String toString() {
        return HEX.formatHex(digest);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
