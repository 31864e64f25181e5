package mx.buzon.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.crypto.internal.CertificateDecoder;

/**
 * A named set of certificate authorities the host trusts to issue e.firmas: the SAT's production CAs, the
 * SAT's test CAs, or the host's own files. The host chooses; nothing is trusted by default.
 *
 * <p>Every certificate in the set is trusted as an anchor: a certificate is trusted when one of them issued
 * it (same issuer name and a verifying signature). Shipped sets, both with their roots and intermediate CAs:
 * <ul>
 *   <li>{@link #satProduccion()}: AC0–AC7 ("A.C. del Servicio de Administración Tributaria", "AUTORIDAD
 *       CERTIFICADORA") and the roots ARC0–ARC7;</li>
 *   <li>{@link #satPruebas()}: "AC UAT" (2018, 2022), "A.C. 2 de pruebas(4096)" and their test roots.</li>
 * </ul>
 * {@link EfirmaChecks#chain(TrustAnchors)} also checks that every CA of the chain it finds in the set is valid at
 * the instant of the check (the leaf's own validity is {@link EfirmaChecks#vigente()}'s). Immutable and
 * thread-safe.
 */
public final class TrustAnchors {

    private static final String RESOURCES = "/mx/buzon/crypto/internal/";

    private final String name;
    private final List<X509Certificate> certificates;

    private TrustAnchors(String name, List<X509Certificate> certificates) {
        this.name = name;
        this.certificates = List.copyOf(certificates);
    }

    /** @return the SAT's production CAs, named {@code sat-produccion} */
    public static TrustAnchors satProduccion() {
        return Shipped.PRODUCCION;
    }

    /** @return the SAT's test CAs (the ones that issued the public test e.firmas), named {@code sat-pruebas} */
    public static TrustAnchors satPruebas() {
        return Shipped.PRUEBAS;
    }

    /**
     * The shipped set with that name, as a command line names it.
     *
     * @param name {@code sat-produccion} or {@code sat-pruebas}
     * @return the set, or empty for any other name (a file, for example)
     */
    public static Optional<TrustAnchors> named(String name) {
        switch (Objects.requireNonNull(name, "name")) {
            case "sat-produccion":
                return Optional.of(satProduccion());
            case "sat-pruebas":
                return Optional.of(satPruebas());
            default:
                return Optional.empty();
        }
    }

