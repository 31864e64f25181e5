/**
 * The acuse de recibo of the Buzón IMSS as data (Lineamientos 5.1, 5.3, 6.1, 7.5; docs/LEGAL.md §5 and §6):
 * {@link mx.buzon.core.acuse.Acuse} (type, folio, instant in Zona Centro and in the domicile zone, the
 * particular, the type's fields, the {@link mx.buzon.core.cadena.CadenaOriginal}, the firma del particular and
 * the sello digital), {@link mx.buzon.core.acuse.AcuseTipo} (every acuse the IMSS guides show, with its title, legal
 * text, cadena schema and who signs), the QR's
 * {@link mx.buzon.core.acuse.VerificacionUrl}, and seeded {@link mx.buzon.core.acuse.AcuseGenerators} for
 * property tests.
 *
 * <p>Rendering the acuse as a PDF and computing firma and sello are other modules' work (buzon-acuse,
 * buzon-crypto); here the signatures are Base64 strings carried as given.
 */
@NullMarked
package mx.buzon.core.acuse;

import org.jspecify.annotations.NullMarked;
