/** Decoders and helpers behind the e.firma API; not exported. */
@NullMarked
package mx.buzon.crypto.internal;

import org.jspecify.annotations.NullMarked;
