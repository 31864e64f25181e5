/**
 * The catalogues of the Buzón IMSS, with the exact Spanish text of the primary sources: the tipos and asuntos
 * of promociones electrónicas (Guía de Promociones Electrónicas), the actos notificables and the
 * relación de trámites y servicios (numbering 1–10.8) with their availability per Transitorio Segundo of the
 * Lineamientos (ACDO.AS2.HCT.230724/261.P.DIR, DOF 5-08-2024).
 */
@NullMarked
package mx.buzon.core.catalog;

import org.jspecify.annotations.NullMarked;
