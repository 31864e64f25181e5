/** Serializers and deserializers behind {@link mx.buzon.core.json.BuzonModule}; not API, not exported. */
@NullMarked
package mx.buzon.core.json.internal;

import org.jspecify.annotations.NullMarked;
