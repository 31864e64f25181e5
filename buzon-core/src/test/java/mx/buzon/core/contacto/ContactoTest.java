package mx.buzon.core.contacto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import mx.buzon.problem.BuzonException;
import mx.buzon.problem.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One telephone rule and one e-mail rule for every workflow, each with one code (issue 15). */
class ContactoTest {

    static final long SEED = 15_2026L;

    /** The bug this fixes: the medios refused "55 1234-5678" that the promociones accepted. */
    @ParameterizedTest
    @ValueSource(strings = {"5512345678", "55 1234 5678", "55-1234-5678", "55 1234-5678", "(55) 1234.5678",
        " 5512345678 "})
    void telefono_separators_areTheSameNumber(String typed) {
        assertThat(Telefono.isValid(typed)).isTrue();
        assertThat(Telefono.findProblem(typed)).isEmpty();
        assertThat(Telefono.parse(typed)).hasToString("5512345678").isEqualTo(Telefono.parse("5512345678"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "551234567", "55123456789", "+525512345678", "551234567a", "５５１２３４５６７８",
        "55_1234_5678", "55\t1234\t5678", "55/1234/5678"})
    void telefono_notTenDigits_isOneCodedError(String typed) {
        assertThat(Telefono.isValid(typed)).isFalse();
        Finding f = Telefono.findProblem(typed).orElseThrow();
        assertThat(f.code()).isEqualTo(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO.code());
        assertThat(f.isError()).isTrue();
        assertThat(f.offendingValue()).contains(typed);
        assertThat(f.message()).contains("\"" + typed + "\"").contains("10 dígitos");
        assertThatThrownBy(() -> Telefono.parse(typed)).isInstanceOf(BuzonException.class)
                .hasMessage(f.message())
                .satisfies(e -> assertThat(((BuzonException) e).errorCode())
                        .isEqualTo(ContactoErrorCode.TELEFONO_FORMATO_INVALIDO));
    }

    @Test
    void telefono_hugeInput_messageQuotesOnlyItsStart() {
        String huge = "5".repeat(1_000_000);
        Finding f = Telefono.findProblem(huge).orElseThrow();
        assertThat(f.message().length()).isLessThan(300);
        assertThat(f.offendingValue().orElseThrow()).hasSize(41).endsWith("…");
    }

    @Test
    void telefono_parseIsTheInverseOfToString_seeded() {
        SplittableRandom r = new SplittableRandom(SEED);
        String[] separators = {"", " ", "-", ".", "(", ")"};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder digits = new StringBuilder();
            StringBuilder typed = new StringBuilder();
            for (int d = 0; d < Telefono.DIGITS; d++) {
                char c = (char) ('0' + r.nextInt(10));
                digits.append(c);
                typed.append(separators[r.nextInt(separators.length)]).append(c);
            }
            Telefono t = Telefono.parse(typed);
            assertThat(t).as("seed %s, %s", SEED, typed).hasToString(digits.toString());
            assertThat(Telefono.parse(t.toString())).as("seed %s", SEED).isEqualTo(t);
        }
    }

    @Test
    void correo_normalForm_keepsTheLocalPartAndLowersTheDomain() {
        CorreoElectronico c = CorreoElectronico.parse("  Erika.Gomez@Example.COM ");
        assertThat(c).hasToString("Erika.Gomez@example.com");
        assertThat(CorreoElectronico.parse(c.toString())).isEqualTo(c);
        assertThat(CorreoElectronico.parse("erika.gomez@example.com")).isNotEqualTo(c);   // RFC 5321: local case kept
        assertThat(CorreoElectronico.isValid("a+b@imss.gob.mx")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "erika", "erika@", "@example.com", "erika@example", "erika@@example.com",
        "er ika@example.com", "erika@exa_mple.com", "erika@-example.com", "erika@example.c", "erika@example.123",
        ".erika@example.com", "erika.@example.com", "eri..ka@example.com", "erika@example..com", "ériká@example.com",
        "erika@exámple.com", "erika@example.com\n@x.mx"})
    void correo_malformed_isOneCodedErrorSayingWhy(String typed) {
        assertThat(CorreoElectronico.isValid(typed)).isFalse();
        Finding f = CorreoElectronico.findProblem(typed).orElseThrow();
        assertThat(f.code()).isEqualTo(ContactoErrorCode.CORREO_FORMATO_INVALIDO.code());
        assertThat(f.message()).startsWith("El correo electrónico").doesNotContain("%s");
        assertThatThrownBy(() -> CorreoElectronico.parse(typed)).isInstanceOf(BuzonException.class)
                .hasMessage(f.message());
    }

    /** Lower-casing with String.toLowerCase would turn the Kelvin sign into "k" and accept a look-alike domain. */
    @Test
    void correo_kelvinSignInDomain_isRefusedNotFolded() {
        assertThat(CorreoElectronico.isValid("erika@\u212Aemper.mx")).isFalse();
        assertThat(CorreoElectronico.isValid("erika@Kemper.mx")).isTrue();
    }

    @Test
    void correo_lengthLimits_254And64() {
        String local64 = "a".repeat(CorreoElectronico.MAX_LOCAL_LENGTH);
        assertThat(CorreoElectronico.isValid(local64 + "@example.com")).isTrue();
        assertThat(CorreoElectronico.isValid(local64 + "a@example.com")).isFalse();
        String at254 = local64 + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".mx";
        assertThat(at254).hasSize(CorreoElectronico.MAX_LENGTH);
        assertThat(CorreoElectronico.isValid(at254)).isTrue();
        String at255 = local64 + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(59) + ".mx";
        assertThat(CorreoElectronico.findProblem(at255).orElseThrow().message()).contains("más de 254 caracteres");
        assertThat(CorreoElectronico.findProblem("a".repeat(255)).orElseThrow().message())
                .contains("más de 254 caracteres");
    }
}
