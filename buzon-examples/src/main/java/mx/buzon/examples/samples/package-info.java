/**
 * Small runnable programs, one per main use of the SDK; the README shows them and tests run them, so the
 * snippets stay true. Each has a {@code main} and a {@code run()} that returns what {@code main} prints.
 */
@NullMarked
package mx.buzon.examples.samples;

import org.jspecify.annotations.NullMarked;
