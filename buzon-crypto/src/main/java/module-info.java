/**
 * SAT e.firma: loading, validation, sello digital and CMS signatures.
 */
module mx.buzon.crypto {
    requires static transitive org.jspecify;
    requires transitive mx.buzon.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    exports mx.buzon.crypto;
    exports mx.buzon.crypto.testing;
}
