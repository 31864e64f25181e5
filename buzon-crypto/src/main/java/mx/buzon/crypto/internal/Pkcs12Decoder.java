package mx.buzon.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
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
 * the provider instance. A non-ASCII password is tried as typed (its characters as BMPString, what OpenSSL 1.1
 * and later and Windows write), then as its windows-1252 and its UTF-8 bytes taken one per character (what
 * OpenSSL 1.0 and tools that ignore the encoding wrote). A well-formed PFX that none opens is reported as a wrong
 * password.
 */
public final class Pkcs12Decoder {

    /** A key entry of a PFX: its alias, key and certificate. */
    public record Entry(String alias, PrivateKey key, X509Certificate certificate) {
    }

    private Pkcs12Decoder() {
    }

    /**
     * @param bytes the file's content
     * @param password the password, possibly empty (not modified)
     * @param name the file's name for messages
     * @return every key entry with its certificate, in the order of the file's aliases; at least one
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO}, {@code EFIRMA_CONTRASENA_INCORRECTA},
     *         {@code EFIRMA_PFX_INCOMPLETO}
     */
    public static List<Entry> decodeAll(byte[] bytes, char[] password, String name) {
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
        List<char[]> candidates = candidates(password);
        try {
            for (char[] candidate : candidates) {
                Optional<List<Entry>> entries = open(bytes, candidate, null, name);
                if (entries.isEmpty()) {
                    entries = open(bytes, candidate, "BC", name);
                }
                if (entries.isPresent()) {
                    return entries.get();
                }
            }
        } finally {
            Passwords.wipe(candidates);
        }
        throw new EfirmaException(EfirmaErrorCode.EFIRMA_CONTRASENA_INCORRECTA, EfirmaFile.PFX, null,
                EfirmaFile.PFX.noun(), name);
    }

    /** The password as typed, then its 8-bit forms that differ from it (none for an ASCII password). */
    private static List<char[]> candidates(char[] password) {
        List<char[]> candidates = new ArrayList<>(3);
        candidates.add(password.clone());
        for (char[] eightBit : Passwords.eightBitCandidates(password)) {
            if (candidates.stream().anyMatch(c -> Arrays.equals(c, eightBit))) {
                Arrays.fill(eightBit, '\0');
            } else {
                candidates.add(eightBit);
            }
        }
        return candidates;
    }

    private static Optional<List<Entry>> open(byte[] bytes, char[] password, @Nullable String provider, String name) {
        KeyStore store;
        try {
            store = provider == null ? KeyStore.getInstance("PKCS12") : KeyStore.getInstance("PKCS12", Bc.provider());
            store.load(new ByteArrayInputStream(bytes), password);
        } catch (Exception e) {
            return Optional.empty();
        }
        List<Entry> entries = new ArrayList<>();
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                PrivateKey key = (PrivateKey) store.getKey(alias, password);
                Certificate certificate = store.getCertificate(alias);
                if (key != null && certificate instanceof X509Certificate x509) {
                    entries.add(new Entry(alias, key, x509));
                }
            }
        } catch (Exception e) {
            return Optional.empty();
        }
        if (entries.isEmpty()) {
            throw new EfirmaException(EfirmaErrorCode.EFIRMA_PFX_INCOMPLETO, EfirmaFile.PFX, null,
                    EfirmaFile.PFX.noun(), name);
        }
        return Optional.of(entries);
    }
}
