package mx.buzon.core.particular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.zone.PostalCodeZones;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Persona;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;

class ParticularTest {

    static final RegistroPatronal RP_A = RegistroPatronal.parse("A6815930107");

    @Test
    void of_moralInTijuana_zoneFromPostalCode() {
        Particular p = Particular.of(Rfc.parse("EKU9003173C9"), " ESCUELA  KEMPER URGATE ", List.of(RP_A), "22000");
        assertThat(p.nombre()).isEqualTo("ESCUELA KEMPER URGATE");
        assertThat(p.persona()).isEqualTo(Persona.MORAL);
        assertThat(p.zonaDomicilio(PostalCodeZones.reference()).zoneId()).isEqualTo(ZoneId.of("America/Tijuana"));
        assertThat(p.datosAcuse(RP_A).registroPatronal()).contains(RP_A);
        assertThat(p.datosAcuse().registroPatronal()).isEmpty();
    }

    /** Issue 15: "2200" gave an uncoded English IllegalArgumentException here and CP_FORMATO_INVALIDO in lookup. */
    @Test
    void of_postalCode2200_sameCodedSpanishErrorAsLookup() {
        Rfc rfc = Rfc.parse("GODE561231GR8");
        for (String cp : new String[] {"2200", "220000", "22 000", "2200A"}) {
            CalendarException fromParticular = catchThrowableOfType(CalendarException.class,
                    () -> Particular.of(rfc, "X", List.of(), cp));
            CalendarException fromLookup = catchThrowableOfType(CalendarException.class,
                    () -> PostalCodeZones.reference().lookup(cp));
            assertThat(fromParticular.errorCode()).as(cp).isEqualTo(CalendarErrorCode.CP_FORMATO_INVALIDO);
            assertThat(fromParticular).as(cp).hasMessage(fromLookup.getMessage());
        }
        // Surrounding spaces are normalised at the boundary, as lookup does.
        assertThat(Particular.of(rfc, "X", List.of(), " 22000 ").codigoPostal()).isEqualTo("22000");
    }

    @Test
    void constructor_badInputs_throwNamingTheRule() {
        Rfc rfc = Rfc.parse("GODE561231GR8");
        assertThatThrownBy(() -> Particular.of(rfc, "X", List.of(), "２２０００")).isInstanceOfSatisfying(
                CalendarException.class, e -> assertThat(e.errorCode()).isEqualTo(CalendarErrorCode.CP_FORMATO_INVALIDO));
        assertThatThrownBy(() -> Particular.of(rfc, "", List.of(), "22000")).hasMessageContaining("Falta el nombre");
        assertThatThrownBy(() -> Particular.of(Rfc.EXTRANJERO, "X", List.of(), "22000"))
                .hasMessageContaining("genérico");
        assertThatThrownBy(() -> Particular.of(rfc, "X", List.of(RP_A, RP_A), "22000"))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_REGISTRO_REPETIDO))
                .hasMessageContaining(RP_A.toString());
        assertThatThrownBy(() -> new Particular(Rfc.parse("SAT970701NN3"), "SAT",
                Optional.of(Curp.parse("HEGG560427MVZRRL04")), List.of(), "06600")).hasMessageContaining("moral");
        assertThatThrownBy(() -> Particular.of(rfc, "X", List.of(), "22000").datosAcuse(RP_A))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_REGISTRO_AJENO));
        assertThatThrownBy(() -> Particular.of(null, "X", List.of(), "22000")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void zonaDomicilio_postalCodeOfNoState_throwsCalendarException() {
        Particular p = Particular.of(Rfc.parse("GODE561231GR8"), "X", List.of(), "00100");
        assertThatThrownBy(() -> p.zonaDomicilio(PostalCodeZones.reference())).isInstanceOf(CalendarException.class);
    }

    @Test
    void zonaDomicilio_unlistedCodeBetweenZonesWithDifferentOffsets_refusedNotPicked() {
        // 26329 (Coahuila) lies between Acuña (border, seasonal time) and Múzquiz (fixed UTC-6).
        Particular p = Particular.of(Rfc.parse("GODE561231GR8"), "X", List.of(), "26329");
        assertThatThrownBy(() -> p.zonaDomicilio(PostalCodeZones.reference())).isInstanceOf(CalendarException.class)
                .hasMessageContaining("indique el municipio")
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CP_ZONA_AMBIGUA");
    }
}
