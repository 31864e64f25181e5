/**
 * SAT e.firma (FIEL) and CSD: load the files a person has on disk ({@link mx.buzon.crypto.Efirma}), read the
 * certificate ({@link mx.buzon.crypto.EfirmaCertificate}), validate it against an instant
 * ({@link mx.buzon.crypto.EfirmaValidator}), compute and verify the sello digital and detached CMS signatures.
 *
 * <p>No global state: the Bouncy Castle provider is never added to the JVM-wide provider list; it is passed as an instance.
 */
@NullMarked
package mx.buzon.crypto;

import org.jspecify.annotations.NullMarked;
