package mx.buzon.crypto;

/**
 * What a SAT certificate is for.
 *
 * <p>The SAT issues two kinds to the same RFC: the e.firma (FIEL, Firma Electrónica Avanzada, which signs
 * actuaciones and declarations: Lineamientos del Buzón IMSS, CFF art. 17-D) and the Certificado de Sello
 * Digital (CSD, for invoices only: CFF art. 29 fr. II). They are told apart by key usage and extended key
 * usage (see {@link EfirmaCertificate#kind()}). Immutable and thread-safe.
 */
public enum CertificateKind {
    /** e.firma: key usage includes data encipherment / key agreement; EKU e-mail protection and client auth. */
    FIEL,
    /** Certificado de Sello Digital: key usage digital signature and non-repudiation only, no EKU. */
    CSD
}
