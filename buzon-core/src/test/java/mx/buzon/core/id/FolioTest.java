package mx.buzon.core.id;

import static mx.buzon.core.id.RfcTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FolioTest {

    /** The folio of the Buzón registration guide (Análisis COFIDE, "número de folio: BI-20250203-100717151"). */
    private static final String GUIDE_FOLIO = "BI-20250203-100717151";
    private static final LocalDate MONDAY_2025_02_03 = LocalDate.of(2025, 2, 3);

    @Test
    void parse_guideSample_parts() {
        Folio folio = Folio.parse(GUIDE_FOLIO);
        assertThat(folio.prefix()).isEqualTo("BI");
        assertThat(folio.date()).isEqualTo(MONDAY_2025_02_03);
        assertThat(folio.sequence()).isEqualTo("100717151");
        assertThat(folio.isBuzon()).isTrue();
        assertThat(folio).hasToString(GUIDE_FOLIO);
    }

    @Test
    void of_parts_rebuildsGuideSample() {
        assertThat(Folio.of(Folio.BUZON_PREFIX, MONDAY_2025_02_03, 100_717_151L)).hasToString(GUIDE_FOLIO);
        assertThat(Folio.of("BI", MONDAY_2025_02_03, 42)).hasToString("BI-20250203-000000042");
    }

    @Test
    void next_takesNumbersFromTheHostSequence_uniquePerCall() {
        FolioSequence sequence = FolioSequence.inMemoryCounter(1);
        Set<Folio> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(Folio.next("BI", MONDAY_2025_02_03, sequence))).isTrue();
        }
        assertThat(Folio.next("BI", MONDAY_2025_02_03, (p, d) -> 7)).hasToString("BI-20250203-000000007");
    }

    @Test
    void next_negativeFromSequence_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Folio.next("BI", MONDAY_2025_02_03, (p, d) -> -1))
                .withMessageContaining("-1");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SIPARE-20240101-1", "A-19000101-000000000000000000", "IDSE2-29991231-123456789012345678"})
    void parse_otherServicesPrefixes_andBounds_areAccepted(String text) {
        assertThat(Folio.parse(text)).hasToString(text);
        assertThat(Folio.parse(text).isBuzon()).isFalse();
    }

    @Test
    void parse_leadingZerosOfSequence_areKept() {
        assertThat(Folio.parse("BI-20250203-000000001").sequence()).isEqualTo("000000001");
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "BI20250203100717151            | FOLIO_FORMATO",
        "BI-20250203                    | FOLIO_FORMATO",
        "BI-20250203-1007-17151         | FOLIO_FORMATO",
        "-20250203-100717151            | FOLIO_FORMATO",
        "1B-20250203-100717151          | FOLIO_FORMATO",
        "ABCDEFGHIJK-20250203-1         | FOLIO_FORMATO",
        "BI-2025023-100717151           | FOLIO_FORMATO",
        "BI-20250203-                   | FOLIO_FORMATO",
        "BI-20250203-1234567890123456789 | FOLIO_FORMATO",
        "BÑ-20250203-1                  | FOLIO_FORMATO",
        "BI-20250230-100717151          | FOLIO_FECHA",
        "BI-20251301-100717151          | FOLIO_FECHA",
        "BI-18991231-100717151          | FOLIO_FECHA",
        "BI-30000101-100717151          | FOLIO_FECHA",
        "BI–20250203–100717151          | IDENTIFICADOR_CARACTER_AJENO",
        "BI-20250203-100717151-BI-20250203-100000 | IDENTIFICADOR_LONGITUD",
    })
    void malformed_isRejectedWithCode(String text, String code) {
        assertThat(codes(Folio.validate(text, CheckDigitMode.STRICT))).containsExactly(code);
    }

    @Test
    void of_badPrefix_isProgrammerError() {
        assertThatIllegalArgumentException().isThrownBy(() -> Folio.of("bi", MONDAY_2025_02_03, 1))
                .withMessageContaining("bi-20250203");
        assertThatIllegalArgumentException().isThrownBy(() -> Folio.of("B I", MONDAY_2025_02_03, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Folio.of("BI", LocalDate.of(1899, 1, 1), 1));
    }

    @Test
    void lowerCase_isNormalisedWithWarning() {
        IdentifierValidation<Folio> v = Folio.validate("bi-20250203-100717151", CheckDigitMode.STRICT);
        assertThat(v.value()).map(Folio::toString).contains(GUIDE_FOLIO);
        assertThat(v.warnings()).hasSize(1);
    }
}
