/**
 * SAT e.firma: loading, validation, sello digital and CMS signatures.
 */
module mx.buzon.crypto {
    requires static org.jspecify;
    requires transitive mx.buzon.core;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    // API packages are exported as they land (issue tracker: the crypto module issue).
}
