/**
 * Acuses de recibo of the Buzón IMSS as PDF/A-3b: layout ({@link mx.buzon.acuse.AcuseLayout}), rendering
 * ({@link mx.buzon.acuse.AcuseRenderer}), reading ({@link mx.buzon.acuse.AcuseReader}) and verification
 * ({@link mx.buzon.acuse.AcuseVerifier}).
 *
 * <p>Lineamientos 6.1: every actuación gets an acuse whose date and time are the proof of receipt; the acuse
 * carries the folio, the particular's data, the firma del particular, the sello digital of the IMSS, the cadena
 * original and a QR code to verify it.
 */
@NullMarked
package mx.buzon.acuse;

import org.jspecify.annotations.NullMarked;
