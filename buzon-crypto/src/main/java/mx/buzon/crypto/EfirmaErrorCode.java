package mx.buzon.crypto;

import mx.buzon.core.ErrorCode;

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
    EFIRMA_CMS_INVALIDO("La firma CMS (PKCS#7) no es válida (%s).");

    private final String template;

    EfirmaErrorCode(String template) {
        this.template = template;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String messageTemplate() {
        return template;
    }
}
