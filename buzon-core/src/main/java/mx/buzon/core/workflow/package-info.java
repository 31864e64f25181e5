/**
 * The shape every workflow of the SDK shares: a pure function from a state, a command, an instant and a
 * calendar to either a new state with the acuse that proves the step ({@link mx.buzon.core.workflow.Outcome.Accepted})
 * or a typed {@link mx.buzon.core.workflow.Rejection} with a Spanish message (Lineamientos 6.1: every actuación
 * gets an acuse whose date and time are the proof).
 */
@NullMarked
package mx.buzon.core.workflow;

import org.jspecify.annotations.NullMarked;
