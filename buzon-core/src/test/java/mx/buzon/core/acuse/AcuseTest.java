package mx.buzon.core.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.buzon.core.cadena.CadenaOriginal;
import mx.buzon.core.id.Curp;
import mx.buzon.core.id.Folio;
import mx.buzon.core.id.IdentifierErrorCode;
import mx.buzon.core.id.InvalidIdentifierException;
import mx.buzon.core.id.NumeroCertificado;
import mx.buzon.core.id.RegistroPatronal;
import mx.buzon.core.id.Rfc;
import mx.buzon.core.particular.DatosParticular;
import mx.buzon.core.particular.ParticularErrorCode;
import mx.buzon.problem.BuzonException;
import org.junit.jupiter.api.Test;

class AcuseTest {

    static final Folio FOLIO_SEED = Folio.parse("BI-20250203-100717151");
    /** 2025-02-03 10:07:17 Zona Centro, the registration of the seed's example folio. */
    static final Instant REGISTRO_2025_02_03_1007 = Instant.parse("2025-02-03T16:07:17Z");
    static final ZoneId TIJUANA = ZoneId.of("America/Tijuana");
    static final DatosParticular ERIKA = DatosParticular.of(Rfc.parse("GODE561231GR8"), "  ERIKA   GÓMEZ DÍAZ ");
    static final String SELLO = java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xA4, 0x1D, (byte) 0xB3, 0x7E, 0x00, 0x2F, (byte) 0xFE, 0x10, 0x55});

    static Acuse registro() {
        Map<String, String> campos = new LinkedHashMap<>();
        campos.put(CampoAcuse.ESTATUS, "En proceso");
        campos.put(CampoAcuse.MEDIO_CONTACTO, "erika@example.com");
        campos.put(CampoAcuse.MECANISMO, "CORREO_ELECTRONICO");
        campos.put(CampoAcuse.AMBITO, "RFC");
        return Acuse.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, ERIKA,
                campos);
    }

    @Test
    void of_registroMedios_buildsCadenaInSchemaOrderWithBothZones() {
        Acuse a = registro();
        assertThat(a.cadenaOriginal().toString()).isEqualTo("||Acto:REGISTRO_MEDIOS_CONTACTO"
                + "|Folio:BI-20250203-100717151|FechaHora:2025-02-03T10:07:17-06:00"
                + "|FechaHoraDomicilio:2025-02-03T08:07:17-08:00|RFC:GODE561231GR8|Nombre:ERIKA GÓMEZ DÍAZ"
                + "|Mecanismo:CORREO_ELECTRONICO|MedioContacto:erika@example.com|Ambito:RFC|Estatus:En proceso||");
        assertThat(a.campos().keySet()).containsExactly("Mecanismo", "MedioContacto", "Ambito", "Estatus");
        assertThat(a.fechaHoraCentro().toLocalTime()).hasToString("10:07:17");
        assertThat(a.fechaHoraDomicilio().toLocalTime()).hasToString("08:07:17");
        assertThat(a.particular().nombre()).isEqualTo("ERIKA GÓMEZ DÍAZ");
        assertThat(a.firmaParticular()).isEmpty();
        assertThat(a.selloDigital()).isEmpty();
        assertThat(CadenaOriginal.parse(a.cadenaOriginal().toString(), a.tipo().schema()))
                .isEqualTo(a.cadenaOriginal());
    }

    @Test
    void of_optionalParticularData_entersCadenaAfterNombre() {
        DatosParticular d = new DatosParticular(Rfc.parse("GODE561231GR8"), "ERIKA", Optional.of(
                Curp.parse("HEGG560427MVZRRL04")), Optional.of(RegistroPatronal.parse("A6815930107")));
        Acuse a = Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, d,
                Map.of(CampoAcuse.FOLIO_PROMOCION, "BI-20250201-000000001", CampoAcuse.FECHA_RESPUESTA, "2025-02-20"));
        assertThat(a.cadenaOriginal().keys()).containsExactly("Acto", "Folio", "FechaHora", "FechaHoraDomicilio",
                "RFC", "Nombre", "CURP", "RegistroPatronal", "FolioPromocion", "FechaRespuesta");
    }

    @Test
    void of_unknownKey_throwsNamingKey() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007,
                TIJUANA, ERIKA, Map.of(CampoAcuse.FOLIO_PROMOCION, "x", CampoAcuse.FECHA_RESPUESTA, "y",
                        CampoAcuse.RFC, "GODE561231GR8")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"RFC\"");
    }

    @Test
    void of_missingRequiredKey_throwsIllegalArgument() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007,
                TIJUANA, ERIKA, Map.of(CampoAcuse.FOLIO_PROMOCION, "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("FechaRespuesta");
    }

    @Test
    void of_blankValue_throwsIllegalArgument() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007,
                TIJUANA, ERIKA, Map.of(CampoAcuse.FOLIO_PROMOCION, " \t", CampoAcuse.FECHA_RESPUESTA, "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }

    @Test
    void of_folioWithOtherPrefix_throwsIllegalArgument() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.REGISTRO_MEDIOS_CONTACTO,
                Folio.parse("SAT-20250203-000000001"), REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix BI");
    }

    @Test
    void withFirma_typeNotSignedByParticular_throws() {
        assertThatThrownBy(() -> registro().withFirma(SELLO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not sign");
    }

    @Test
    void withSello_notBase64_throws() {
        for (String bad : new String[] {"", "abc", "ab c=", "YQ", "YQ==\n", "Y@==", "YR=="}) {
            assertThatThrownBy(() -> registro().withSello(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void withSello_keepsCadenaAndChangesEquality() {
        Acuse a = registro();
        Acuse sealed = a.withSello(SELLO);
        assertThat(sealed.selloDigital()).contains(SELLO);
        assertThat(sealed.cadenaOriginal()).isEqualTo(a.cadenaOriginal());
        assertThat(sealed).isNotEqualTo(a);
        assertThat(registro()).isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void withFirma_signedType_keepsFirma() {
        Acuse a = Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA,
                ERIKA, Map.of(CampoAcuse.NO_CERTIFICADO, "30001000000500003416")).withFirma("YWJj").withSello(SELLO);
        assertThat(a.firmaParticular()).contains("YWJj");
        assertThat(a.toString()).contains("firmado=true").contains("sellado=true").doesNotContain("YWJj");
    }

    @Test
    void noCertificado_typedFromTheField_sameTextInTheCadena() {
        Acuse a = Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA,
                ERIKA, Map.of(CampoAcuse.NO_CERTIFICADO, "30001000000500003416"));
        assertThat(a.noCertificado()).contains(NumeroCertificado.parse("30001000000500003416"));
        assertThat(a.cadenaOriginal().toString()).contains("|NoCertificado:30001000000500003416|");
        assertThat(registro().noCertificado()).isEmpty();
    }

    @Test
    void of_noCertificadoNotANumero_codedErrorNotWrittenIntoTheCadena() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA, FOLIO_SEED,
                REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, Map.of(CampoAcuse.NO_CERTIFICADO, "3000100000050000341")))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(IdentifierErrorCode.NUMERO_CERTIFICADO_FORMATO));
        // Another spelling of the same serial would make two cadenas for one acuse: only toString()'s is taken.
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.AUTORIZACION_OPINION_PUBLICA, FOLIO_SEED,
                REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, Map.of(CampoAcuse.NO_CERTIFICADO,
                        NumeroCertificado.parse("30001000000500003416").hex())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("30001000000500003416");
    }

    @Test
    void datosParticular_genericRfc_refused() {
        assertThatThrownBy(() -> DatosParticular.of(Rfc.PUBLICO_EN_GENERAL, "X"))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_RFC_GENERICO));
        assertThatThrownBy(() -> DatosParticular.of(Rfc.parse("GODE561231GR8"), " \n "))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_NOMBRE_VACIO));
        assertThatThrownBy(() -> DatosParticular.of(Rfc.parse("GODE561231GR8"), "A".repeat(255)))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_NOMBRE_LARGO));
        assertThatThrownBy(() -> DatosParticular.of(Rfc.parse("GODE561231GR8"), "ERIKA \uD800"))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_NOMBRE_CARACTER_INVALIDO));
        assertThatThrownBy(() -> new DatosParticular(Rfc.parse("SAT970701NN3"), "SAT",
                Optional.of(Curp.parse("HEGG560427MVZRRL04")), Optional.empty()))
                .isInstanceOfSatisfying(BuzonException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(ParticularErrorCode.PARTICULAR_CURP_PERSONA_MORAL))
                .hasMessageContaining("persona moral");
    }

    @Test
    void of_nullArguments_throwNpeNamingThem() {
        Map<String, String> campos = Map.of(CampoAcuse.FOLIO_PROMOCION, "x", CampoAcuse.FECHA_RESPUESTA, "y");
        AcuseTipo t = AcuseTipo.PRORROGA_PROMOCION;
        assertThatThrownBy(() -> Acuse.of(null, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, campos))
                .isInstanceOf(NullPointerException.class).hasMessage("tipo");
        assertThatThrownBy(() -> Acuse.of(t, null, REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, campos))
                .isInstanceOf(NullPointerException.class).hasMessage("folio");
        assertThatThrownBy(() -> Acuse.of(t, FOLIO_SEED, null, TIJUANA, ERIKA, campos))
                .isInstanceOf(NullPointerException.class).hasMessage("emitidoEn");
        assertThatThrownBy(() -> Acuse.of(t, FOLIO_SEED, REGISTRO_2025_02_03_1007, null, ERIKA, campos))
                .isInstanceOf(NullPointerException.class).hasMessage("zonaDomicilio");
        assertThatThrownBy(() -> Acuse.of(t, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, null, campos))
                .isInstanceOf(NullPointerException.class).hasMessage("particular");
        assertThatThrownBy(() -> Acuse.of(t, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, ERIKA, null))
                .isInstanceOf(NullPointerException.class).hasMessage("campos");
        assertThatThrownBy(() -> registro().withSello(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void of_valueWithLoneSurrogateOrSeparators_handledByCadenaRules() {
        assertThatThrownBy(() -> Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007,
                TIJUANA, ERIKA, Map.of(CampoAcuse.FOLIO_PROMOCION, "a\uD800b", CampoAcuse.FECHA_RESPUESTA, "y")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        Acuse a = Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, REGISTRO_2025_02_03_1007, TIJUANA, ERIKA,
                Map.of(CampoAcuse.FOLIO_PROMOCION, "a|b\\c", CampoAcuse.FECHA_RESPUESTA, " 2025-02-20 "));
        assertThat(a.campo(CampoAcuse.FOLIO_PROMOCION)).contains("a|b\\c");
        assertThat(a.campo(CampoAcuse.FECHA_RESPUESTA)).contains("2025-02-20");
        assertThat(a.cadenaOriginal().toString()).contains("FolioPromocion:a\\|b\\\\c|");
    }

    @Test
    void emitidoEn_withNanos_keptExactlyInCadena() {
        Acuse a = Acuse.of(AcuseTipo.PRORROGA_PROMOCION, FOLIO_SEED, Instant.parse("2025-02-03T16:07:17.000000001Z"),
                TIJUANA, ERIKA, Map.of(CampoAcuse.FOLIO_PROMOCION, "x", CampoAcuse.FECHA_RESPUESTA, "y"));
        assertThat(a.cadenaOriginal().value(CampoAcuse.FECHA_HORA)).contains("2025-02-03T10:07:17.000000001-06:00");
    }

    @Test
    void generators_sameSeed_sameValues() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(AcuseGenerators.acuse(new java.util.SplittableRandom(seed)))
                    .as("seed %s", seed).isEqualTo(AcuseGenerators.acuse(new java.util.SplittableRandom(seed)));
        }
    }
}
