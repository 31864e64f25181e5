package mx.buzon.core.cadena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CadenaOriginalTest {

    static final CadenaSchema RECEPCION_PROMOCION = CadenaSchema.builder("RECEPCION_PROMOCION")
            .required("Folio").required("FechaHora").required("RFC").required("Nombre")
            .required("Descripcion_SHA256").optional("Telefono").optional("Evidencia_SHA256")
            .build();

    static final String FOLIO = "BI-20250203-100717151";
    static final Sha256 DESCRIPCION_ABC = Sha256.digestUtf8("abc");

    @Test
    void build_allFieldsInAnyPutOrder_writesSchemaOrder() {
        CadenaOriginal cadena = CadenaOriginal.builder(RECEPCION_PROMOCION)
                .put("RFC", "GODE561231GR8")
                .put("Telefono", "5512345678")
                .put("Folio", FOLIO)
                .put("Nombre", "PEÑA ÑANDÚ JOSÉ")
                .put("FechaHora", "2025-02-03T10:07:17-06:00")
                .put("Descripcion_SHA256", DESCRIPCION_ABC)
                .build();
        assertThat(cadena.toString()).isEqualTo("||Folio:BI-20250203-100717151|FechaHora:2025-02-03T10:07:17-06:00"
                + "|RFC:GODE561231GR8|Nombre:PEÑA ÑANDÚ JOSÉ"
                + "|Descripcion_SHA256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
                + "|Telefono:5512345678||");
    }

    @Test
    void build_absentOptionalField_isOmittedWithItsSeparator() {
        CadenaOriginal cadena = minimal().build();
        assertThat(cadena.toString()).isEqualTo("||Folio:BI-20250203-100717151|FechaHora:2025-02-03T10:07:17-06:00"
                + "|RFC:GODE561231GR8|Nombre:ACME SA DE CV"
                + "|Descripcion_SHA256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad||");
        assertThat(cadena.value("Telefono")).isEmpty();
    }

    @Test
    void build_optionalKeyNotPut_omitsField() {
        CadenaOriginal cadena = minimal().build();
        assertThat(cadena.toString()).doesNotContain("Telefono");
    }

    @Test
    void build_whitespaceRuns_collapseToOneSpaceAndTrim() {
        CadenaOriginal cadena = minimal().put("Telefono", " \t55\u00A0 12\r\n34\u2003 5678  ").build();
        assertThat(cadena.value("Telefono")).contains("55 12 34 5678");
        assertThat(cadena.toString()).contains("|Telefono:55 12 34 5678||");
    }

    @Test
    void build_decomposedN_isComposedToNfc() {
        String decomposed = "PEN\u0303A";
        CadenaOriginal cadena = CadenaOriginal.builder(RECEPCION_PROMOCION).put("Folio", FOLIO)
                .put("FechaHora", "x").put("RFC", "y").put("Nombre", decomposed).put("Descripcion_SHA256", "z")
                .build();
        assertThat(cadena.value("Nombre")).contains("PEÑA");
        assertThat(cadena.bytes()).containsSubsequence("PE\u00D1A".getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '¦', value = {
        "A|B          ¦ A\\|B",
        "C:\\dir      ¦ C:\\\\dir",
        "fin\\        ¦ fin\\\\",
        "\\|          ¦ \\\\\\|",
        "10:07:17     ¦ 10:07:17",
        "a:b:c        ¦ a:b:c",
        "Ñandú 😀     ¦ Ñandú 😀",
    })
    void build_specialCharacters_areEscapedReversibly(String raw, String escaped) {
        CadenaSchema one = CadenaSchema.of("UNO", CadenaField.required("V"));
        CadenaOriginal cadena = CadenaOriginal.of(one, Map.of("V", raw));
        assertThat(cadena.toString()).isEqualTo("||V:" + escaped + "||");
        assertThat(CadenaOriginal.parse(cadena.toString()).value("V")).contains(raw);
    }

    @Test
    void build_controlAndInvisibleCharacters_areEscapedAsUppercaseHex() {
        CadenaSchema one = CadenaSchema.of("UNO", CadenaField.required("V"));
        String raw = "a\u0000b\u001Bc\u007Fd\u202Ee\uFEFFf\u200Fg\u0080h";
        CadenaOriginal cadena = CadenaOriginal.of(one, Map.of("V", raw));
        assertThat(cadena.toString())
                .isEqualTo("||V:a\\u0000b\\u001Bc\\u007Fd\\u202Ee\\uFEFFf\\u200Fg\\u0080h||");
        assertThat(CadenaOriginal.parse(cadena.toString()).value("V")).contains(raw);
    }

    @Test
    void bytes_areUtf8OfText() {
        CadenaOriginal cadena = CadenaOriginal.of(CadenaSchema.of("UNO", CadenaField.required("N")),
                Map.of("N", "Ñ😀"));
        assertThat(cadena.bytes()).containsExactly(
                '|', '|', 'N', ':', 0xC3, 0x91, 0xF0, 0x9F, 0x98, 0x80, '|', '|');
    }

    @Test
    void put_blankValue_isRejectedNotOmitted() {
        assertThatThrownBy(() -> minimal().put("Telefono", " \t "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Telefono").hasMessageContaining("blank");
    }

    @Test
    void put_unknownKey_isRejected() {
        assertThatThrownBy(() -> minimal().put("Correo", "a@b.mx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Correo");
    }

    @Test
    void put_sameKeyTwice_isRejected() {
        assertThatThrownBy(() -> minimal().put("RFC", "X"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already set");
    }

    @Test
    void put_loneSurrogate_isRejected() {
        assertThatThrownBy(() -> minimal().put("Telefono", "a\uD800b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
    }

    @Test
    void build_missingRequiredKey_isRejected() {
        assertThatThrownBy(() -> CadenaOriginal.builder(RECEPCION_PROMOCION).put("Folio", FOLIO).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FechaHora");
    }

    @Test
    void schema_keyWithColonPipeBackslashOrSpace_isRejected() {
        for (String bad : new String[] {"A:B", "A|B", "A\\B", "A B", "", "1A", "Año", "_A"}) {
            assertThatThrownBy(() -> CadenaField.required(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void schema_duplicateKeyOrNoRequiredKey_isRejected() {
        assertThatThrownBy(() -> CadenaSchema.of("X", CadenaField.required("A"), CadenaField.optional("A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> CadenaSchema.of("X", CadenaField.optional("A")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("required");
    }

    @Test
    void parse_knownText_givesFieldsInOrder() {
        CadenaOriginal cadena = CadenaOriginal.parse("||Folio:BI-1|RFC:GODE561231GR8|Hora:10:07||");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("Folio", "BI-1");
        expected.put("RFC", "GODE561231GR8");
        expected.put("Hora", "10:07");
        assertThat(cadena.fields()).containsExactlyEntriesOf(expected);
        assertThat(cadena.keys()).containsExactly("Folio", "RFC", "Hora");
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '¦', value = {
        "''                      ¦ CADENA_FORMATO_INVALIDO",
        "'|'                     ¦ CADENA_FORMATO_INVALIDO",
        "'||'                    ¦ CADENA_CLAVE_INVALIDA",
        "'||||'                  ¦ CADENA_CLAVE_INVALIDA",
        "'|A:b||'                ¦ CADENA_FORMATO_INVALIDO",
        "'||A:b|'                ¦ CADENA_FORMATO_INVALIDO",
        "'||A:b'                 ¦ CADENA_FORMATO_INVALIDO",
        "'||A:b|||'              ¦ CADENA_FORMATO_INVALIDO",
        "'||A:b||B:c||'          ¦ CADENA_FORMATO_INVALIDO",
        "'||A:||'                ¦ CADENA_FORMATO_INVALIDO",
        "'||A:b|B||'             ¦ CADENA_CLAVE_INVALIDA",
        "'||:b||'                ¦ CADENA_CLAVE_INVALIDA",
        "'||A b:c||'             ¦ CADENA_CLAVE_INVALIDA",
        "'||Año:c||'             ¦ CADENA_CLAVE_INVALIDA",
        "'||A:b|A:c||'           ¦ CADENA_CLAVE_DUPLICADA",
        "'||A:b\\x||'            ¦ CADENA_ESCAPE_INVALIDO",
        "'||A:b\\||'             ¦ CADENA_FORMATO_INVALIDO",
        "'||A:\\u0041||'         ¦ CADENA_ESCAPE_INVALIDO",
        "'||A:\\u001b||'         ¦ CADENA_ESCAPE_INVALIDO",
        "'||A:\\u00||'           ¦ CADENA_ESCAPE_INVALIDO",
        "'||A:\\u0009||'         ¦ CADENA_VALOR_NO_CANONICO",
        "'||A: b||'              ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:b ||'              ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:b  c||'            ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:b\u00A0c||'        ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:N\u0303||'         ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:b\u202Ec||'        ¦ CADENA_VALOR_NO_CANONICO",
        "'||A:b\uD800c||'        ¦ CADENA_VALOR_NO_CANONICO",
    })
    void parse_nonCanonicalText_throwsWithStableCode(String text, String code) {
        assertThatThrownBy(() -> CadenaOriginal.parse(text))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo(code));
        assertThat(CadenaOriginal.isValid(text)).isFalse();
    }

    @Test
    void parse_rawNulCharacter_isNotCanonical() {
        // Kept out of the CSV table above: the CSV reader drops NUL characters.
        assertThatThrownBy(() -> CadenaOriginal.parse("||A:b\u0000c||"))
                .isInstanceOf(BuzonException.class)
                .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("CADENA_VALOR_NO_CANONICO"));
    }

    @Test
    void parse_trailingBackslashEscapedBeforeDelimiter_isUnambiguous() {
        // "a\" ends in a backslash: written a\\ then ||. The parser must not read \| as an escaped pipe.
        CadenaOriginal cadena = CadenaOriginal.parse("||A:a\\\\||");
        assertThat(cadena.value("A")).contains("a\\");
        // An escaped pipe at the end of a value followed by the closing delimiter.
        assertThat(CadenaOriginal.parse("||A:a\\|||").value("A")).contains("a|");
    }

    @Test
    void parseWithSchema_matchingText_isAccepted() {
        CadenaOriginal built = minimal().put("Evidencia_SHA256", DESCRIPCION_ABC).build();
        assertThat(CadenaOriginal.parse(built.toString(), RECEPCION_PROMOCION)).isEqualTo(built);
    }

    @Test
    void parseWithSchema_unknownOutOfOrderOrMissingKey_isRejected() {
        String[] bad = {
            "||Folio:F|FechaHora:x|RFC:y|Nombre:n|Descripcion_SHA256:d|Correo:c||",
            "||FechaHora:x|Folio:F|RFC:y|Nombre:n|Descripcion_SHA256:d||",
            "||Folio:F|FechaHora:x|RFC:y|Nombre:n||",
        };
        for (String text : bad) {
            assertThatThrownBy(() -> CadenaOriginal.parse(text, RECEPCION_PROMOCION)).as(text)
                    .isInstanceOf(BuzonException.class)
                    .satisfies(e -> assertThat(((BuzonException) e).code()).isEqualTo("CADENA_ESQUEMA_NO_CORRESPONDE"));
        }
    }

    @Test
    void equals_comparesText() {
        assertThat(minimal().build()).isEqualTo(minimal().build()).hasSameHashCodeAs(minimal().build());
        assertThat(minimal().build()).isNotEqualTo(minimal().put("Telefono", "1").build());
    }

    @Test
    void fields_isUnmodifiable() {
        assertThatThrownBy(() -> minimal().build().fields().put("X", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static CadenaOriginal.Builder minimal() {
        return CadenaOriginal.builder(RECEPCION_PROMOCION)
                .put("Folio", FOLIO)
                .put("FechaHora", "2025-02-03T10:07:17-06:00")
                .put("RFC", "GODE561231GR8")
                .put("Nombre", "ACME SA DE CV")
                .put("Descripcion_SHA256", DESCRIPCION_ABC);
    }
}
