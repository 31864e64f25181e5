package mx.buzon.crypto;

import mx.buzon.problem.ErrorCode;

/**
 * Every code this module reports, as an exception ({@link EfirmaException}) or as a finding of an
 * {@link EfirmaValidator}. The code strings are stable; the Spanish templates may be improved.
 *
 * <p>No template has a placeholder for a password or key material. Immutable and thread-safe.
 */
public enum EfirmaErrorCode implements ErrorCode {

    /** A file could not be read from disk at all (missing, no permission). */
    EFIRMA_ARCHIVO_NO_LEIDO("No se pudo leer el %s \"%s\"; revise que la ruta exista y que tenga permiso de lectura."),

    /** The bytes of a {@code .cer}, {@code .key} or {@code .pfx} are truncated, corrupt or of another kind. */
    EFIRMA_ARCHIVO_INVALIDO("El %s \"%s\" no es válido (%s); vuelva a descargarlo o elija el archivo correcto."),

    /** The password does not open the private key or the PFX. */
    EFIRMA_CONTRASENA_INCORRECTA("La contraseña no abre el %s \"%s\"; escriba la contraseña de la llave privada"
            + " de su e.firma (distingue mayúsculas y minúsculas)."),

    /** The key is not an RSA key (SAT issues only RSA). */
    EFIRMA_LLAVE_NO_SOPORTADA("La llave privada del %s \"%s\" usa el algoritmo %s; el SAT emite llaves RSA."),

    /** A PFX without a private key entry with its certificate. */
    EFIRMA_PFX_INCOMPLETO("El %s \"%s\" no contiene una llave privada con su certificado."),

    /** The certificate has no RFC in attribute 2.5.4.45: it is not an e.firma or CSD of the SAT. */
    EFIRMA_CERTIFICADO_SIN_RFC("El certificado \"%s\" no tiene un RFC válido (atributo 2.5.4.45: \"%s\");"
            + " no es una e.firma ni un CSD del SAT."),

    /** The private key does not belong to the certificate. */
    EFIRMA_LLAVE_NO_CORRESPONDE("La llave privada no corresponde al certificado %s; use el .key que se generó"
            + " junto con ese .cer."),

    /** The certificate's validity starts after the instant of the check. */
    EFIRMA_AUN_NO_VIGENTE("El certificado %s es válido a partir de %s (UTC); todavía no puede usarse para firmar."),

    /** The certificate expired before the instant of the check. */
    EFIRMA_VENCIDA("El certificado %s venció el %s (UTC); renueve su e.firma en el SAT para volver a firmar."),

    /** A CSD (sello digital for invoices) was offered where the e.firma (FIEL) is required. */
    EFIRMA_ES_CSD("El certificado %s es un Certificado de Sello Digital (CSD) y no una e.firma (FIEL); las"
            + " actuaciones en el Buzón se firman con la e.firma."),

    /** The certificate's RFC is not the one the person typed. */
    EFIRMA_RFC_DISTINTO("El certificado pertenece al RFC %s y no al RFC %s que se capturó; use la e.firma de ese"
            + " RFC o corrija el RFC."),

    /** The RFC in the certificate does not pass the strict check digit (many real RFCs do not). */
    EFIRMA_RFC_DIGITO_VERIFICADOR("El RFC %s del certificado no cumple el dígito verificador; el SAT lo emitió"
            + " así y se acepta, pero revise que sea el RFC correcto."),

    /** No certificate of the trusted SAT CA set issued this certificate. */
    EFIRMA_CADENA_NO_CONFIABLE("El certificado %s no fue emitido por una autoridad certificadora de confianza (%s);"
            + " emisor: %s. Use una e.firma emitida por el SAT."),

    /** The revocation checker says the certificate was revoked. */
    EFIRMA_REVOCADA("El certificado %s fue revocado%s; tramite una nueva e.firma en el SAT."),

    /** The revocation status could not be established. */
    EFIRMA_REVOCACION_DESCONOCIDA("No se pudo confirmar si el certificado %s está revocado (%s); intente de nuevo"
            + " más tarde."),

