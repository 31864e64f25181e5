/**
 * Mexican time zones under the Ley de los Husos Horarios (DOF 28-10-2022): the Buzón's Zona Centro
 * ({@link mx.buzon.calendar.zone.MexicanTime#ZONA_CENTRO}) and the zone of a domicilio fiscal by postal code or by
 * state and municipality ({@link mx.buzon.calendar.zone.PostalCodeZones}), each answer saying which rule it
 * used ({@link mx.buzon.calendar.zone.LookupRule}). A postal code between zones with different offsets is never
 * placed silently ({@link mx.buzon.calendar.zone.AmbiguousPostalCode}).
 */
@NullMarked
package mx.buzon.calendar.zone;

import org.jspecify.annotations.NullMarked;
