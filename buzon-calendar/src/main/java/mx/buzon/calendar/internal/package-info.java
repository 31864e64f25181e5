/**
 * Implementation details of buzon-calendar; not exported, not API.
 */
@NullMarked
package mx.buzon.calendar.internal;

import org.jspecify.annotations.NullMarked;
