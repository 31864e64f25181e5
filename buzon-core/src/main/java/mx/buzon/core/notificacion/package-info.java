/**
 * Electronic notifications through the Buzón IMSS (Lineamientos 7.1–7.5, Transitorio Segundo; CFF arts. 134
 * fr. I and 135): {@link mx.buzon.core.notificacion.Notificacion}, its states and the
 * {@link mx.buzon.core.notificacion.NotificacionWorkflow} (aviso → opened or deemed notified on the fourth día
 * hábil at 09:30 → surte efectos → deadlines), on top of buzon-calendar's
 * {@link mx.buzon.calendar.plazo.BuzonPlazos}.
 */
@NullMarked
package mx.buzon.core.notificacion;

import org.jspecify.annotations.NullMarked;
