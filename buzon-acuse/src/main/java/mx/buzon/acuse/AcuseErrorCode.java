package mx.buzon.acuse;

import mx.buzon.problem.ErrorCode;

/**
 * Every problem the acuse module reports: the codes of {@link AcuseException} (a PDF that cannot be read at all)
 * and of the {@link mx.buzon.problem.Finding}s of {@link AcuseVerifier} (a PDF that was read and does not hold up).
 *
 * <p>The codes are stable; the Spanish messages say what is wrong and what to do. Immutable and thread-safe.
 */
public enum AcuseErrorCode implements ErrorCode {

    /** The bytes do not start like a PDF document. */
    ACUSE_NO_ES_PDF("El archivo no es un PDF (no empieza con %%PDF-); descargue de nuevo el acuse del Buzón IMSS."),
    /** The PDF has no end-of-file marker: it was cut while copying or downloading. */
    ACUSE_PDF_TRUNCADO("El PDF está incompleto (no termina con %%%%EOF); descargue de nuevo el acuse completo."),
    /** The PDF structure cannot be parsed. */
    ACUSE_PDF_DANADO("El PDF está dañado y no se puede leer (%s); descargue de nuevo el acuse."),
    /** The PDF is encrypted; acuses are never encrypted. */
    ACUSE_PDF_CIFRADO("El PDF está cifrado; un acuse del Buzón IMSS no lo está. Use el archivo original."),
    /** The file is larger than the reader accepts. */
    ACUSE_DEMASIADO_GRANDE("El archivo mide más de %s bytes, el máximo aceptado para un acuse; revise que sea el archivo correcto."),

    /** The PDF has more pages than any acuse, so it is not read further (each page would be rendered). */
    ACUSE_DEMASIADAS_PAGINAS("El PDF tiene %s páginas y un acuse tiene a lo más %s; revise que sea el archivo del acuse."),

    /** What the pages draw decompresses to more than a reader accepts, or an image is larger than any acuse's. */
    ACUSE_CONTENIDO_EXCESIVO("El contenido del PDF %s, mucho más que cualquier acuse; revise que sea el archivo del acuse."),
    /** The PDF's structure (its page tree) is deeper or larger than any acuse's, so it is not read further. */
    ACUSE_ESTRUCTURA_EXCESIVA("La estructura del PDF %s, mucho más que cualquier acuse; revise que sea el archivo del acuse."),
    /** The file could not be read from its source. */
    ACUSE_LECTURA_FALLIDA("No se pudo leer el archivo del acuse (%s); revise la ruta y los permisos."),

    /** The PDF has no embedded acuse data (the JSON associated file). */
    ACUSE_SIN_DATOS("El PDF no contiene los datos del acuse (archivo asociado %s); no es un acuse generado por el Buzón IMSS."),
    /** The embedded data does not match the checksum the PDF records for it. */
    ACUSE_DATOS_ALTERADOS("Los datos incrustados del acuse no coinciden con su suma de verificación; el archivo fue modificado."),
    /** The embedded data could not be interpreted as the data of an acuse. */
    ACUSE_DATOS_ILEGIBLES("Los datos incrustados del acuse no se pueden interpretar (%s); el archivo fue modificado o no es un acuse."),
    /** The folio of the data does not appear in the visible text. */
    ACUSE_FOLIO_NO_COINCIDE("El folio %s de los datos del acuse no aparece en el texto visible; el documento fue modificado."),
    /** The RFC of the data does not appear in the visible text. */
    ACUSE_RFC_NO_COINCIDE("El RFC %s de los datos del acuse no aparece en el texto visible; el documento fue modificado."),
    /** The visible cadena original differs from the one in the data. */
    ACUSE_CADENA_NO_COINCIDE("La cadena original visible no coincide con la de los datos del acuse; el documento fue modificado."),
    /** The visible sello digital differs from the one in the data. */
    ACUSE_SELLO_NO_COINCIDE("El sello digital visible no coincide con el de los datos del acuse; el documento fue modificado."),
    /** No page carries a readable QR code. */
    ACUSE_QR_ILEGIBLE("No se encontró un código QR legible en el acuse; verifique el acuse con el folio en el Buzón IMSS."),
    /** The QR code does not carry the verification URL of the data. */
    ACUSE_QR_NO_COINCIDE("El código QR lleva %s, distinto de la dirección de verificación de los datos del acuse; el documento fue modificado."),
    /** The date and time of the data do not appear in their labelled place of the visible text. */
    ACUSE_FECHA_NO_COINCIDE("La fecha %s de los datos del acuse no aparece en el texto visible; el documento fue modificado."),
    /** No sello check was configured, so the sello digital was not verified (a warning, not an error). */
    ACUSE_SELLO_SIN_VERIFICAR("El sello digital no se verificó porque no se configuró el certificado del IMSS; el resultado solo"
            + " comprueba la integridad del documento."),
    /** The sello or firma check could not run. */
    ACUSE_VERIFICACION_FALLIDA("No se pudo verificar %s (%s); intente de nuevo o verifique el acuse en el Buzón IMSS."),

