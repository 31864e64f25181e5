/**
 * Amounts owed to the IMSS and their accesorios (docs/LEGAL.md §7): the actualización by INPC (CFF art. 17-A),
 * recargos (CFF art. 21), centavo rounding and the payment adjustment (CFF art. 20), and the UMA.
 *
 * <p>Every amount is a {@link javax.money.MonetaryAmount} in MXN (Moneta {@code Money}); every rule is a
 * small function ({@link javax.money.MonetaryOperator} style) the caller can pass, combine and test. INPC
 * values and recargo rates are data the host supplies ({@link mx.buzon.core.money.Inpc},
 * {@link mx.buzon.core.money.TasaRecargos}); the SDK ships none.
 */
@NullMarked
package mx.buzon.core.money;

import org.jspecify.annotations.NullMarked;
