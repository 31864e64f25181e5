/**
 * Inspection of the ZIP of evidence that an aclaración carries (Guía de Promociones Electrónicas,
 * section V step 7: "un archivo en formato zip menor a 10 MB"), without extracting it: structure, size, unsafe
 * names and ZIP bombs, reported as {@link mx.buzon.problem.Finding}s, with the file's SHA-256 for the cadena
 * original. Entry point: {@link mx.buzon.core.evidence.ZipInspector}.
 */
@NullMarked
package mx.buzon.core.evidence;

import org.jspecify.annotations.NullMarked;
