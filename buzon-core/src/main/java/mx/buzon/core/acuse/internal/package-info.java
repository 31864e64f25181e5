/** Implementation details of {@code mx.buzon.core.acuse}; not API, not exported. */
@NullMarked
package mx.buzon.core.acuse.internal;

import org.jspecify.annotations.NullMarked;
