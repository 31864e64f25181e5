/**
 * The SDK's own JSR-354 amount ({@link mx.buzon.core.money.internal.DecimalAmount}) behind
 * {@link mx.buzon.core.money.Mxn}; not API, not exported.
 */
@NullMarked
package mx.buzon.core.money.internal;

import org.jspecify.annotations.NullMarked;
