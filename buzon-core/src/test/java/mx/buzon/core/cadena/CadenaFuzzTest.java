package mx.buzon.core.cadena;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import mx.buzon.core.acuse.AcuseTipo;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz harness (Jazzer) for the cadena original parser, which reads the text printed on an acuse someone uploads.
 *
 * <p>Contract: {@code parse} returns or throws {@link BuzonException} with a {@link CadenaErrorCode}; a parsed cadena
 * prints as exactly the text it was read from; {@code isValid} agrees with {@code parse}; checking against a schema
 * fails only with {@link CadenaErrorCode}. Anything else, a hang (10 s) or running out of memory is a finding.
 */
class CadenaFuzzTest {

    @Timeout(10)
    @FuzzTest
    void parse(FuzzedDataProvider data) {
        AcuseTipo tipo = data.pickValue(AcuseTipo.values());
        String text = data.consumeRemainingAsString();
        CadenaOriginal cadena;
        try {
            cadena = CadenaOriginal.parse(text);
        } catch (BuzonException e) {
            assertThat(e.errorCode()).as("code for %s", text).isInstanceOf(CadenaErrorCode.class);
            assertThat(CadenaOriginal.isValid(text)).as("isValid agrees on %s", text).isFalse();
            return;
        }
        assertThat(cadena.toString()).as("parse is the inverse of toString").isEqualTo(text);
        assertThat(CadenaOriginal.isValid(text)).as("isValid agrees on %s", text).isTrue();
        assertThat(CadenaOriginal.parse(cadena.toString())).isEqualTo(cadena);
        try {
            assertThat(CadenaOriginal.parse(text, tipo.schema())).isEqualTo(cadena);
        } catch (BuzonException e) {
            assertThat(e.errorCode()).isEqualTo(CadenaErrorCode.CADENA_ESQUEMA_NO_CORRESPONDE);
        }
    }
}
