package mx.buzon.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every catalogue text is checked against the seed it cites (copied under src/test/resources, see README). */
class CatalogTest {

    static String lineamientos;
    static String promociones;

    static final LocalDate DAY_BEFORE_VIGOR_2024_08_05 = LocalDate.of(2024, 8, 5);
    static final LocalDate VIGOR_2024_08_06 = LocalDate.of(2024, 8, 6);

    @BeforeAll
    static void loadSeeds() throws IOException {
        lineamientos = normalised("seed-002-lineamientos.txt");
        promociones = normalised("seed-003-promociones.txt");
    }

    /** Seed text without markdown emphasis and with whitespace runs as one space. */
    static String normalised(String resource) throws IOException {
        try (InputStream in = CatalogTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replace("**", "").replaceAll("\\s+", " ");
        }
    }

    @Test
    void tramites_everyNumberFrom1To10_8_exactlyOnceInOrder() {
        List<String> expected = new ArrayList<>(List.of("1", "2", "3", "4", "4.1", "4.2", "4.3", "5", "6", "7"));
        for (int i = 1; i <= 18; i++) {
            expected.add("7." + i);
        }
        expected.add("8");
        expected.add("9");
        for (int i = 1; i <= 10; i++) {
            expected.add("9." + i);
        }
        expected.add("10");
        for (int i = 1; i <= 8; i++) {
            expected.add("10." + i);
        }
        assertThat(Arrays.stream(Tramite.values()).map(Tramite::numero)).containsExactlyElementsOf(expected);
    }

    @Test
    void tramites_textOccursInSeedAfterItsNumber() {
        for (Tramite t : Tramite.values()) {
            String separator = t.numero().contains(".") ? " " : ". ";
            assertThat(lineamientos).as(t.name()).contains(t.numero() + separator + t.texto());
        }
    }

    @Test
    void actos_are7_1To7_18WithTheTextOfTheRelacion() {
        ActoNotificable[] actos = ActoNotificable.values();
        assertThat(actos).hasSize(18);
        for (int i = 0; i < actos.length; i++) {
            ActoNotificable acto = actos[i];
            assertThat(acto.numero()).isEqualTo("7." + (i + 1));
            assertThat(lineamientos).as(acto.name()).contains(acto.numero() + " " + acto.texto());
            assertThat(acto.tramite().texto()).isEqualTo(acto.texto());
            assertThat(acto.tramite().acto()).contains(acto);
            assertThat(acto.tramite().grupo()).contains(Tramite.NOTIFICACIONES);
        }
    }

    @Test
    void asuntos_areExactlyTheSeedsList() {
        List<String> textos = Arrays.stream(AsuntoPromocion.values()).map(AsuntoPromocion::texto).toList();
        String sentence = "por ejemplo " + String.join(", ", textos.subList(0, textos.size() - 1))
                + " o " + textos.get(textos.size() - 1) + ".";
        assertThat(promociones).contains(sentence);
        for (AsuntoPromocion a : AsuntoPromocion.values()) {
            assertThat(AsuntoPromocion.fromTexto(a.texto())).contains(a);
        }
        assertThat(AsuntoPromocion.fromTexto("icsoe")).isEmpty();
    }

    @Test
    void tipos_appearInTheGuideAndAclaracionRequiresPhoneAndEvidence() {
        for (TipoPromocion t : TipoPromocion.values()) {
            assertThat(promociones).contains(t.texto());
        }
        assertThat(promociones).contains("Si el servicio es una Aclaración, deberás completar el campo de teléfono a 10 dígitos");
        assertThat(promociones).contains("Si el servicio corresponde a una Aclaración deberás adjuntar un archivo en formato zip menor a 10 MB");
        assertThat(TipoPromocion.ACLARACION.requiereTelefono()).isTrue();
        assertThat(TipoPromocion.ACLARACION.requiereEvidencia()).isTrue();
        assertThat(TipoPromocion.ORIENTACION.requiereTelefono()).isFalse();
        assertThat(TipoPromocion.ORIENTACION.requiereEvidencia()).isFalse();
    }

