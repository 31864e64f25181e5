/**
 * Generators of SAT-like test e.firmas (FIEL and CSD, persona física or moral) under a throwaway CA, for
 * this SDK's tests and for users' test suites. Never use them for real signatures.
 */
@NullMarked
package mx.buzon.crypto.testing;

import org.jspecify.annotations.NullMarked;
