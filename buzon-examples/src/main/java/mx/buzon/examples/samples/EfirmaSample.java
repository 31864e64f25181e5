package mx.buzon.examples.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import mx.buzon.core.id.Rfc;
import mx.buzon.crypto.Efirma;
import mx.buzon.crypto.EfirmaInspection;
import mx.buzon.crypto.EfirmaValidator;
import mx.buzon.crypto.TrustAnchors;

/**
 * Load the SAT's public test FIEL of EKU9003173C9 (bundled in this jar), validate it for actuaciones at an
 * instant, sign a cadena original and verify the sello.
 *
 * <p>{@code run()} returns exactly these lines:
 * <pre>
 * ESCUELA KEMPER URGATE SA DE CV (EKU9003173C9, MORAL, FIEL, 30001000000500003415)
 * Problemas: []
 * Sello verificado: true
 * </pre>
 */
public final class EfirmaSample {

    /** The instant of the check; in production, the instant of the actuación. */
    static final Instant INSTANT = Instant.parse("2026-11-22T16:00:00Z");

    private EfirmaSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        SatTestEfirma test = SatTestEfirma.EKU9003173C9_FIEL_2023;   // the SAT's public test FIEL
        char[] passwordChars = test.password();                      // in real code: PasswordFile.read(path)
        Efirma efirma = Efirma.read(test.cer(), test.key(), passwordChars);

        EfirmaInspection inspeccion = EfirmaInspection.of(efirma,
                EfirmaValidator.forActuaciones(TrustAnchors.satPruebas()).expectingRfc(Rfc.parse("EKU9003173C9")),
                INSTANT);
        String cadena = "||Folio:BI-20261122-000000001|RFC:EKU9003173C9||";
        String sello = efirma.sello(cadena);
        boolean valido = efirma.certificate().verifiesSello(cadena, sello);

        return String.join("\n",
                inspeccion.nombre() + " (" + inspeccion.rfc() + ", " + inspeccion.persona() + ", "
                        + inspeccion.tipo() + ", " + inspeccion.noCertificado() + ")",
                "Problemas: " + inspeccion.findings(),
                "Sello verificado: " + valido);
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
