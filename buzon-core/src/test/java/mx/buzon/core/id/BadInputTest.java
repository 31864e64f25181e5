package mx.buzon.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import mx.buzon.problem.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same boundary rules for every identifier: null, empty, case, spaces, look-alikes, length. */
class BadInputTest {

    record Kind(String name, String valid, String tooShort, Function<CharSequence, ?> parse,
            BiFunction<CharSequence, CheckDigitMode, IdentifierValidation<?>> validate,
            Function<CharSequence, Boolean> isValid) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("Rfc", "GODE561231GR8", "GODE561231G", Rfc::parse, Rfc::validate, Rfc::isValid),
                new Kind("Curp", "BEML920313HMCLNS09", "BEML920313HMCLNS0", Curp::parse, Curp::validate, Curp::isValid),
                new Kind("Nss", "72795608040", "7279560804", Nss::parse, Nss::validate, Nss::isValid),
                new Kind("RegistroPatronal", "A6815930107", "A681593010", RegistroPatronal::parse, RegistroPatronal::validate,
                        RegistroPatronal::isValid),
                new Kind("Folio", "BI-20250203-100717151", "BI-2025020-1", Folio::parse, Folio::validate, Folio::isValid));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void null_isNullPointerException(Kind kind) {
        assertThatNullPointerException().isThrownBy(() -> kind.parse().apply(null));
        assertThatNullPointerException().isThrownBy(() -> kind.isValid().apply(null));
        assertThatNullPointerException().isThrownBy(() -> kind.validate().apply(null, CheckDigitMode.STRICT));
        assertThatNullPointerException().isThrownBy(() -> kind.validate().apply(kind.valid(), null));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void emptyOrBlank_isVacio(Kind kind) {
        for (String text : List.of("", " ", "\u00A0\t\n")) {
            assertThat(errorCodes(kind, text)).as("[%s]", text).containsExactly("IDENTIFICADOR_VACIO");
            assertThatThrownBy(() -> kind.parse().apply(text)).isInstanceOf(InvalidIdentifierException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void canonical_parsesWithoutFindings_andIsValid(Kind kind) {
        assertThat(kind.validate().apply(kind.valid(), CheckDigitMode.STRICT).findings()).isEmpty();
        assertThat(kind.isValid().apply(kind.valid())).isTrue();
        assertThat(kind.parse().apply(kind.valid()).toString()).isEqualTo(kind.valid());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void lowerCaseAndSurroundingSpaces_areNormalisedAndReported(Kind kind) {
        String messy = "\t " + kind.valid().toLowerCase(Locale.ROOT) + " \r\n";
        IdentifierValidation<?> v = kind.validate().apply(messy, CheckDigitMode.STRICT);
        assertThat(v.value()).map(Object::toString).contains(kind.valid());
        assertThat(v.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IDENTIFICADOR_NORMALIZADO");
            assertThat(f.isError()).isFalse();
            assertThat(f.offendingValue()).contains(messy);
        });
        assertThat(kind.parse().apply(messy).toString()).isEqualTo(kind.valid());
    }

    static Stream<Arguments> lookAlikes() {
        return kinds().flatMap(kind -> Stream.of(
                Arguments.of(kind, fullWidth(kind.valid())),
                Arguments.of(kind, cyrillic(kind.valid())),
                Arguments.of(kind, kind.valid().substring(0, 3) + "\u200B" + kind.valid().substring(3)),
                Arguments.of(kind, kind.valid().substring(0, 3) + " " + kind.valid().substring(3))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("lookAlikes")
    void lookAlikeUnicode_isCaracterAjeno(Kind kind, String text) {
        IdentifierValidation<?> v = kind.validate().apply(text, CheckDigitMode.LENIENT);
        assertThat(v.isValid()).isFalse();
        assertThat(v.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("IDENTIFICADOR_CARACTER_AJENO");
            assertThat(f.message()).contains("U+").contains("posición");
        });
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void tooLongOrTooShort_isRejected(Kind kind) {
        if (!kind.name().equals("Folio")) { // a folio's sequence may be longer
            assertThat(errorCodes(kind, kind.valid() + "0")).containsExactly("IDENTIFICADOR_LONGITUD");
        }
        assertThat(kind.isValid().apply(kind.valid().substring(0, kind.valid().length() - 1) + "-0")).isFalse();
        assertThat(errorCodes(kind, kind.valid().repeat(10))).containsExactly("IDENTIFICADOR_LONGITUD");
        assertThat(errorCodes(kind, "1".repeat(Boundary.MAX_RAW_LENGTH + 1))).containsExactly("IDENTIFICADOR_LONGITUD");
        assertThat(kind.isValid().apply(kind.tooShort())).isFalse();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void exception_carriesEveryFinding_andTheFirstErrorsCode(Kind kind) {
        String messyAndWrong = " " + kind.tooShort().toLowerCase(Locale.ROOT);
        assertThatThrownBy(() -> kind.parse().apply(messyAndWrong))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.findings()).extracting(Finding::code).contains("IDENTIFICADOR_NORMALIZADO");
                    assertThat(e.code()).isEqualTo(e.findings().stream().filter(Finding::isError).findFirst()
                            .orElseThrow().code());
                    assertThat(e.errorCode()).isInstanceOf(IdentifierErrorCode.class);
                });
    }

    private static List<String> errorCodes(Kind kind, String text) {
        return kind.validate().apply(text, CheckDigitMode.LENIENT).errors().stream().map(Finding::code).toList();
    }

    /** Replaces the first letter or digit with its full-width form (U+FF01 block). */
    private static String fullWidth(String s) {
        char c = s.charAt(0);
        return (char) (c - 0x21 + 0xFF01) + s.substring(1);
    }

    /** Replaces the first letter that has a Cyrillic look-alike, or the first character by Cyrillic O. */
    private static String cyrillic(String s) {
        String latin = "AEOPCTHBMKX";
        String cyr = "\u0410\u0415\u041E\u0420\u0421\u0422\u041D\u0412\u041C\u041A\u0425";
        for (int i = 0; i < s.length(); i++) {
            int k = latin.indexOf(s.charAt(i));
            if (k >= 0) {
                return s.substring(0, i) + cyr.charAt(k) + s.substring(i + 1);
            }
        }
        return '\u041E' + s.substring(1); // Cyrillic O for a leading digit
    }
}
