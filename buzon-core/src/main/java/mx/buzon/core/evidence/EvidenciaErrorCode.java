package mx.buzon.core.evidence;

import mx.buzon.problem.ErrorCode;

/**
 * What the inspection of a ZIP of evidence can find. Stable codes; Spanish messages a person can act on.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum EvidenciaErrorCode implements ErrorCode {
    /** The file has no bytes. */
    ZIP_VACIO("El archivo de evidencias está vacío (0 bytes); adjunte un ZIP con sus evidencias."),
    /** The file is not smaller than the limit. */
    ZIP_DEMASIADO_GRANDE("El archivo de evidencias mide %s bytes; debe ser menor a %s bytes. "
            + "Divida o reduzca las evidencias."),
    /** The file does not start like a ZIP. */
    ZIP_NO_ES_ZIP("El archivo de evidencias no es un ZIP%s; comprima sus evidencias en formato .zip."),
    /** The end-of-central-directory record is missing or does not end the file. */
    ZIP_SIN_DIRECTORIO("El ZIP está incompleto o dañado: no tiene un directorio central válido al final (%s). "
            + "Vuelva a crear el archivo .zip."),
    /** The central directory is inconsistent. */
    ZIP_DIRECTORIO_INVALIDO("El directorio central del ZIP es inconsistente: %s. Vuelva a crear el archivo .zip."),
    /** A local header disagrees with the central directory, or data overlaps. */
    ZIP_ENCABEZADO_LOCAL_INVALIDO("La entrada \"%s\" del ZIP está dañada: %s. Vuelva a crear el archivo .zip."),
    /** The archive holds no file. */
    ZIP_SIN_ENTRADAS("El ZIP no contiene ningún archivo; agregue sus evidencias al .zip."),
    /** Too many entries. */
    ZIP_DEMASIADAS_ENTRADAS("El ZIP declara %s entradas; el máximo es %s. Agrupe o reduzca sus evidencias."),
    /** A name could escape the extraction folder or is not a portable relative path. */
    ZIP_RUTA_INSEGURA("La entrada \"%s\" del ZIP tiene una ruta no permitida (%s); use nombres de archivo "
            + "relativos sin '..', sin '\\', sin unidad ni ruta absoluta."),
    /** Two entries have the same name (exactly: error; ignoring case: warning). */
    ZIP_NOMBRE_DUPLICADO("El nombre \"%s\" aparece más de una vez en el ZIP%s; renombre uno de los archivos."),
    /** A name's bytes are not valid in the declared encoding. */
    ZIP_NOMBRE_CODIFICACION("El nombre de la entrada \"%s\" no está en UTF-8; puede mostrarse con caracteres "
            + "distintos. Si es posible, vuelva a crear el .zip con nombres en UTF-8."),
    /** An entry is encrypted. */
    ZIP_CIFRADO("La entrada \"%s\" del ZIP está cifrada con contraseña; el IMSS no podrá abrirla. "
            + "Comprima las evidencias sin contraseña."),
    /** An entry uses a compression method other than stored or deflate. */
    ZIP_METODO_NO_SOPORTADO("La entrada \"%s\" usa el método de compresión %s; use un ZIP estándar "
            + "(sin compresión o Deflate)."),
    /** ZIP64 structures are present. */
    ZIP_ZIP64("El ZIP usa la extensión ZIP64 (%s), innecesaria para un archivo menor a 10 MB y no admitida; "
            + "vuelva a crear el .zip sin ZIP64."),
    /** Stored sizes disagree, or a size is out of range. */
    ZIP_TAMANO_INCONSISTENTE("La entrada \"%s\" declara tamaños inconsistentes (%s); vuelva a crear el .zip."),
    /** The declared uncompressed total is above the limit. */
    ZIP_BOMBA_TAMANO("El ZIP declara %s bytes sin comprimir en total; el máximo es %s. Parece una \"bomba ZIP\"; "
            + "adjunte solo sus evidencias."),
    /** An entry's compression ratio is above the limit. */
    ZIP_BOMBA_PROPORCION("La entrada \"%s\" se expande %s veces al descomprimirse; el máximo es %s. Parece una "
            + "\"bomba ZIP\"; adjunte solo sus evidencias."),
    /** An entry is itself an archive; its content is not inspected. */
    ZIP_ARCHIVO_ANIDADO("La entrada \"%s\" es a su vez un archivo comprimido; su contenido no se revisa. "
            + "Si es posible, agregue los archivos directamente.");

    private final String template;

    EvidenciaErrorCode(String template) {
        this.template = template;
    }


    @Override
    public String messageTemplate() {
        return template;
    }
}
