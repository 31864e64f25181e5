package mx.buzon.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.buzon.crypto.EfirmaErrorCode;
import mx.buzon.crypto.EfirmaException;
import mx.buzon.crypto.EfirmaFile;
import mx.buzon.problem.Finding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code .cer}: DER, PEM, or bare Base64 of the DER; a leading UTF-8 byte order mark is ignored.
 *
 * <p>A DER file followed by whitespace (a CRLF a mail client or an FTP transfer appended) is read as if the
 * whitespace were not there; followed by other bytes it is read too, and the bytes are reported as the warning
 * {@code EFIRMA_DATOS_SOBRANTES} (openssl reads both the same way).
 */
public final class CertificateDecoder {

    private CertificateDecoder() {
    }

    /** A certificate with the warnings its file gave while being read. */
    public record Decoded(X509Certificate certificate, List<Finding> warnings) {
        /**
         * @param certificate the certificate
         * @param warnings the warnings, copied
         */
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param bytes the file's content
     * @param name the file's name for messages
     * @return the certificate
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO} naming the {@code .cer}
     */
    public static X509Certificate decode(byte[] bytes, String name) {
        return decodeWithWarnings(bytes, name).certificate();
    }

    /**
     * @param bytes the file's content
     * @param name the file's name for messages
     * @return the certificate and the warnings about its file (trailing data)
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO} naming the {@code .cer}
     */
    public static Decoded decodeWithWarnings(byte[] bytes, String name) {
        List<Finding> warnings = new ArrayList<>(1);
        byte[] der = toDer(Encodings.withoutBom(bytes), name, warnings);
        return new Decoded(parse(der, name), warnings);
    }

    /**
     * Every certificate of a file: a PEM bundle (in any order, other blocks skipped) or one DER/Base64 certificate.
     *
     * @param bytes the file's content
     * @param name the file's name for messages
     * @return the certificates, at least one
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO} naming the file
     */
    public static List<X509Certificate> decodeAll(byte[] bytes, String name) {
        byte[] content = Encodings.withoutBom(bytes);
        if (!Encodings.isPem(content)) {
            return List.of(decode(content, name));
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (byte[] der : pemCertificates(content, name)) {
            certificates.add(parse(der, name));
        }
        return certificates;
    }

    private static X509Certificate parse(byte[] der, String name) {
        try {
            // Strict DER structure first: a truncated file fails here with a clear reason.
            Certificate.getInstance(ASN1Primitive.fromByteArray(der));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | CertificateException | RuntimeException e) {
            throw invalid(name, "no es un certificado X.509", e);
        }
    }

    private static byte[] toDer(byte[] bytes, String name, List<Finding> warnings) {
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return withoutTrailingData(bytes, name, warnings);
        }
        if (Encodings.isPem(bytes)) {
            return pemCertificates(bytes, name).get(0);
        }
        Optional<byte[]> base64 = Encodings.bareBase64(bytes);
        if (base64.isPresent()) {
            return base64.get();
        }
        throw invalid(name, bytes.length == 0 ? "está vacío" : "no es DER ni PEM", null);
    }

    private static byte[] withoutTrailingData(byte[] bytes, String name, List<Finding> warnings) {
        int length = Encodings.firstElementLength(bytes);
        if (length < 0 || length == bytes.length) {
            return bytes; // a truncated header is reported by the strict parse
        }
        if (!Encodings.onlyWhitespace(bytes, length)) {
            warnings.add(Finding.warning(EfirmaErrorCode.EFIRMA_DATOS_SOBRANTES, null, EfirmaFile.CER.noun(), name,
                    bytes.length - length));
        }
        return Arrays.copyOf(bytes, length);
    }

    private static List<byte[]> pemCertificates(byte[] bytes, String name) {
        List<byte[]> found = new ArrayList<>();
        try (Reader text = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
                PemReader pem = new PemReader(text)) {
            for (PemObject object = pem.readPemObject(); object != null; object = pem.readPemObject()) {
                if (object.getType().equals("CERTIFICATE") || object.getType().equals("X509 CERTIFICATE")) {
                    found.add(object.getContent());
                }
            }
        } catch (IOException | RuntimeException e) {
            throw invalid(name, "el texto PEM está dañado", e);
        }
        if (found.isEmpty()) {
            throw invalid(name, "el texto PEM no contiene un bloque CERTIFICATE", null);
        }
        return found;
    }

    private static EfirmaException invalid(String name, String why, @Nullable Throwable cause) {
        return new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.CER, cause,
                EfirmaFile.CER.noun(), name, why);
    }
}
