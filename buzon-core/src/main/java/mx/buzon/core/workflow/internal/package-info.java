/**
 * Helpers the workflow packages share to issue acuses; not API (not exported).
 */
@NullMarked
package mx.buzon.core.workflow.internal;

import org.jspecify.annotations.NullMarked;
