/**
 * The timing rules of the Buzón IMSS as pure functions ({@link mx.buzon.calendar.plazo.BuzonPlazos}): when an
 * actuación is received (Lineamientos 6.3, 5.8), when a notification is made (7.2, 7.4, 7.5; CFF art. 134
 * fr. I) and surte efectos (CFF art. 135), the deadlines that run from it, the 72-hour validation of contact
 * media (5.2), the 180-day Transitorio Primero and the compliance calendar of a year. Each answer is a value
 * that explains itself in Spanish.
 */
@NullMarked
package mx.buzon.calendar.plazo;

import org.jspecify.annotations.NullMarked;
