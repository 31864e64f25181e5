package mx.buzon.core.acuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import mx.buzon.core.cadena.CadenaField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every acuse of docs/LEGAL.md §6, with the texts the IMSS guides give (sentences quoted from the Guía 32-D and the Guía de Activación). */
class AcuseTipoTest {

    @Test
    void values_coverEveryAcuseOfRules6() {
        assertThat(AcuseTipo.values()).extracting(Enum::name).containsExactly("REGISTRO_MEDIOS_CONTACTO",
                "VALIDACION_MEDIOS_CONTACTO", "ACTIVACION_BUZON", "AUTORIZACION_OPINION_PUBLICA",
                "CANCELACION_OPINION_PUBLICA", "AUTORIZACION_TERCERO", "CANCELACION_TERCERO", "RECEPCION_PROMOCION",
                "PRORROGA_PROMOCION", "CANALIZACION_PROMOCION", "RESPUESTA_PROMOCION", "NOTIFICACION_ABIERTA",
                "NOTIFICACION_TENIDA_POR_NOTIFICADA");
    }

    @Test
    void titles_fromSeeds_areVerbatim() {
        // Guía de Activación
        assertThat(AcuseTipo.REGISTRO_MEDIOS_CONTACTO.titulo())
                .isEqualTo("Acuse de registro o actualización de mecanismos de comunicación");
        assertThat(AcuseTipo.VALIDACION_MEDIOS_CONTACTO.titulo())
                .isEqualTo("Acuse de validación de mecanismos de comunicación");
        assertThat(AcuseTipo.ACTIVACION_BUZON.titulo())
                .isEqualTo("Acuse de la solicitud y manifestación de conformidad para el uso del Buzón IMSS");
        // Guía 32-D
        assertThat(AcuseTipo.AUTORIZACION_OPINION_PUBLICA.titulo()).isEqualTo("Acuse de autorización para hacer "
                + "pública la opinión del cumplimiento de obligaciones fiscales en materia de seguridad social");
        assertThat(AcuseTipo.CANCELACION_OPINION_PUBLICA.titulo()).isEqualTo("Acuse de cancelación de la "
                + "autorización para hacer pública la opinión del cumplimiento de obligaciones fiscales en materia "
                + "de seguridad social");
    }

    @Test
    void legalTexts_fromSeeds_containTheSeedsSentences() {
        assertThat(AcuseTipo.REGISTRO_MEDIOS_CONTACTO.textoLegal()).contains("se hace constar que se ha registrado o "
                + "actualizado el mecanismo de comunicación por el particular, conforme a la siguiente información:");
        assertThat(AcuseTipo.VALIDACION_MEDIOS_CONTACTO.textoLegal()).contains("se hace constar que se ha validado "
                + "el registro o actualización de mecanismo de comunicación de acuerdo a la siguiente información:");
        // The activation text is what the particular signs: the solicitud and the Carta, each under its heading.
        assertThat(AcuseTipo.ACTIVACION_BUZON.textoLegal()).startsWith("Solicitud y manifestación del solicitante\n\n"
                + "De conformidad con los artículos 40 y 286 M, de la Ley del Seguro Social, solicito al Instituto "
                + "Mexicano del Seguro Social y manifiesto mi conformidad")
                .contains("\n\nCarta de términos y condiciones para utilizar la firma electrónica avanzada en actos "
                        + "que se realicen ante el IMSS\n\nCon fundamento en las \"Reglas de carácter general")
                .contains("La falta de vigencia o revocación del certificado digital que ampara la FIEL o e.firma")
                .endsWith("y voluntariamente acepto los alcances legales de los mismos, mediante la firma "
                        + "electrónica FIEL o e.firma.");
        assertThat(AcuseTipo.AUTORIZACION_OPINION_PUBLICA.textoLegal()).startsWith("Estimado Particular:\n\n");
        assertThat(AcuseTipo.CANCELACION_OPINION_PUBLICA.textoLegal()).startsWith("Estimado Particular:\n\n");
        assertThat(AcuseTipo.AUTORIZACION_OPINION_PUBLICA.textoLegal()).contains("La presente autorización se "
                + "otorga ante el Instituto Mexicano del Seguro Social (IMSS), a través del Buzón IMSS y se ratifica "
                + "mediante el uso de la Firma Electrónica Avanzada (e.firma) del Particular, para efectos de que el "
                + "IMSS haga pública su opinión");
        assertThat(AcuseTipo.CANCELACION_OPINION_PUBLICA.textoLegal()).contains("para efectos de que el IMSS deje de "
                + "hacer pública su opinión").contains("Regla Séptima, cuarto párrafo, numeral V");
        assertThat(AcuseTipo.LEYENDA_NO_PREJUZGA).startsWith("El presente acuse de recibo no prejuzga");
    }

    @Test
    void provenance_flagsExactlyTheSeedTypes() {
        assertThat(List.of(AcuseTipo.values())).filteredOn(AcuseTipo::textoLegalDeSemillas).containsExactly(
                AcuseTipo.REGISTRO_MEDIOS_CONTACTO, AcuseTipo.VALIDACION_MEDIOS_CONTACTO, AcuseTipo.ACTIVACION_BUZON,
                AcuseTipo.AUTORIZACION_OPINION_PUBLICA, AcuseTipo.CANCELACION_OPINION_PUBLICA);
    }

    @Test
    void signers_particularSignsActuacionesOnly() {
        assertThat(List.of(AcuseTipo.values())).filteredOn(AcuseTipo::firmaParticular).containsExactly(
                AcuseTipo.ACTIVACION_BUZON, AcuseTipo.AUTORIZACION_OPINION_PUBLICA,
                AcuseTipo.CANCELACION_OPINION_PUBLICA, AcuseTipo.AUTORIZACION_TERCERO, AcuseTipo.CANCELACION_TERCERO,
                AcuseTipo.RECEPCION_PROMOCION, AcuseTipo.NOTIFICACION_ABIERTA);
    }

    @ParameterizedTest
    @EnumSource(AcuseTipo.class)
    void schema_startsWithCommonKeysThenSpecificOnes(AcuseTipo tipo) {
        List<CadenaField> expected = new java.util.ArrayList<>(AcuseTipo.camposComunes());
        expected.addAll(tipo.camposEspecificos());
        assertThat(tipo.schema().fields()).isEqualTo(expected);
        assertThat(tipo.schema().name()).isEqualTo(tipo.name());
        Set<String> common = new HashSet<>();
        AcuseTipo.camposComunes().forEach(f -> common.add(f.key()));
        assertThat(tipo.camposEspecificos()).isNotEmpty().noneMatch(f -> common.contains(f.key()));
        assertThat(tipo.prefijoFolio()).isEqualTo("BI");
        assertThat(tipo.titulo()).startsWith("Acuse de");
        assertThat(tipo.textoLegal()).isNotBlank().doesNotContain("  ");
        assertThat(AcuseTipo.fromCodigo(tipo.name())).contains(tipo);
        // A signed acuse names the certificate that signed it.
        assertThat(tipo.camposEspecificos().stream().anyMatch(f -> f.key().equals(CampoAcuse.NO_CERTIFICADO)
                && f.required())).isEqualTo(tipo.firmaParticular());
    }

    @Test
    void fromCodigo_unknown_empty() {
        assertThat(AcuseTipo.fromCodigo("activacion_buzon")).isEmpty();
        assertThat(AcuseTipo.fromCodigo("")).isEmpty();
    }
}
