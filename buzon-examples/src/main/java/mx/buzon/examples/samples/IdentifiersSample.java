package mx.buzon.examples.samples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import mx.buzon.core.id.CheckDigitMode;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.IdentifierValidation;
import mx.buzon.core.id.Nss;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.Finding;

/**
 * RFC, CURP, NSS and registro patronal with their check digits (docs/LEGAL.md §1), strict and lenient.
 *
 * <p>{@code run()} returns exactly these lines:
 * <pre>
 * RFC EKU9003173C9: MORAL
 * CURP HEGG560427MVZRRL04: nacimiento 1956-04-27
 * NSS 72795608041 válido: false
 * RFC GODE561231GR9 (LENIENT): WARNING RFC_DIGITO_VERIFICADOR
 * Registro patronal B5510768108 (LENIENT): B5510768108
 * </pre>
 */
public final class IdentifiersSample {

    private IdentifiersSample() {
    }

    /**
     * @return the lines the sample prints, joined with {@code \n}
     */
    public static String run() {
        Rfc rfc = Rfc.parse("EKU9003173C9");                       // strict: throws when invalid
        Curp curp = Curp.parse("HEGG560427MVZRRL04");
        boolean nssValido = Nss.isValid("72795608041");            // wrong check digit
        IdentifierValidation<Rfc> lenient = Rfc.validate("GODE561231GR9", CheckDigitMode.LENIENT);
        Finding warning = lenient.findings().get(0);
        RegistroPatronal rp = RegistroPatronal.parse("B5510768108", CheckDigitMode.LENIENT);

        return String.join("\n",
                "RFC " + rfc + ": " + rfc.persona(),
                "CURP " + curp + ": nacimiento " + curp.birthDate(),
                "NSS 72795608041 válido: " + nssValido,
                "RFC GODE561231GR9 (LENIENT): " + warning.severity() + " " + warning.code(),
                "Registro patronal B5510768108 (LENIENT): " + rp);
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
