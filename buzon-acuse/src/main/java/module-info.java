/**
 * Acuses de recibo as PDF/A-3b documents with QR code and embedded data, and their verification.
 *
 * <p>{@link mx.buzon.acuse.AcuseRenderer} draws an {@link mx.buzon.acuse.AcuseLayout};
 * {@link mx.buzon.acuse.AcuseReader} and {@link mx.buzon.acuse.AcuseVerifier} take such a PDF back.
 */
module mx.buzon.acuse {
    requires static transitive org.jspecify;
    requires transitive mx.buzon.crypto;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires org.apache.xmpbox;
    requires com.google.zxing;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.bouncycastle.provider;
    requires com.fasterxml.jackson.databind;
    requires java.desktop;
    requires java.xml;
    // PDFBox and FontBox are automatic modules, which cannot declare what they need themselves: FontBox logs
    // through Commons Logging (an explicit module, so nothing resolves it unless required), and PDFBox unmaps
    // its buffers through sun.misc.Unsafe (jdk.unsupported). Without these a modular application fails to start.
    requires org.apache.commons.logging;
    requires jdk.unsupported;

    exports mx.buzon.acuse;
}
