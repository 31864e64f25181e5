/**
 * Acuses de recibo as PDF/A-3b documents with QR code and embedded data, and their verification.
 */
module mx.buzon.acuse {
    requires static org.jspecify;
    requires transitive mx.buzon.crypto;
    requires org.apache.pdfbox;
    requires com.google.zxing;
    // API packages are exported as they land (issue tracker: the acuse module issue).
}