    /** An OCSP answer could not be parsed. */
    EFIRMA_OCSP_INVALIDO("La respuesta OCSP no es válida (%s)."),

    /** A CMS (PKCS#7) signature could not be parsed. */
    EFIRMA_CMS_INVALIDO("La firma CMS (PKCS#7) no es válida (%s)."),

    /** A warning: a DER file is followed by bytes that are not whitespace; they were ignored. */
    EFIRMA_DATOS_SOBRANTES("El %s \"%s\" tiene %s bytes después del contenido DER que no son espacios ni saltos de"
            + " línea; se ignoraron. Revise que el archivo no esté mezclado con otro."),

    /** A warning: the password file is not UTF-8 and was read as windows-1252 (Notepad's "ANSI"). */
    EFIRMA_CONTRASENA_ANSI("El %s \"%s\" no es texto UTF-8; se leyó como windows-1252 (\"ANSI\" del Bloc de"
            + " notas). Si la contraseña no abre la llave, guarde el archivo como UTF-8."),

    /** The password array was already wiped (all {@code '\0'}) by an earlier load: a bug of the caller. */
    EFIRMA_CONTRASENA_BORRADA("La contraseña recibida para el %s \"%s\" está vacía de caracteres (solo '\\0'):"
            + " el arreglo ya fue borrado por una carga anterior. Es un error del programa, no del usuario: lea la"
            + " contraseña de nuevo para cada carga."),

    /** A PFX holds several credentials and the caller did not say which. */
    EFIRMA_PFX_AMBIGUO("El %s \"%s\" contiene %s credenciales (%s); indique cuál usar por su alias, RFC o número"
            + " de certificado."),

    /** No credential of the PFX matches the alias, RFC or número the caller gave. */
    EFIRMA_PFX_ENTRADA_NO_ENCONTRADA("El %s \"%s\" no contiene una credencial con alias, RFC o número de"
            + " certificado \"%s\"; contiene: %s."),

    /** A FIEL was offered where a CSD (sello digital, e.g. for CFDI de nómina) is required. */
    EFIRMA_ES_FIEL("El certificado %s es una e.firma (FIEL) y no un Certificado de Sello Digital (CSD); los"
            + " comprobantes fiscales se sellan con un CSD. Tramite o use su CSD."),

    /** A warning: no trusted roots were given, so who issued the certificate was not checked. */
    EFIRMA_CADENA_NO_REVISADA("No se revisó quién emitió el certificado %s: no se indicaron autoridades"
            + " certificadoras de confianza (por ejemplo sat-produccion)."),

    /** A CA of the certificate's chain is not valid at the instant of the check. */
    EFIRMA_CA_NO_VIGENTE("La autoridad certificadora \"%s\" de la cadena del certificado %s no es válida el %s"
            + " (UTC); su vigencia es %s."),

    /** A CMS has no SignerInfo. */
    EFIRMA_CMS_SIN_FIRMANTES("La firma CMS (PKCS#7) no contiene ningún firmante."),

    /** A CMS does not carry its signer's certificate and the caller gave none (e.g. made with -nocerts). */
    EFIRMA_CMS_SIN_CERTIFICADO("La firma CMS (PKCS#7) no incluye el certificado del firmante (serie %s); proporcione"
            + " el .cer de quien firmó."),

    /** The document's digest is not the one the CMS signed: the document changed. */
    EFIRMA_CMS_DIGESTO_DISTINTO("El documento no es el que se firmó: su digesto no coincide con el de la firma CMS"
            + " del certificado %s."),

    /** The CMS signature does not verify with the signer's certificate. */
    EFIRMA_CMS_FIRMA_NO_VERIFICA("La firma CMS no verifica con el certificado %s: no la hizo su llave privada o está"
            + " dañada."),

    /** The CMS signing-time is outside the signer certificate's validity. */
    EFIRMA_CMS_FECHA_FUERA_DE_VIGENCIA("La firma CMS dice haberse hecho el %s (UTC), fuera de la vigencia del"
            + " certificado %s (del %s al %s).");

    private final String template;

    EfirmaErrorCode(String template) {
        this.template = template;
    }

    @Override
    public String messageTemplate() {
        return template;
    }
}
