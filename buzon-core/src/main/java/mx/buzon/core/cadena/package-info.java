/**
 * The cadena original: the canonical text of an acuse that the particular and the Instituto sign
 * (docs/LEGAL.md §5; Lineamientos 6.1).
 *
 * <p>Format (a public contract, documented in full in {@link mx.buzon.core.cadena.CadenaOriginal}):
 * {@code ||Clave:Valor|Clave:Valor|...||}, UTF-8, keys in the fixed order of a {@link
 * mx.buzon.core.cadena.CadenaSchema}, values normalised (NFC, whitespace runs collapsed, trimmed) and escaped
 * by a reversible rule ({@code \\}, {@code \|}, {@code \}{@code uXXXX}). Free text and files enter through
 * their {@link mx.buzon.core.cadena.Sha256} digest.
 */
@NullMarked
package mx.buzon.core.cadena;

import org.jspecify.annotations.NullMarked;
