package mx.buzon.acuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the neutral input model. */
class AcuseLayoutTest {

    @Test
    void build_fechaInAnotherZone_isConvertedToZonaCentroAndTruncatedToSeconds() {
        // Tijuana follows US daylight saving (since 8 March 2026): UTC-7, one hour behind Zona Centro.
        ZonedDateTime tijuana = ZonedDateTime.of(2026, 3, 13, 9, 7, 15, 987_000_000, ZoneId.of("America/Tijuana"));

        AcuseLayout layout = SampleAcuses.autorizacion().fecha(tijuana).build();

        assertThat(layout.fecha()).isEqualTo(SampleAcuses.FRIDAY_2026_03_13_1007);
        assertThat(layout.fecha().getZone()).isEqualTo(AcuseLayout.ZONA_CENTRO);
    }

    @Test
    void build_defaults_areTheSeedsInstitutionHeadingContactAndFileName() {
        AcuseLayout layout = SampleAcuses.autorizacion().build();

        assertThat(layout.institution()).containsExactly("GOBIERNO DE MÉXICO", "Instituto Mexicano del Seguro Social");
        assertThat(layout.particularHeading()).hasValue("Datos de identificación del Particular");
        assertThat(layout.contacto()).isEqualTo(AcuseLayout.DEFAULT_CONTACTO);
        assertThat(layout.jsonFileName()).isEqualTo("acuse.json");
    }

    @Test
    void json_isCopiedInAndOut() {
        byte[] json = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        AcuseLayout layout = SampleAcuses.autorizacion().json(json).build();

        json[0] = 'X';
        layout.json()[1] = 'X';

        assertThat(new String(layout.json(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @Test
    void equals_sameParts_isEqualWithEqualHashCode() {
        assertThat(SampleAcuses.autorizacion().build()).isEqualTo(SampleAcuses.autorizacion().build())
                .hasSameHashCodeAs(SampleAcuses.autorizacion().build())
                .isNotEqualTo(SampleAcuses.autorizacion().folio("BI-2").build());
    }

    @Test
    void build_missingRequiredPart_throwsNpeNamingIt() {
        assertThatThrownBy(() -> AcuseLayout.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> SampleAcuses.autorizacion().json(new byte[0]).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("json");
    }

    @Test
    void build_particularEmpty_throwsIae() {
        AcuseLayout.Builder builder = AcuseLayout.builder().title("t").tipo("T").fecha(SampleAcuses.FRIDAY_2026_03_13_1007)
                .folio("BI-1").selloDigital("QUJD").cadenaOriginal("||a||").verificationUrl("https://x.mx")
                .json(new byte[] {'{', '}'});

        assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("particular");
    }

    @Test
    void build_tipoNotUpperSnakeCase_throwsIaeQuotingIt() {
        for (String tipo : List.of("promocion", "Promocion", "PROMOCION-RECIBIDA", "1PROMOCION", "")) {
            assertThatThrownBy(() -> SampleAcuses.autorizacion().tipo(tipo).build()).as(tipo)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tipo");
        }
    }

    @Test
    void build_urlNotPlainAsciiHttps_throwsIae() {
        for (String url : List.of("http://buzon.imss.gob.mx/v", "https://buzón.imss.gob.mx/v",
                "https://x.mx/a b", "ftp://x", "https://x.mx/" + "a".repeat(500))) {
            assertThatThrownBy(() -> SampleAcuses.autorizacion().verificationUrl(url).build()).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verificationUrl");
        }
    }

    @Test
    void build_selloOrFirmaNotBase64_throwsIae() {
        assertThatThrownBy(() -> SampleAcuses.autorizacion().selloDigital("abc def").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selloDigital");
        assertThatThrownBy(() -> SampleAcuses.autorizacion().firmaParticular("abc\ndef").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("firmaParticular");
    }

    @Test
    void labeledValue_controlCharacter_throwsIaeWithCodePoint() {
        assertThatThrownBy(() -> LabeledValue.of("RFC", "GODE\u0007561231GR8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> LayoutBlock.heading("dos\nlíneas")).isInstanceOf(IllegalArgumentException.class);
        assertThat(LayoutBlock.paragraph("Estimado Particular:\nSe hace constar ...")).isNotNull();
    }

    @Test
    void build_cadenaWithControlCharacter_throwsIae() {
        assertThatThrownBy(() -> SampleAcuses.autorizacion().cadenaOriginal("||Folio:BI-1|\tRFC:X||").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0009");
    }

    @Test
    void build_folioLongerThan64_throwsIae() {
        assertThatThrownBy(() -> SampleAcuses.autorizacion().folio("BI-" + "1".repeat(62)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
        assertThat(SampleAcuses.autorizacion().folio("BI-" + "1".repeat(61)).build().folio()).hasSize(64);
    }

    @Test
    void render_institutionLineTooWideForTheHeader_throwsIae() {
        AcuseLayout layout = SampleAcuses.autorizacion().institution(List.of("INSTITUTO ".repeat(12))).build();

        assertThatThrownBy(() -> AcuseRenderer.standard().render(layout))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("institution");
    }

    @Test
    void fields_empty_throwsIae() {
        assertThatThrownBy(() -> LayoutBlock.fields()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void jsonFileName_notPlainJsonName_throwsIae() {
        assertThatThrownBy(() -> SampleAcuses.autorizacion().jsonFileName("datos.xml").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SampleAcuses.autorizacion().jsonFileName("acuse ñ.json").build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SampleAcuses.autorizacion().jsonFileName("acuse-BI-1.json").build().jsonFileName())
                .isEqualTo("acuse-BI-1.json");
    }
}
