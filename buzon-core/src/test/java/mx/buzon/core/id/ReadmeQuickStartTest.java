package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;

/** The quick start of docs/readme-identifiers.md, verbatim between the markers, so that it stays true. */
class ReadmeQuickStartTest {

    @Test
    void quickStart_compilesAndSaysWhatTheReadmeSays() {
        List<String> printed = new ArrayList<>();
        FolioSequence hostSequence = FolioSequence.inMemoryCounter(1);
        // --- README snippet begins ---
        Rfc rfc = Rfc.parse("GODE561231GR8");          // throws InvalidIdentifierException when invalid
        Persona persona = rfc.persona();                // FISICA (13 characters); MORAL for 12
        boolean user = rfc.canIdentifyBuzonUser();      // false only for XAXX010101000 and XEXX010101000

        // Expected bad input is a value, not an exception:
        IdentifierValidation<Rfc> v = Rfc.validate(" gode561231gr9", CheckDigitMode.LENIENT);
        for (Finding f : v.findings()) {
            printed.add(f.severity() + " " + f.code());
        }
        // WARNING IDENTIFICADOR_NORMALIZADO   (trimmed and upper-cased, so reported)
        // WARNING RFC_DIGITO_VERIFICADOR      (an ERROR, and no value, with CheckDigitMode.STRICT)
        Rfc accepted = v.value().orElseThrow();

        Curp curp = Curp.parse("HEGG560427MVZRRL04");
        LocalDate born = curp.birthDate();              // 1956-04-27: the differentiator gives the century
        Nss nss = Nss.parse("72795608040");
        RegistroPatronal rp = RegistroPatronal.parse("B5510768108", CheckDigitMode.LENIENT);
        Folio folio = Folio.next(Folio.BUZON_PREFIX, LocalDate.of(2025, 2, 3), hostSequence);
        // BI-20250203-000000001: uniqueness comes from the host's FolioSequence

        // Valid values for your own property tests, reproducible from the seed:
        RandomGenerator random = new SplittableRandom(42);
        Rfc anyRfc = IdentifierGenerators.rfcMoral(random);
        Curp anyCurp = IdentifierGenerators.curp(random);
        // --- README snippet ends ---

        assertThat(persona).isEqualTo(Persona.FISICA);
        assertThat(user).isTrue();
        assertThat(printed).containsExactly("WARNING IDENTIFICADOR_NORMALIZADO", "WARNING RFC_DIGITO_VERIFICADOR");
        assertThat(accepted).hasToString("GODE561231GR9");
        assertThat(Rfc.validate(" gode561231gr9", CheckDigitMode.STRICT).value()).isEmpty();
        assertThat(born).isEqualTo(LocalDate.of(1956, 4, 27));
        assertThat(nss.subdelegacion()).isEqualTo(72);
        assertThat(rp.hasValidCheckDigit()).isFalse();
        assertThat(folio).hasToString("BI-20250203-000000001");
        assertThat(Rfc.isValid(anyRfc.toString())).isTrue();
        assertThat(Curp.isValid(anyCurp.toString())).isTrue();
    }
}
