/**
 * The values a person types to be reached: a 10-digit {@link mx.buzon.core.contacto.Telefono} and a
 * {@link mx.buzon.core.contacto.CorreoElectronico}, each one type with one rule and one error code
 * ({@link mx.buzon.core.contacto.ContactoErrorCode}), used by the medios de contacto (Lineamientos 5.1) and by the
 * promociones (the telephone of an aclaración, Guía de Promociones V.6) alike.
 *
 * <p>They have their own room because neither workflow owns them: the medios de contacto package would otherwise
 * be a dependency of the promociones, and the identifiers of {@code mx.buzon.core.id} are registry keys with check
 * digits, which a telephone or an e-mail address is not. Same vocabulary as the identifiers: {@code parse}
 * (exact inverse of {@code toString()}), {@code isValid}, and {@code findProblem}, which gives the error
 * {@link mx.buzon.problem.Finding} instead of throwing. All types are immutable and thread-safe.
 */
@NullMarked
package mx.buzon.core.contacto;

import org.jspecify.annotations.NullMarked;