    @Test
    void disponibilidad_deferredItemsAreExactlyThoseOfTransitorioSegundo() {
        String transitorio = "Los trámites y servicios a que se refieren los numerales 4.2, 4.3, 7.5 a 7.18, 8, "
                + "9.5 a 9.10, y 10.1 a 10.8, de la relación de trámites y servicios adjunta";
        assertThat(lineamientos).contains("Segundo. " + transitorio);
        Set<String> listed = new java.util.HashSet<>(Set.of("4.2", "4.3", "8"));
        for (int i = 5; i <= 18; i++) {
            listed.add("7." + i);
        }
        for (int i = 5; i <= 10; i++) {
            listed.add("9." + i);
        }
        for (int i = 1; i <= 8; i++) {
            listed.add("10." + i);
        }
        Set<String> deferredItems = Arrays.stream(Tramite.values())
                .filter(t -> t.disponibilidad() == Disponibilidad.AL_ANUNCIARSE)
                .map(Tramite::numero).filter(n -> !n.equals("10")).collect(Collectors.toSet());
        assertThat(deferredItems).isEqualTo(listed);
    }

    @Test
    void disponibilidad_headingFollowsItsItems() {
        for (Tramite heading : Tramite.values()) {
            List<Tramite> items = heading.items();
            if (!items.isEmpty()) {
                boolean anyAvailable = items.stream().anyMatch(t -> t.disponibilidad() == Disponibilidad.DESDE_ENTRADA_EN_VIGOR);
                assertThat(heading.disponibilidad()).as(heading.numero())
                        .isEqualTo(anyAvailable ? Disponibilidad.DESDE_ENTRADA_EN_VIGOR : Disponibilidad.AL_ANUNCIARSE);
            }
        }
        assertThat(Tramite.CLASIFICACION_Y_VIGENCIA_DE_DERECHOS.disponibilidad()).isEqualTo(Disponibilidad.AL_ANUNCIARSE);
    }

    @Test
    void disponibleEl_followsVigorAndAnnouncements() {
        assertThat(Tramite.MEDIOS_DE_CONTACTO.disponibleEl(DAY_BEFORE_VIGOR_2024_08_05, AnunciosImss.NINGUNO)).isFalse();
        assertThat(Tramite.MEDIOS_DE_CONTACTO.disponibleEl(VIGOR_2024_08_06, AnunciosImss.NINGUNO)).isTrue();
        assertThat(Tramite.CONVENIO_PAGO_A_PLAZOS.disponibleEl(LocalDate.of(2026, 11, 22), AnunciosImss.NINGUNO)).isFalse();
        AnunciosImss anuncios = AnunciosImss.of(Map.of(Tramite.CONVENIO_PAGO_A_PLAZOS, LocalDate.of(2025, 3, 1)));
        assertThat(Tramite.CONVENIO_PAGO_A_PLAZOS.disponibleEl(LocalDate.of(2025, 2, 28), anuncios)).isFalse();
        assertThat(Tramite.CONVENIO_PAGO_A_PLAZOS.disponibleEl(LocalDate.of(2025, 3, 1), anuncios)).isTrue();
        AnunciosImss early = AnunciosImss.of(Map.of(Tramite.FISCALIZACION_ELECTRONICA, LocalDate.of(2020, 1, 1)));
        assertThat(Tramite.FISCALIZACION_ELECTRONICA.disponibleEl(DAY_BEFORE_VIGOR_2024_08_05, early)).isFalse();
    }

    @Test
    void nombreAndGrupo() {
        assertThat(Tramite.fromNumero("9.3")).contains(Tramite.AUTORIZACION_OPINION_PUBLICA_32D);
        assertThat(Tramite.AUTORIZACION_OPINION_PUBLICA_32D.nombre()).isEqualTo("32D Autorización de Opinión Pública");
        assertThat(Tramite.AUTORIZACION_OPINION_PUBLICA_32D.grupo()).contains(Tramite.COBRANZA);
        assertThat(Tramite.COBRANZA.nombre()).isEqualTo("Cobranza");
        assertThat(Tramite.COBRANZA.items()).hasSize(10);
        assertThat(Tramite.NORMATIVIDAD.nombre()).isEqualTo("Normatividad");
        assertThat(Tramite.CONVENIO_PAGO_A_PLAZOS.nombre()).isEqualTo("Convenio de pago a plazos");
        assertThat(Tramite.fromNumero("10.9")).isEmpty();
        assertThat(Tramite.MEDIOS_DE_CONTACTO.grupo()).isEmpty();
    }
}
