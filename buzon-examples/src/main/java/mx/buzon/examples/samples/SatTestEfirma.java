package mx.buzon.examples.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import mx.buzon.crypto.Efirma;

/**
 * The SAT's public TEST e.firmas bundled in this jar (folder {@code mx/buzon/examples/efirma/}, see its
 * README.md for provenance and checksums), for samples, the demo and tests. Never use them to sign anything real.
 *
 * <p>Example: {@code SatTestEfirma.EKU9003173C9_FIEL_2023.efirma()} is the FIEL of ESCUELA KEMPER URGATE SA DE CV,
 * no. certificado 30001000000500003415, vigente 2023-05-18 to 2027-05-17. Thread-safe (an enum; every call
 * reads the resources again).
 */
public enum SatTestEfirma {

    /** Persona moral EKU9003173C9 (ESCUELA KEMPER URGATE SA DE CV), FIEL, representative VADA800927DJ3. */
    EKU9003173C9_FIEL_2023("EKU9003173C9"),

    /** Persona física CACX7605101P8 (XOCHILT CASAS CHAVEZ), FIEL. */
    CACX7605101P8_FIEL_2023("CACX7605101P8");

    private final String rfc;

    SatTestEfirma(String rfc) {
        this.rfc = rfc;
    }

    /** @return the RFC in the certificate, e.g. {@code EKU9003173C9} */
    public String rfc() {
        return rfc;
    }

    /** @return the bytes of {@code certificate.cer} (DER) */
    public byte[] cer() {
        return resource("certificate.cer");
    }

    /** @return the bytes of {@code private_key.key} (encrypted PKCS#8 DER, as the SAT issues it) */
    public byte[] key() {
        return resource("private_key.key");
    }

    /** @return a fresh copy of the password ({@code 12345678a}); the loader that receives it wipes it */
    public char[] password() {
        byte[] bytes = resource("password.txt");
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
        char[] password = new char[chars.remaining()];
        chars.get(password);
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return password;
    }

    /** @return the e.firma read from the bundled files (certificate and private key) */
    public Efirma efirma() {
        return Efirma.read(cer(), key(), password());
    }

    private byte[] resource(String file) {
        String path = "/mx/buzon/examples/efirma/" + name() + "/" + file;
        try (InputStream in = SatTestEfirma.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The jar lacks the bundled test e.firma file " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
