package mx.buzon.examples.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mx.buzon.acuse.AcuseIssuer;
import mx.buzon.acuse.AcusePdfVerifier;
import mx.buzon.acuse.AcuseReader;
import mx.buzon.acuse.AcuseVerification;
import mx.buzon.acuse.IssuedAcuse;
import mx.buzon.core.acuse.Acuse;
import mx.buzon.core.acuse.VerificacionUrl;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.testing.TestEfirma;
import mx.buzon.crypto.testing.TestEfirmas;

/**
 * Issue the acuse de recepción of {@link PromocionSample}'s aclaración as a PDF/A-3b, signed with the bundled test
 * FIEL of EKU9003173C9 (firma del particular) and sealed by a generated TEST institution, then verify the bytes
 * against the institution's certificate. Nothing is written to disk.
 *
 * <p>{@code run()} returns exactly these lines:
 * <pre>
 * Folio: BI-20260307-000000001
 * Tipo: RECEPCION_PROMOCION
 * PDF/A-3b, 1 página
 * válido: true
 * </pre>
 */
public final class AcuseSample {

    /** The seed of the TEST institution's credential: the same key and certificate on every run. */
    static final long SEED_INSTITUCION = 20260307L;

    private AcuseSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        Acuse acuse = PromocionSample.presentar().acuse().orElseThrow();
        TestEfirma imssPrueba = TestEfirmas.seeded(SEED_INSTITUCION).fiel("IMS421231I45")
                .generate();                                               // a TEST institution, never the IMSS
        AcuseIssuer issuer = AcuseIssuer.forTesting(imssPrueba.efirma(),
                VerificacionUrl.of("verifica.example.mx", "/acuse"));
        Efirma particular = SatTestEfirma.EKU9003173C9_FIEL_2023.efirma();   // signs the recepción de promoción

        IssuedAcuse issued = issuer.issue(acuse, particular);             // firma del particular + sello + PDF/A-3b
        byte[] pdf = issued.pdf();                                        // in production: stored or sent
        AcuseVerification result = AcusePdfVerifier.withInstitution(imssPrueba.certificate())   // the IMSS's .cer
                .verify(pdf);
        int paginas = AcuseReader.standard().read(pdf).pageCount();

        return String.join("\n",
                "Folio: " + result.folio().orElseThrow(),
                "Tipo: " + result.tipo().orElseThrow(),
                "PDF/A-3b, " + paginas + (paginas == 1 ? " página" : " páginas"),
                "válido: " + result.isValid());
    }

    /**
     * Prints {@link #run()}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(run());
    }
}