    /**
     * @param name a name for messages, e.g. {@code "raíces del host"}
     * @param certificates the trusted CA certificates, at least one
     * @return the set
     */
    public static TrustAnchors of(String name, Collection<X509Certificate> certificates) {
        Objects.requireNonNull(name, "name");
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException("a trust anchor set needs at least one certificate: " + name);
        }
        return new TrustAnchors(name, new ArrayList<>(certificates));
    }

    /**
     * Reads CA certificates from files: each a DER or Base64 certificate, or a PEM bundle whose every
     * {@code CERTIFICATE} block is read, in any order (root first or last). The set is named after the first file.
     *
     * @param files the {@code .cer}/{@code .crt}/{@code .pem} files, at least one, each at most
     *     {@link Efirma#MAX_FILE_BYTES}
     * @return the set
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} or {@code EFIRMA_ARCHIVO_INVALIDO} naming the file
     */
    public static TrustAnchors read(Collection<Path> files) {
        List<X509Certificate> read = new ArrayList<>();
        for (Path file : files) {
            read.addAll(decodeAll(FileBytes.of(Objects.requireNonNull(file, "file"), "file")));
        }
        if (read.isEmpty()) {
            throw new IllegalArgumentException("a trust anchor set needs at least one file");
        }
        return new TrustAnchors(FileBytes.name(files.iterator().next()), read);
    }

    /**
     * Reads CA certificates from one file, as {@link #read(Collection)}.
     *
     * @param file a certificate or a PEM bundle
     * @return the set, named after the file
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} or {@code EFIRMA_ARCHIVO_INVALIDO} naming the file
     */
    public static TrustAnchors read(Path file) {
        return read(List.of(Objects.requireNonNull(file, "file")));
    }

    /**
     * Reads CA certificates from bytes: a DER or Base64 certificate, or a PEM bundle.
     *
     * @param certificates the content (not modified), at most {@link Efirma#MAX_FILE_BYTES}
     * @return the set, named {@code (en memoria)}; rename it with {@link #of(String, Collection)}
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO}
     */
    public static TrustAnchors read(byte[] certificates) {
        return new TrustAnchors(FileBytes.IN_MEMORY, decodeAll(FileBytes.of(certificates, "certificates")));
    }

    /**
     * Reads CA certificates from a stream (at most {@link Efirma#MAX_FILE_BYTES} + 1 bytes; not closed), as
     * {@link #read(byte[])}.
     *
     * @param certificates the content
     * @return the set, named {@code (flujo de entrada)}
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_NO_LEIDO} when reading fails, {@code EFIRMA_ARCHIVO_INVALIDO}
     */
    public static TrustAnchors read(InputStream certificates) {
        return new TrustAnchors(FileBytes.STREAM, decodeAll(FileBytes.of(certificates, "certificates")));
    }

    private static List<X509Certificate> decodeAll(FileBytes source) {
        String name = source.name();
        return CertificateDecoder.decodeAll(source.read(EfirmaFile.CER), name);
    }

    /** @return the name used in messages, e.g. {@code sat-pruebas} */
    public String name() {
        return name;
    }

    /** @return the certificates of the set */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /**
     * The certificate of this set that issued the given one: same name as its issuer and a signature that
     * verifies with its key.
     *
     * @param certificate the certificate to place
     * @return the issuing CA, when it is in the set
     */
    public Optional<X509Certificate> issuerOf(X509Certificate certificate) {
        for (X509Certificate candidate : certificates) {
            if (!candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            try {
                certificate.verify(candidate.getPublicKey());
                return Optional.of(candidate);
            } catch (GeneralSecurityException | RuntimeException e) {
                // Same name, other key (a renewed CA): keep looking.
            }
        }
        return Optional.empty();
    }

    /**
     * The chain of CAs of the set above a certificate: its issuer, the issuer's issuer, and so on up to a
     * self-signed root or a CA whose issuer is not in the set (at most as many steps as the set has certificates).
     *
     * @param certificate a certificate
     * @return the CAs, nearest first; empty when no CA of the set issued it
     */
    public List<X509Certificate> chainOf(X509Certificate certificate) {
        List<X509Certificate> chain = new ArrayList<>();
        X509Certificate current = certificate;
        while (chain.size() < certificates.size()) {
            Optional<X509Certificate> issuer = issuerOf(current);
            if (issuer.isEmpty() || chain.contains(issuer.get())) {
                break;
            }
            chain.add(issuer.get());
            if (issuer.get().getSubjectX500Principal().equals(issuer.get().getIssuerX500Principal())) {
                break; // the root
            }
            current = issuer.get();
        }
        return List.copyOf(chain);
    }

    /** @return e.g. {@code TrustAnchors[sat-pruebas, 6 certificados]} */
    @Override
    public String toString() {
        return "TrustAnchors[" + name + ", " + certificates.size() + " certificados]";
    }

    private static final class Shipped {
        static final TrustAnchors PRODUCCION = load("sat-produccion", "produccion");
        static final TrustAnchors PRUEBAS = load("sat-pruebas", "pruebas");

        private static TrustAnchors load(String name, String folder) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (String file : Arrays.asList(resource(folder + ".list").split("\n"))) {
                if (!file.isBlank()) {
                    certificates.add(CertificateDecoder.decode(bytes(folder + "/" + file.trim()), file.trim()));
                }
            }
            return new TrustAnchors(name, certificates);
        }

        private static String resource(String path) {
            return new String(bytes(path), StandardCharsets.UTF_8);
        }

        private static byte[] bytes(String path) {
            try (InputStream in = TrustAnchors.class.getResourceAsStream(RESOURCES + path)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource of buzon-crypto: " + path);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new IllegalStateException("unreadable resource of buzon-crypto: " + path, e);
            }
        }
    }
}
