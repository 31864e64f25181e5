/**
 * The 32-D services of the Buzón IMSS (CFF art. 32-D; relación de trámites 9.1–9.4; Guía 32D Autorización de
 * Opinión Pública): third parties authorized to consult the opinión del cumplimiento
 * ({@link mx.buzon.core.servicios32d.TercerosAutorizados}), the authorization to make it public
 * ({@link mx.buzon.core.servicios32d.AutorizacionOpinionPublica}), both driven by
 * {@link mx.buzon.core.servicios32d.Servicios32DWorkflow}, and the opinion itself
 * ({@link mx.buzon.core.servicios32d.OpinionCumplimiento}: valid only on the day generated, Zona Centro).
 */
@NullMarked
package mx.buzon.core.servicios32d;

import org.jspecify.annotations.NullMarked;
