/**
 * The vocabulary every module of the SDK shares for reporting problems: {@link mx.buzon.problem.ErrorCode},
 * {@link mx.buzon.problem.Finding}, {@link mx.buzon.problem.Severity} and {@link mx.buzon.problem.BuzonException}.
 *
 * <p>It lives in buzon-calendar, the module every other module depends on, so that the calendar's own
 * {@code CalendarException} shares the one root: a host catches {@code BuzonException} and switches on
 * {@code code()}. Every code of every module is an enum implementing {@code ErrorCode}.
 */
@NullMarked
package mx.buzon.problem;

import org.jspecify.annotations.NullMarked;
