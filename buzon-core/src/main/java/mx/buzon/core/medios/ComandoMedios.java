package mx.buzon.core.medios;

import java.util.Objects;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;

/**
 * What a particular asks of its Buzón regarding medios de contacto and activation (Lineamientos 5.1–5.3). Commands
 * carry raw input as typed; {@link MediosContacto#aplicar} checks it and answers with a {@link Resultado}.
 * Immutable and thread-safe.
 */
public sealed interface ComandoMedios {

    /**
     * Register an e-mail or the mobile (5.1); a code is generated and must be sent to it.
     *
     * @param mecanismo e-mail or mobile
     * @param valor as typed, e.g. {@code " Erika@Example.COM "} or {@code "5512345678"}
     * @param ambito RFC, one registro patronal or all
     */
    record Registrar(Mecanismo mecanismo, String valor, Ambito ambito) implements ComandoMedios {
        /** Checks for null. */
        public Registrar {
            Objects.requireNonNull(mecanismo, "mecanismo");
            Objects.requireNonNull(valor, "valor");
            Objects.requireNonNull(ambito, "ambito");
        }
    }

    /**
     * Confirm a registered medio with its code within 72 hours (5.2).
     *
     * @param folioRegistro the folio of the medio's registration acuse
     * @param codigo the code as typed (never logged, never in {@link #toString()})
     */
    record Validar(Folio folioRegistro, String codigo) implements ComandoMedios {
        /** Checks for null. */
        public Validar {
            Objects.requireNonNull(folioRegistro, "folioRegistro");
            Objects.requireNonNull(codigo, "codigo");
        }

        /** @return the folio, the code masked */
        @Override
        public String toString() {
            return "Validar[" + folioRegistro + ", codigo=*****]";
        }
    }

    /**
     * Remove a medio (its "Fecha de Baja").
     *
     * @param folioRegistro the folio of the medio's registration acuse
     */
    record Eliminar(Folio folioRegistro) implements ComandoMedios {
        /** Checks for null. */
        public Eliminar {
            Objects.requireNonNull(folioRegistro, "folioRegistro");
        }
    }

    /**
     * Sign the términos y condiciones with the e.firma and habilitate the Buzón (5.3). The host first asks
     * {@link MediosContacto#acuseParaFirmar} for the unsigned activation acuse, has buzon-crypto sign its cadena
     * original with the particular's e.firma (and checks that signature against the certificate), then sends
     * this command.
     *
     * @param acuseSinFirma the acuse returned by {@link MediosContacto#acuseParaFirmar}
     * @param firmaBase64 Base64 of SHA256withRSA over the acuse's cadena original
     * @param rfcCertificado the RFC in the e.firma's certificate
     * @param noCertificado the certificate's número (SAT's 20 digits)
     */
    record FirmarTerminos(Acuse acuseSinFirma, String firmaBase64, Rfc rfcCertificado, String noCertificado)
            implements ComandoMedios {
        /** Checks for null. */
        public FirmarTerminos {
            Objects.requireNonNull(acuseSinFirma, "acuseSinFirma");
            Objects.requireNonNull(firmaBase64, "firmaBase64");
            Objects.requireNonNull(rfcCertificado, "rfcCertificado");
            Objects.requireNonNull(noCertificado, "noCertificado");
        }
    }
}
