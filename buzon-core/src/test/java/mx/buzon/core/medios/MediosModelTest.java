package mx.buzon.core.medios;

import static mx.buzon.core.medios.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.buzon.core.cadena.Sha256;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;

/** Bad inputs for every component of the medios model, and the error catalogue. */
class MediosModelTest {

    static final Folio F1 = Folio.parse("BI-20250203-000000001");
    static final Folio F2 = Folio.parse("BI-20250203-000000002");
    static final Instant T = LUNES_2025_02_03_1007;
    static final Optional<Sha256> DIGEST = Optional.of(Sha256.digestUtf8("x"));

    static MedioContacto pendiente(Folio f, String valor) {
        return new MedioContacto(f, Mecanismo.CORREO_ELECTRONICO, valor, Ambito.rfc(), T, EstadoMedio.PENDIENTE,
                DIGEST, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }

    @Test
    void medioContacto_inconsistentComponents_throw() {
        assertThatThrownBy(() -> pendiente(F1, "Erika@EXAMPLE.com")).hasMessageContaining("normalised");
        assertThatThrownBy(() -> pendiente(F1, "bad")).hasMessageContaining("normalised");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.TELEFONO_MOVIL, "123", Ambito.rfc(), T,
                EstadoMedio.PENDIENTE, DIGEST, 0, Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.PENDIENTE, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("digest");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.VALIDADO, DIGEST, 0, Optional.of(T), Optional.of(F2), Optional.empty()))
                .hasMessageContaining("digest");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.VALIDADO, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("validadoEn");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.VALIDADO, Optional.empty(), 0, Optional.of(T), Optional.empty(), Optional.empty()))
                .hasMessageContaining("together");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.VALIDADO, Optional.empty(), 0, Optional.of(T.plusSeconds(72 * 3600 + 1)), Optional.of(F2),
                Optional.empty())).hasMessageContaining("72 hours");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.PENDIENTE, DIGEST, -1, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("intentosFallidos");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.PENDIENTE, DIGEST, MediosContactoWorkflow.MAX_INTENTOS_VALIDACION + 1, Optional.empty(),
                Optional.empty(), Optional.empty())).hasMessageContaining("intentosFallidos");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.ELIMINADO, Optional.empty(), 0, Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("bajaEn");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.ELIMINADO, Optional.empty(), 0, Optional.empty(), Optional.empty(),
                Optional.of(T.minusSeconds(1)))).hasMessageContaining("precede");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.CANCELADO_POR_INTENTOS, Optional.empty(), 1, Optional.empty(), Optional.empty(),
                Optional.of(T))).hasMessageContaining("failed attempts");
        assertThatThrownBy(() -> new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx", Ambito.rfc(), T,
                EstadoMedio.CANCELADO_POR_VENCIMIENTO, Optional.empty(), 0, Optional.of(T), Optional.of(F2),
                Optional.empty())).hasMessageContaining("never validated");
    }

    @Test
    void estadoBuzon_duplicateFolioOrForeignRegistro_throw() {
        assertThatThrownBy(() -> new EstadoBuzon(ERIKA, List.of(pendiente(F1, "a@b.mx"), pendiente(F1, "c@d.mx")),
                Optional.empty())).hasMessageContaining("share the folio");
        MedioContacto ajeno = new MedioContacto(F1, Mecanismo.CORREO_ELECTRONICO, "a@b.mx",
                Ambito.registro(RegistroPatronal.parse("B7032191100")), T, EstadoMedio.PENDIENTE, DIGEST, 0,
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> new EstadoBuzon(ERIKA, List.of(ajeno), Optional.empty()))
                .hasMessageContaining("not the particular's");
    }

    @Test
    void problemas_detectsStatesTheWorkflowNeverProduces() {
        List<MedioContacto> seis = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            seis.add(pendiente(Folio.parse("BI-20250203-00000000" + i), "c" + i + "@b.mx"));
        }
        assertThat(MediosContactoWorkflow.invariantViolations(new EstadoBuzon(ERIKA, seis, Optional.empty()), T)).hasSize(1);
        // ... but after the 72 hours the pending ones no longer count.
        assertThat(MediosContactoWorkflow.invariantViolations(new EstadoBuzon(ERIKA, seis, Optional.empty()),
                T.plusSeconds(72 * 3600 + 1))).isEmpty();
        assertThat(MediosContactoWorkflow.invariantViolations(new EstadoBuzon(ERIKA, List.of(pendiente(F1, "a@b.mx"),
                pendiente(F2, "A@b.mx")), Optional.empty()), T)).hasSize(1);
        Habilitacion firmada = new Habilitacion(T, Habilitacion.Origen.TERMINOS_FIRMADOS, Optional.of(F1),
                Optional.of(NO_CERTIFICADO));
        assertThat(MediosContactoWorkflow.invariantViolations(new EstadoBuzon(ERIKA, List.of(), Optional.of(firmada)), T)).hasSize(1);
    }

    @Test
    void habilitacion_folioAndCertificateExactlyWhenSigned() {
        assertThatThrownBy(() -> new Habilitacion(T, Habilitacion.Origen.TERMINOS_FIRMADOS, Optional.empty(),
                Optional.of(NO_CERTIFICADO))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Habilitacion(T, Habilitacion.Origen.ACTIVADO_PREVIAMENTE, Optional.of(F1),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ambito_textForm_roundTrips() {
        for (Ambito a : List.of(Ambito.rfc(), Ambito.todosLosRegistros(), Ambito.registro(RP_A))) {
            assertThat(Ambito.parse(a.toString())).isEqualTo(a);
        }
        assertThat(Ambito.registro(RP_A).clave()).isEqualTo("REGISTRO_PATRONAL");
        assertThatThrownBy(() -> Ambito.parse("rfc")).isInstanceOf(RuntimeException.class);
    }

    @Test
    void codigoValidacion_badText_throwsWithoutEchoingIt() {
        for (String bad : new String[] {"", "1234", "123456", "1234a", "١٢٣٤٥"}) {
            assertThat(CodigoValidacion.isValid(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> CodigoValidacion.of(bad)).as(bad).isInstanceOfSatisfying(BuzonException.class,
                    e -> assertThat(e.errorCode()).isEqualTo(MediosErrorCode.MEDIOS_CODIGO_FORMATO_INVALIDO))
                    .message().doesNotContain(bad.isEmpty() ? "\u0000" : bad);
        }
        assertThat(CodigoValidacion.of("00042")).isEqualTo(CodigoValidacion.of("00042"))
                .isNotEqualTo(CodigoValidacion.of("00043"));
    }

    @Test
    void errorCatalogue_codesUniqueMessagesActionable() {
        Set<String> codes = new HashSet<>();
        for (MediosErrorCode c : MediosErrorCode.values()) {
            assertThat(codes.add(c.code())).isTrue();
            assertThat(c.code()).matches("[A-Z][A-Z_]+").isEqualTo(c.name());
            int placeholders = c.messageTemplate().split("%s", -1).length - 1;
            Object[] args = new Object[placeholders];
            java.util.Arrays.fill(args, "X");
            assertThat(c.message(args)).doesNotContain("%").endsWith(".");
        }
    }
}
