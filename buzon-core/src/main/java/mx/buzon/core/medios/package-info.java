/**
 * Medios de contacto and the habilitación of the Buzón IMSS (Lineamientos 5.1–5.6), as pure workflows.
 *
 * <p>{@link mx.buzon.core.medios.MediosContacto#aplicar} takes an {@link mx.buzon.core.medios.EstadoBuzon},
 * a {@link mx.buzon.core.medios.ComandoMedios}, an instant and an {@link mx.buzon.core.medios.Entorno} (zones,
 * folio sequence, random source) and returns a {@link mx.buzon.core.medios.Resultado}: the new state and exactly
 * one {@link mx.buzon.core.acuse.Acuse}, or a {@link mx.buzon.core.medios.Rechazo} with a stable
 * {@link mx.buzon.core.medios.MediosCodigo} and a Spanish message. Storage and the delivery of codes by SMS and
 * e-mail are the host's, behind {@link mx.buzon.core.medios.BuzonRepository} and
 * {@link mx.buzon.core.medios.CodigoSender}; {@link mx.buzon.core.medios.BuzonService} wires them.
 */
@NullMarked
package mx.buzon.core.medios;

import org.jspecify.annotations.NullMarked;
