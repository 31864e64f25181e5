package mx.buzon.crypto;

/**
 * Which of the files of an e.firma a problem is about, with the Spanish noun used in messages.
 *
 * <p>Example: {@link #KEY} reads "archivo de llave privada (.key)". Immutable and thread-safe.
 */
public enum EfirmaFile {
    /** The certificate, {@code .cer} (DER or PEM). */
    CER("archivo de certificado (.cer)"),
    /** The private key, {@code .key} (encrypted PKCS#8 as the SAT issues it, PEM, plain PKCS#8, PKCS#1). */
    KEY("archivo de llave privada (.key)"),
    /** A PKCS#12 bundle of key and certificate, {@code .pfx} or {@code .p12}. */
    PFX("archivo PFX (.pfx/.p12)"),
    /** A file that holds the password (the {@code --password-file} of the command line). */
    PASSWORD("archivo de contraseña");

    private final String noun;

    EfirmaFile(String noun) {
        this.noun = noun;
    }

    /** @return the Spanish noun, e.g. {@code "archivo de certificado (.cer)"} */
    public String noun() {
        return noun;
    }
}
