/**
 * Promociones electrónicas (Guía de Promociones Electrónicas; Lineamientos 5.8, 6.1, 6.3): filing an
 * aclaración or orientación ({@link mx.buzon.core.promocion.SolicitudPromocion}), its life as a
 * {@link mx.buzon.core.promocion.Promocion} (Recibida → Atendida / En prórroga / Canalizada) through
 * {@link mx.buzon.core.promocion.PromocionWorkflow}, and the tablero principal's filters
 * ({@link mx.buzon.core.promocion.FiltroTablero}) over the host's {@link mx.buzon.core.promocion.PromocionRepository}.
 */
@NullMarked
package mx.buzon.core.promocion;

import org.jspecify.annotations.NullMarked;
