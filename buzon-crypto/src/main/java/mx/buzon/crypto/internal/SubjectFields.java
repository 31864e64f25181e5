package mx.buzon.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1T61String;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.Certificate;

/**
 * The attributes of a SAT subject or issuer name, decoded the way the SAT writes them: {@code Ñ} and
 * {@code &} in RFCs and names are T61String values holding Latin-1 bytes.
 */
public final class SubjectFields {

    /** x500UniqueIdentifier: {@code RFC} or {@code RFC / RFC_REPRESENTANTE}. */
    public static final ASN1ObjectIdentifier UNIQUE_IDENTIFIER = new ASN1ObjectIdentifier("2.5.4.45");
    /** serialNumber: {@code CURP} or {@code CURP / CURP_REPRESENTANTE}. */
    public static final ASN1ObjectIdentifier SERIAL_NUMBER = new ASN1ObjectIdentifier("2.5.4.5");
    /** name. */
    public static final ASN1ObjectIdentifier NAME = new ASN1ObjectIdentifier("2.5.4.41");

    private final X500Name subject;
    private final X500Name issuer;

    private SubjectFields(X500Name subject, X500Name issuer) {
        this.subject = subject;
        this.issuer = issuer;
    }

    /**
     * @param certificate a parsed certificate
     * @return its names
     */
    public static SubjectFields of(X509Certificate certificate) {
        try {
            Certificate structure = Certificate.getInstance(certificate.getEncoded());
            return new SubjectFields(structure.getSubject(), structure.getIssuer());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate must re-encode", e);
        }
    }

    /**
     * @param certificate a CA certificate
     * @return its subject's common name, else its whole subject as {@link #issuerName()} writes names
     */
    public static String commonName(X509Certificate certificate) {
        SubjectFields fields = of(certificate);
        return fields.subject(BCStyle.CN).orElseGet(() -> new SubjectFields(fields.subject, fields.subject).issuerName());
    }

    /** @return the first value of the subject attribute, trimmed of nothing (raw) */
    public Optional<String> subject(ASN1ObjectIdentifier type) {
        return first(subject, type);
    }

    /** @return the first value of the issuer attribute */
    public Optional<String> issuer(ASN1ObjectIdentifier type) {
        return first(issuer, type);
    }

    /** @return the issuer's distinguished name, in the certificate's order, values decoded and RFC 4514-escaped */
    public String issuerName() {
        StringBuilder text = new StringBuilder();
        for (RDN rdn : issuer.getRDNs()) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (text.length() > 0) {
                    text.append(", ");
                }
                String label = BCStyle.INSTANCE.oidToDisplayName(attribute.getType());
                text.append(label == null ? attribute.getType().getId() : label)
                        .append('=').append(escape(decode(attribute.getValue())));
            }
        }
        return text.toString();
    }

    /** Escapes an attribute value as RFC 4514 section 2.4 requires. */
    static String escape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean special = c == '"' || c == '+' || c == ',' || c == ';' || c == '<' || c == '>' || c == '\\'
                    || (i == 0 && (c == '#' || c == ' ')) || (i == value.length() - 1 && c == ' ');
            if (c == '\0') {
                escaped.append("\\00");
            } else {
                if (special) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static Optional<String> first(X500Name name, ASN1ObjectIdentifier type) {
        for (RDN rdn : name.getRDNs(type)) {
            for (AttributeTypeAndValue attribute : rdn.getTypesAndValues()) {
                if (attribute.getType().equals(type)) {
                    return Optional.of(decode(attribute.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Decodes a directory string; a T61String's bytes are Latin-1, as the SAT writes them. */
    static String decode(ASN1Encodable value) {
        if (value instanceof ASN1T61String t61) {
            return new String(t61.getOctets(), StandardCharsets.ISO_8859_1);
        }
        if (value instanceof ASN1UTF8String) {
            // Bouncy Castle refuses malformed UTF-8 with an IllegalArgumentException (found by fuzzing .cer
            // loading); a name is shown to people, so malformed bytes become U+FFFD as the JDK decodes them.
            return new String(contents(value), StandardCharsets.UTF_8);
        }
        if (value instanceof ASN1String string) {
            return string.getString();
        }
        return value.toString();
    }

    /** The content octets of a primitive DER value (its encoding without tag and length). */
    private static byte[] contents(ASN1Encodable value) {
        byte[] der;
        try {
            der = value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (java.io.IOException e) {
            return new byte[0];
        }
        int offset = 2;
        if ((der[1] & 0x80) != 0) {
            offset += der[1] & 0x7F;
        }
        return java.util.Arrays.copyOfRange(der, Math.min(offset, der.length), der.length);
    }
}
