/**
 * Test doubles of the host's ports, for tests, examples and single-process tools, never for production:
 * {@link mx.buzon.core.testing.InMemoryBuzonRepository}, {@link mx.buzon.core.testing.InMemoryPromocionRepository}
 * (state in a map, lost on restart) and {@link mx.buzon.core.testing.InMemoryCodigoSender} (keeps validation codes
 * instead of sending them, so a test can read them back). They live apart from the API packages, as
 * {@code mx.buzon.crypto.testing} does for buzon-crypto, so that production code importing
 * {@code mx.buzon.core.testing} stands out in review. All are thread-safe.
 */
@NullMarked
package mx.buzon.core.testing;

import org.jspecify.annotations.NullMarked;
