/**
 * JSON for every domain type of the SDK: register {@link mx.buzon.core.json.BuzonModule} with a Jackson
 * {@code ObjectMapper}, or take the ready {@link mx.buzon.core.json.BuzonJson#mapper()}. The module touches the
 * SDK's types only, never a host's own {@code java.time} or money fields. Stored states carry a schema version
 * ({@code "formato"}) and repeated keys are refused, both with a {@link mx.buzon.core.json.JsonErrorCode}. The
 * shapes are documented in the module's class documentation and in docs/readme-domain.md.
 */
@NullMarked
package mx.buzon.core.json;

import org.jspecify.annotations.NullMarked;