    /** The embedded cadena original is not the one the embedded fields give (a field or the cadena was changed). */
    ACUSE_CADENA_NO_CORRESPONDE_A_DATOS("La cadena original incrustada no es la que resulta de los datos del acuse"
            + " (se reconstruyó %s); los datos incrustados fueron modificados."),
    /** The sello digital does not verify over the cadena with the institution's certificate. */
    ACUSE_SELLO_INVALIDO("El sello digital no corresponde a la cadena original con el certificado de la institución"
            + " %s; el acuse fue modificado o no lo emitió esa institución."),
    /** The firma del particular does not verify over the cadena with the particular's certificate. */
    ACUSE_FIRMA_INVALIDA("La firma electrónica del particular no corresponde a la cadena original con el certificado"
            + " %s; el acuse fue modificado o lo firmó otra e.firma."),
    /** The type is signed by the particular but the acuse carries no firma. */
    ACUSE_SIN_FIRMA("El acuse de tipo %s debe llevar la firma electrónica del particular y no la tiene; el acuse"
            + " está incompleto o fue modificado."),
    /** A certificate needed to verify a signature is neither embedded nor supplied. */
    ACUSE_SIN_CERTIFICADO("No se tiene el certificado %s para verificar la firma; proporcione el archivo .cer"
            + " correspondiente."),
    /** An embedded or supplied certificate cannot be read. */
    ACUSE_CERTIFICADO_ILEGIBLE("El certificado %s no se puede leer (%s); el acuse fue modificado o el archivo .cer"
            + " no es válido."),
    /** The embedded certificate of the particular is not the one the acuse names (RFC or número de certificado). */
    ACUSE_CERTIFICADO_NO_CORRESPONDE("El certificado del particular (%s) no es el que indica el acuse (%s); el acuse"
            + " fue modificado o lo firmó otra e.firma."),

    /** The file carries no PDF signature (the institution's seal over the whole file). */
    ACUSE_SIN_SELLO_PDF("El PDF no tiene el sello electrónico de la institución (firma PDF sobre todo el archivo); no es"
            + " un acuse emitido por el Buzón IMSS o fue generado de nuevo. Descargue el acuse original."),
    /** More than one signature, or an incremental update after the seal. */
    ACUSE_SELLO_PDF_MULTIPLE("El PDF tiene más de una firma o una actualización añadida después del sello; el"
            + " documento fue modificado después de emitirse. Descargue el acuse original."),
    /** The seal's byte range does not cover the whole file (something was appended or left out). */
    ACUSE_SELLO_PDF_NO_CUBRE_ARCHIVO("El sello del PDF no cubre todo el archivo (hay bytes añadidos o fuera de lo"
            + " firmado); el documento fue modificado después de emitirse. Descargue el acuse original."),
    /** The seal's byte range or contents are not those of a PDF signature. */
    ACUSE_SELLO_PDF_MALFORMADO("El sello del PDF no tiene la forma de una firma PDF; el documento fue modificado."
            + " Descargue el acuse original."),
    /** The seal's CMS does not verify over the file, or is not a PAdES seal. */
    ACUSE_SELLO_PDF_INVALIDO("El sello del PDF %s; el documento fue modificado después de emitirse. Descargue el"
            + " acuse original."),
    /** Warning: intact, but sealed by a certificate the host did not say it trusts (never válido). */
    ACUSE_INSTITUCION_NO_CONFIABLE("El acuse está íntegro, pero lo selló el certificado %s, que no está entre los"
            + " certificados de institución indicados como confiables: no se puede afirmar que lo emitió el IMSS."
            + " Verifique con el certificado de la institución obtenido por otra vía (--cert-institucion)."),
    /** The sealing certificate was not valid at the acuse's instant. */
    ACUSE_CERTIFICADO_INSTITUCION_NO_VIGENTE("El certificado de la institución que selló el acuse (%s) no era vigente"
            + " en la fecha del acuse (%s); el acuse no es válido."),
    /** The particular's certificate could not sign an actuación at the acuse's instant (CSD, expired, other CA). */
    ACUSE_CERTIFICADO_PARTICULAR_NO_VALIDO("El certificado del particular no servía para firmar el acuse en su fecha"
            + " (%s: %s); el acuse no es válido."),
    /** Warning: no SAT certificate authorities were given, so the particular's chain was not checked. */
    ACUSE_CADENA_PARTICULAR_SIN_VERIFICAR("No se verificó que el SAT emitiera el certificado del particular porque no"
            + " se indicaron las autoridades certificadoras del SAT; indíquelas (--raices sat-produccion) para"
            + " comprobarlo."),
    /**
     * An activation of format {@code mx.buzon.acuse/3} whose {@code Terminos_SHA256} is not the digest of the
     * terms the page prints: the particular signed other terms than the ones shown.
     */
    ACUSE_TERMINOS_NO_CORRESPONDEN("El acuse de activación dice que el particular aceptó unos términos con huella"
            + " SHA-256 %s, pero el texto impreso en el acuse tiene la huella %s: el acuse muestra términos distintos"
            + " de los firmados y no es válido. Solicite al IMSS el acuse de activación original."),
    /**
     * Warning: an activation of an earlier format, whose {@code Terminos_SHA256} covered a text this SDK no longer
     * holds; the digest was not checked (neither confirmed nor refuted).
     */
    ACUSE_TERMINOS_SIN_VERIFICAR("El acuse de activación es del formato %s, cuya huella de los términos"
            + " (Terminos_SHA256) corresponde a un texto anterior que este SDK ya no conserva: no se comprobó que"
            + " los términos impresos sean los firmados. Conserve el acuse tal como lo recibió; el resto de la"
            + " verificación no depende de ello.");

    private final String messageTemplate;

    AcuseErrorCode(String messageTemplate) {
        this.messageTemplate = messageTemplate;
    }

    @Override
    public String messageTemplate() {
        return messageTemplate;
    }
}
