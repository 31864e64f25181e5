/**
 * Who uses the Buzón IMSS: the {@link mx.buzon.core.particular.Particular} (RFC, nombre, CURP, the registros
 * patronales linked to the RFC and the postal code of the domicilio fiscal, whose time zone gives the legal
 * dates; Lineamientos 3, 5.1, 5.8) and {@link mx.buzon.core.particular.DatosParticular}, the part of it an acuse
 * prints (RFC, nombre, CURP and the registro patronal an actuación refers to).
 *
 * <p>Example: {@code Particular.of(Rfc.parse("EKU9003173C9"), "ESCUELA KEMPER URGATE", List.of(), "22000")}, a
 * persona moral whose domicilio fiscal is in Tijuana. Every workflow state (medios de contacto, promociones,
 * notificaciones, 32-D) and every acuse names its particular with these types, which is why they have a room of
 * their own rather than one inside {@code acuse}.
 *
 * <p>What it is not: a registry. Whether the RFC exists or the registros are really linked to it is for the host
 * (and the SAT and IMSS) to know; the types check form and consistency only.
 *
 * <p>All types of this package are immutable and thread-safe.
 */
@NullMarked
package mx.buzon.core.particular;

import org.jspecify.annotations.NullMarked;
