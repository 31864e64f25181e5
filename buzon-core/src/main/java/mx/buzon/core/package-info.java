/**
 * The vocabulary every module of the SDK shares for reporting problems: {@link mx.buzon.core.ErrorCode},
 * {@link mx.buzon.core.Finding}, {@link mx.buzon.core.Severity} and {@link mx.buzon.core.BuzonException}.
 */
@NullMarked
package mx.buzon.core;

import org.jspecify.annotations.NullMarked;
