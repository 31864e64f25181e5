package mx.buzon.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Optional;
import mx.buzon.crypto.EfirmaErrorCode;
import mx.buzon.crypto.EfirmaException;
import mx.buzon.crypto.EfirmaFile;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code .pfx}/{@code .p12}: legacy RC2-40/3DES bags, PBES2/AES bags, and an empty password.
 *
 * <p>The JDK's PKCS#12 reader is tried first (it accepts the empty password), then Bouncy Castle's, through
 * the provider instance. A well-formed PFX that neither opens is reported as a wrong password.
 */
public final class Pkcs12Decoder {

    /** The key and certificate found in a PFX. */
    public record Entry(PrivateKey key, X509Certificate certificate) {
    }

    private Pkcs12Decoder() {
    }

    /**
     * @param bytes the file's content
     * @param password the password, possibly empty (not modified)
     * @param name the file's name for messages
     * @return the first key entry with its certificate
     */
    public static Entry decode(byte[] bytes, char[] password, String name) {
        Pfx pfx;
        try {
            pfx = Pfx.getInstance(ASN1Primitive.fromByteArray(bytes));
            if (pfx == null) {
                throw new IllegalArgumentException("empty");
            }
        } catch (IOException | RuntimeException e) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.PFX, e,
                    EfirmaFile.PFX.noun(), name, bytes.length == 0 ? "está vacío" : "la estructura PKCS#12 está dañada");
        }
        Optional<String> tooCostly = KdfLimits.excessive(pfx);
        if (tooCostly.isPresent()) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.PFX, null,
                    EfirmaFile.PFX.noun(), name, tooCostly.get());
        }
        Optional<Entry> entry = open(bytes, password, null, name);
        if (entry.isEmpty()) {
            entry = open(bytes, password, "BC", name);
        }
        return entry.orElseThrow(() -> new EfirmaException(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA,
                EfirmaFile.PFX, null, EfirmaFile.PFX.noun(), name));
    }

    private static Optional<Entry> open(byte[] bytes, char[] password, @Nullable String provider, String name) {
        KeyStore store;
        try {
            store = provider == null ? KeyStore.getInstance("PKCS12") : KeyStore.getInstance("PKCS12", Bc.provider());
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (Exception e) {
            return Optional.empty();
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                Certificate certificate = store.getCertificate(alias);
                if (key != null && certificate instanceof X509Certificate x509) {
                    return Optional.of(new Entry(key, x509));
                }
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        throw new EfirmaException(EfirmaErrorCode.EFIRMA_PFX_INCOMPLETO, EfirmaFile.PFX, null,
                EfirmaFile.PFX.noun(), name);
    }
}
