package mx.buzon.acuse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.core.acuse.CampoAcuse;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.core.cadena.CadenaField;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.EfirmaCertificate;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;

/**
 * Domain acuses of every {@link AcuseTipo} and the test credentials that sign and seal them. Everything is
 * generated from fixed seeds and a fixed instant (Monday 2 March 2026, 10:15 Zona Centro), so the PDFs are
 * reproducible. "IMSS" here is a TEST institution: a credential from {@link TestEfirmas}, not the IMSS's.
 */
public final class DomainAcuses {

    static final ZoneId ZONA_CENTRO = ZoneId.of("America/Mexico_City");
    static final Instant MONDAY_2026_03_02_1015 = ZonedDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZONA_CENTRO).toInstant();
    static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    static final long CA_SEED = 20260302L;
    static final TestEfirmas CA = TestEfirmas.seeded(CA_SEED);
    /** The test institution that seals ("IMSS", RFC of the IMSS, generated key). */
    static final TestEfirma IMSS_PRUEBA = CA.fiel("IMS421231I45").nombre("INSTITUTO MEXICANO DEL SEGURO SOCIAL PRUEBA")
            .generate();
    /** Another institution's credential: a sello made with it is not the IMSS's. */
    static final TestEfirma OTRA_INSTITUCION = CA.fiel("SAT970701NN3").nombre("OTRA INSTITUCION PRUEBA").generate();
    /** The particular (persona física). */
    public static final TestEfirma ERIKA = CA.fiel("GODE561231GR8").nombre("ERIKA GÓMEZ DÍAZ").generate();
    /** Another persona's e.firma. */
    static final TestEfirma OTRA_PERSONA = CA.fiel("CACX7605101P8").nombre("XOCHILT CASAS CHAVEZ").generate();
    static final VerificacionUrl URL = VerificacionUrl.of("verifica.buzon.example.mx", "/acuse");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private DomainAcuses() {
    }

    /** An issuer that seals with the test "IMSS" and says so on every acuse. */
    public static AcuseIssuer issuer() {
        return AcuseIssuer.forTesting(IMSS_PRUEBA.efirma(), URL);
    }

    /** The certificate of the test "IMSS" that seals {@link #issuer()}'s acuses: what a verifier trusts. */
    public static EfirmaCertificate institutionCertificate() {
        return IMSS_PRUEBA.certificate();
    }

    /**
     * An unsigned acuse of the type, every optional field filled, for ERIKA.
     *
     * @param tipo the type
     * @return the acuse
     */
    public static Acuse of(AcuseTipo tipo) {
        return of(tipo, ERIKA);
    }

    /**
     * An unsigned acuse of the type naming the certificate of a signer ({@code NoCertificado}).
     *
     * @param tipo the type
     * @param signer whose certificate number the cadena carries
     * @return the acuse
     */
    static Acuse of(AcuseTipo tipo, TestEfirma signer) {
        Map<String, String> campos = new LinkedHashMap<>();
        for (CadenaField f : tipo.camposEspecificos()) {
            campos.put(f.key(), f.key().equals(CampoAcuse.NO_CERTIFICADO) ? signer.certificate().numero().toString()
                    : sample(f.key()));
        }
        DatosParticular particular = DatosParticular.of(Rfc.parse("GODE561231GR8"), "ERIKA GÓMEZ DÍAZ");
        Folio folio = Folio.of(tipo.prefijoFolio(), LocalDate.of(2026, 3, 2), 101500000L + tipo.ordinal());
        return Acuse.of(tipo, folio, MONDAY_2026_03_02_1015, TIJUANA, particular, campos);
    }

    static String sample(String key) {
        switch (key) {
            case CampoAcuse.MECANISMO: return "CORREO_ELECTRONICO";
            case CampoAcuse.MEDIO_CONTACTO: return "erika.gomez@example.com";
            case CampoAcuse.ESTATUS: return "En proceso";
            case CampoAcuse.AMBITO: return "RFC";
            case CampoAcuse.FOLIO_REGISTRO:
            case CampoAcuse.FOLIO_AUTORIZACION:
            case CampoAcuse.FOLIO_PROMOCION: return "BI-20260227-000000042";
            case CampoAcuse.NO_CERTIFICADO: return ERIKA.certificate().numero().toString();
            // What the workflow writes: the digest of the text the particular signs and the page prints.
            case CampoAcuse.TERMINOS_SHA256: return Sha256.digestUtf8(AcuseTipo.ACTIVACION_BUZON.textoLegal()).toString();
            case CampoAcuse.RFC_TERCERO: return "EKU9003173C9";
            case CampoAcuse.NOMBRE_TERCERO: return "ESCUELA KEMPER URGATE";
            case CampoAcuse.TIPO_PROMOCION: return "ACLARACION";
            case CampoAcuse.ASUNTO: return "Aclaración de cédula de liquidación";
            case CampoAcuse.ASUNTO_ANTERIOR: return "Orientación general";
            case CampoAcuse.ASUNTO_NUEVO: return "Aclaración de cédula de liquidación";
            case CampoAcuse.TELEFONO: return "6641234567";
            case CampoAcuse.ACTO_NOTIFICADO: return "Requerimiento de información";
            case CampoAcuse.REFERENCIA: return "Oficio 02-2026/114";
            case CampoAcuse.RECIBIDA_EL:
            case CampoAcuse.AVISO_ENVIADO_EL:
            case CampoAcuse.ABIERTA_EL:
            case CampoAcuse.NOTIFICADA_EL: return "2026-03-02T10:15:00-06:00";
            case CampoAcuse.FECHA_LEGAL:
            case CampoAcuse.FECHA_RESPUESTA:
            case CampoAcuse.SURTE_EFECTOS: return "2026-03-03";
            default:
                return key.endsWith("_SHA256") ? SHA : "Valor de " + key;
        }
    }
}
