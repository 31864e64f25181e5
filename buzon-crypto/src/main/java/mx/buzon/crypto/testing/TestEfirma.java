package mx.buzon.crypto.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaCertificate;
import org.jspecify.annotations.Nullable;

/**
 * A generated test e.firma: the files a person would have ({@code .cer} DER, {@code .key} encrypted PKCS#8
 * DER exactly as the SAT issues it: PBES2, PBKDF2-HMAC-SHA1 2048 iterations, 3DES-CBC) and their password.
 * <b>For tests only.</b>
 *
 * <p>Immutable and thread-safe; every accessor returns a fresh copy.
 */
public final class TestEfirma {

    private final byte[] cer;
    private final byte[] key;
    private final char[] password;

    TestEfirma(byte[] cer, byte[] key, char[] password) {
        this.cer = cer.clone();
        this.key = key.clone();
        this.password = password.clone();
    }

    /** @return the {@code .cer} content (DER) */
    public byte[] cer() {
        return cer.clone();
    }

    /** @return the {@code .key} content (encrypted PKCS#8 DER) */
    public byte[] key() {
        return key.clone();
    }

    /** @return a copy of the password (test credentials only; the loaders wipe the array they get) */
    public char[] password() {
        return password.clone();
    }

    /** @return the certificate */
    public EfirmaCertificate certificate() {
        return EfirmaCertificate.read(cer);
    }

    /** @return the e.firma loaded from {@link #cer()}, {@link #key()} and {@link #password()} */
    public Efirma efirma() {
        return Efirma.read(cer, key, password());
    }

    /**
     * Writes the files a person would have, for tests of programs that take paths (the {@code buzon} command
     * line): {@code BASE.cer}, {@code BASE.key} and {@code BASE.password.txt} (UTF-8, no line break).
     *
     * @param directory an existing directory
     * @param baseName the file name without extension, e.g. {@code "EKU9003173C9"}
     * @return the path of the {@code .cer}; the others are beside it
     * @throws UncheckedIOException when a file cannot be written
     */
    public Path writeTo(Path directory, String baseName) {
        try {
            Files.write(directory.resolve(baseName + ".key"), key);
            Files.writeString(directory.resolve(baseName + ".password.txt"), new String(password),
                    StandardCharsets.UTF_8);
            return Files.write(directory.resolve(baseName + ".cer"), cer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return e.g. {@code TestEfirma[EKU9003173C9, FIEL, 30001000009900000001]}; no password */
    @Override
    public String toString() {
        EfirmaCertificate certificate = certificate();
        return "TestEfirma[" + certificate.rfcText() + ", " + certificate.kind() + ", " + certificate.numero() + "]";
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof TestEfirma t && Arrays.equals(cer, t.cer);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cer);
    }
}
