/**
 * Mexican business days (días hábiles) under CFF art. 12: {@link mx.buzon.calendar.BusinessCalendar} built by
 * rule for any year from 1900 to 2299, plus the inhábil days and vacation periods an authority declares,
 * supplied as data ({@link mx.buzon.calendar.DiaInhabil}). {@link mx.buzon.calendar.ReferenceCalendars} ships
 * the IMSS and SAT calendars for 2023–2026.
 *
 * <p>Errors: {@link mx.buzon.calendar.CalendarException} with a stable
 * {@link mx.buzon.calendar.CalendarErrorCode}.
 */
@NullMarked
package mx.buzon.calendar;

import org.jspecify.annotations.NullMarked;
