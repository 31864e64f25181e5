/**
 * JSON for every domain type of the SDK: register {@link mx.buzon.core.json.BuzonModule} with a Jackson
 * {@code ObjectMapper}. The shapes are documented in the module's class documentation and in the README.
 */
@NullMarked
package mx.buzon.core.json;

import org.jspecify.annotations.NullMarked;
