/**
 * Medios de contacto and the habilitación of the Buzón IMSS (Lineamientos 5.1–5.6), as a pure workflow.
 *
 * <p>{@link mx.buzon.core.medios.MediosContactoWorkflow} has one method per command (registrar, validar, eliminar,
 * acuseParaFirmar, firmarTerminos); each takes an {@link mx.buzon.core.medios.EstadoBuzon} and an instant and
 * answers an {@link mx.buzon.core.workflow.Outcome} (a registration wraps it in a
 * {@link mx.buzon.core.medios.Registro} that names the medio registered and the code to send), like every
 * workflow of the SDK; rejections carry a {@link mx.buzon.core.medios.MediosErrorCode} (or a
 * {@link mx.buzon.core.contacto.ContactoErrorCode} for a malformed e-mail or telephone) and a Spanish message.
 * Storage and the delivery of codes by SMS and e-mail are the host's, behind
 * {@link mx.buzon.core.medios.BuzonRepository} and {@link mx.buzon.core.medios.CodigoSender};
 * {@link mx.buzon.core.medios.BuzonService} wires them. Test doubles are in {@code mx.buzon.core.testing}.
 */
@NullMarked
package mx.buzon.core.medios;

import org.jspecify.annotations.NullMarked;
