/**
 * The identifiers of the Buzón IMSS, each one immutable type with its check digit: {@link mx.buzon.core.id.Rfc},
 * {@link mx.buzon.core.id.Curp}, {@link mx.buzon.core.id.Nss}, {@link mx.buzon.core.id.RegistroPatronal} and
 * {@link mx.buzon.core.id.Folio}, and the {@link mx.buzon.core.id.NumeroCertificado} of an e.firma (a certificate
 * serial, without check digit: it has {@code parse}, {@code isValid} and {@code validate(CharSequence)}, no mode).
 *
 * <p>Every type offers the same vocabulary: {@code parse(CharSequence)} (exact inverse of {@code toString()},
 * throws {@link mx.buzon.core.id.InvalidIdentifierException}), {@code parse(CharSequence, CheckDigitMode)},
 * {@code isValid(CharSequence)} and {@code validate(CharSequence, CheckDigitMode)}, which returns a
 * {@link mx.buzon.core.id.IdentifierValidation} value with {@link mx.buzon.problem.Finding}s instead of throwing.
 *
 * <h2>Normalisation at the boundary</h2>
 * Input is normalised once, before any rule is checked, and every change is reported as a
 * {@link mx.buzon.problem.Severity#WARNING} finding {@code IDENTIFICADOR_NORMALIZADO} (so a caller who wants only
 * canonical input can reject it):
 * <ol>
 *   <li>surrounding white space (including no-break spaces) is removed;</li>
 *   <li>{@code N} or {@code n} followed by the combining tilde U+0303 is composed to {@code Ñ} (what Unicode NFC
 *       does to it; no other composition is applied, so the Kelvin sign U+212A, which NFC would turn into
 *       {@code K}, is rejected as a look-alike);</li>
 *   <li>the ASCII letters {@code a}–{@code z} and {@code ñ} are upper-cased (by table, not by
 *       {@link String#toUpperCase()}, which would turn the Turkish dotless {@code ı} into {@code I}).</li>
 * </ol>
 * Nothing else is changed: look-alike letters of other scripts (Cyrillic {@code А}, Greek {@code Α}), full-width
 * forms ({@code Ａ}, {@code １}) and any other character outside {@code A–Z}, {@code Ñ}, {@code &}, {@code 0–9}
 * (and {@code -} in folios) are rejected with the error {@code IDENTIFICADOR_CARACTER_AJENO}, which names the
 * character, its code point and its position. Empty input is {@code IDENTIFICADOR_VACIO}; input of the wrong
 * length is {@code IDENTIFICADOR_LONGITUD} (input longer than 256 characters is rejected before it is copied or
 * normalised, and the finding quotes only its first 40 characters); a {@code null} argument is a programmer
 * error ({@link java.lang.NullPointerException}).
 *
 * <p>{@link mx.buzon.core.id.IdentifierGenerators} draws valid values from a seeded
 * {@link java.util.random.RandomGenerator} for property tests. Findings use the codes of
 * {@link mx.buzon.core.id.IdentifierErrorCode}.
 *
 * <p>All types of this package are immutable and thread-safe.
 */
@NullMarked
package mx.buzon.core.id;

import org.jspecify.annotations.NullMarked;
