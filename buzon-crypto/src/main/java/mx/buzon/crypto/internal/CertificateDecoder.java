package mx.buzon.crypto.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Optional;
import mx.buzon.crypto.EfirmaErrorCode;
import mx.buzon.crypto.EfirmaException;
import mx.buzon.crypto.EfirmaFile;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.jspecify.annotations.Nullable;

/** Reads a {@code .cer}: DER, PEM, or bare Base64 of the DER. */
public final class CertificateDecoder {

    private CertificateDecoder() {
    }

    /**
     * @param bytes the file's content
     * @param name the file's name for messages
     * @return the certificate
     * @throws EfirmaException {@code EFIRMA_ARCHIVO_INVALIDO} naming the {@code .cer}
     */
    public static X509Certificate decode(byte[] bytes, String name) {
        byte[] der = toDer(bytes, name);
        try {
            // Strict DER structure first: a truncated or padded file fails here with a clear reason.
            Certificate.getInstance(ASN1Primitive.fromByteArray(der));
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
        } catch (IOException | CertificateException | RuntimeException e) {
            throw invalid(name, "no es un certificado X.509", e);
        }
    }

    private static byte[] toDer(byte[] bytes, String name) {
        if (bytes.length > 0 && bytes[0] == 0x30) {
            return bytes;
        }
        if (Encodings.isPem(bytes)) {
            try (Reader text = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.US_ASCII);
                    PemReader pem = new PemReader(text)) {
                for (PemObject object = pem.readPemObject(); object != null; object = pem.readPemObject()) {
                    if (object.getType().equals("CERTIFICATE") || object.getType().equals("X509 CERTIFICATE")) {
                        return object.getContent();
                    }
                }
                throw invalid(name, "el texto PEM no contiene un bloque CERTIFICATE", null);
            } catch (IOException | RuntimeException e) {
                if (e instanceof EfirmaException ee) {
                    throw ee;
                }
                throw invalid(name, "el texto PEM está dañado", e);
            }
        }
        Optional<byte[]> base64 = Encodings.bareBase64(bytes);
        if (base64.isPresent()) {
            return base64.get();
        }
        throw invalid(name, bytes.length == 0 ? "está vacío" : "no es DER ni PEM", null);
    }

    private static EfirmaException invalid(String name, String why, @Nullable Throwable cause) {
        return new EfirmaException(EfirmaErrorCode.EFIRMA_ARCHIVO_INVALIDO, EfirmaFile.CER, cause,
                EfirmaFile.CER.noun(), name, why);
    }
}
