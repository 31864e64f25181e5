package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import mx.buzon.problem.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every sample value of docs/LEGAL.md §1 in one table: the identifier, the value, the finding codes in STRICT mode
 * and in LENIENT mode ({@code -} for none; warnings included).
 */
class RulesSection1KnownAnswersTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "RFC  | GODE561231GR8         | -                                    | -",
        "RFC  | COSC8001137NA         | -                                    | -",
        "RFC  | DIM8701081LA          | -                                    | -",
        "RFC  | A&A050908GT0          | -                                    | -",
        "RFC  | SAT970701NN3          | -                                    | -",
        "RFC  | EKU9003173C9          | -                                    | -",
        "RFC  | XAXX010101000         | RFC_GENERICO                         | RFC_GENERICO",
        "RFC  | XEXX010101000         | RFC_GENERICO                         | RFC_GENERICO",
        "RFC  | GODE561231GR9         | RFC_DIGITO_VERIFICADOR               | RFC_DIGITO_VERIFICADOR",
        "RFC  | SIA821129LS8          | RFC_DIGITO_VERIFICADOR               | RFC_DIGITO_VERIFICADOR",
        "CURP | HEGG560427MVZRRL04    | -                                    | -",
        "CURP | BEML920313HMCLNS09    | -                                    | -",
        "CURP | PEGL890909MJCRMS08    | -                                    | -",
        "CURP | PEGL890909MJCRMS09    | CURP_DIGITO_VERIFICADOR              | CURP_DIGITO_VERIFICADOR",
        "NSS  | 72795608040           | -                                    | -",
        "NSS  | 12345678903           | -                                    | -",
        "NSS  | 72795608041           | NSS_DIGITO_VERIFICADOR               | NSS_DIGITO_VERIFICADOR",
        "RP   | A6815930107           | -                                    | -",
        "RP   | Y3926552104           | -                                    | -",
        "RP   | B7032191100           | -                                    | -",
        "RP   | A1234567890           | REGISTRO_PATRONAL_DIGITO_VERIFICADOR | REGISTRO_PATRONAL_DIGITO_VERIFICADOR",
        "RP   | B5510768108           | REGISTRO_PATRONAL_DIGITO_VERIFICADOR | REGISTRO_PATRONAL_DIGITO_VERIFICADOR",
        "FOLIO | BI-20250203-100717151 | -                                   | -",
    })
    void rulesSample_findingCodes(String kind, String value, String strictCodes, String lenientCodes) {
        BiFunction<String, CheckDigitMode, IdentifierValidation<?>> validate = switch (kind) {
            case "RFC" -> Rfc::validate;
            case "CURP" -> Curp::validate;
            case "NSS" -> Nss::validate;
            case "RP" -> RegistroPatronal::validate;
            case "FOLIO" -> Folio::validate;
            default -> throw new IllegalArgumentException(kind);
        };
        IdentifierValidation<?> strict = validate.apply(value, CheckDigitMode.STRICT);
        IdentifierValidation<?> lenient = validate.apply(value, CheckDigitMode.LENIENT);
        assertThat(codes(strict)).isEqualTo(strictCodes);
        assertThat(codes(lenient)).isEqualTo(lenientCodes);
        boolean digitFails = strictCodes.contains("DIGITO_VERIFICADOR");
        assertThat(strict.isValid()).isEqualTo(!digitFails);
        assertThat(strict.errors()).allMatch(f -> f.code().endsWith("DIGITO_VERIFICADOR"));
        assertThat(lenient.isValid()).as("lenient accepts every sample").isTrue();
        assertThat(lenient.errors()).isEmpty();
        assertThat(lenient.value()).map(Object::toString).contains(value);
    }

    private static String codes(IdentifierValidation<?> v) {
        return v.findings().isEmpty() ? "-"
                : String.join(",", v.findings().stream().map(Finding::code).toList());
    }
}
