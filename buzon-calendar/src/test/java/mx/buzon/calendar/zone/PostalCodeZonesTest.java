package mx.buzon.calendar.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Postal code → zone against every row of cp-huso.csv, and the documented rule for unlisted codes. */
class PostalCodeZonesTest {

    private static final PostalCodeZones ZONES = PostalCodeZones.reference();
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void readCsv() {
        rows = TestData.cpHuso();
    }

    @Test
    void lookup_everyPostalCodeOfTheCsv_mapsExactlyToItsZone() {
        assertThat(rows).hasSize(32_009);
        for (Map<String, String> row : rows) {
            DomicileZone zone = ZONES.lookup(row.get("cp"));
            String expectedZona = row.get("zona_ley_husos").replace("(frontera)", "");
            assertThat(zone.zoneId()).as(row.get("cp")).isEqualTo(ZoneId.of(row.get("iana_tz")));
            assertThat(zone.zona()).as(row.get("cp")).isEqualTo(Zona.fromSpanish(expectedZona));
            assertThat(zone.frontera()).as(row.get("cp")).isEqualTo(!row.get("utc_verano").isEmpty());
            assertThat(zone.regla()).isEqualTo(LookupRule.EXACT);
            assertThat(zone.matchedPostalCode()).contains(row.get("cp"));
            assertThat(zone.estado()).isEqualTo(row.get("estado_sat"));
            assertThat(zone.zona().standardOffset().getTotalSeconds())
                    .isEqualTo(Integer.parseInt(row.get("utc_estandar")) * 3600);
        }
    }

    @Test
    void lookup_everyUnlistedCodeOfAKnownState_nearestListedCodeOfTheSameStateLowerOnTie() {
        Map<String, String> zoneOf = new HashMap<>();
        Map<String, TreeMap<Integer, String>> byState = new HashMap<>();
        Map<Integer, String> stateOfPrefix = new HashMap<>();
        for (Map<String, String> row : rows) {
            int cp = Integer.parseInt(row.get("cp"));
            zoneOf.put(row.get("cp"), row.get("iana_tz"));
            byState.computeIfAbsent(row.get("estado_sat"), s -> new TreeMap<>()).put(cp, row.get("iana_tz"));
            stateOfPrefix.put(cp / 1000, row.get("estado_sat"));
        }
        int checked = 0;
        for (int cp = 0; cp < 100_000; cp++) {
            String code = String.format(java.util.Locale.ROOT, "%05d", cp);
            String state = stateOfPrefix.get(cp / 1000);
            if (state == null || zoneOf.containsKey(code)) {
                continue;
            }
            TreeMap<Integer, String> known = byState.get(state);
            Integer below = known.lowerKey(cp);
            Integer above = known.higherKey(cp);
            int nearest = below == null ? above : above == null ? below : cp - below <= above - cp ? below : above;
            DomicileZone zone = ZONES.lookup(code);
            assertThat(zone.regla()).as(code).isEqualTo(LookupRule.NEAREST_IN_STATE);
            assertThat(zone.matchedPostalCode()).as(code)
                    .contains(String.format(java.util.Locale.ROOT, "%05d", nearest));
            assertThat(zone.zoneId().getId()).as(code).isEqualTo(known.get(nearest));
            checked++;
        }
        assertThat(checked).isGreaterThan(60_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000", "00999", "17000", "18500", "19999"})
    void lookup_prefixOfNoState_unknownStateError(String cp) {
        assertThatThrownBy(() -> ZONES.lookup(cp)).isInstanceOf(CalendarException.class)
                .hasMessageContaining(cp)
                .extracting(e -> ((CalendarException) e).errorCode()).isEqualTo(CalendarErrorCode.CP_ESTADO_DESCONOCIDO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "123456", "0660O", "22 00", "٠٦٦٠٠"})
    void lookup_notFiveAsciiDigits_formatError(String cp) {
        assertThatThrownBy(() -> ZONES.lookup(cp)).isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).errorCode()).isEqualTo(CalendarErrorCode.CP_FORMATO_INVALIDO);
    }

    @Test
    void lookup_surroundingSpaces_trimmed() {
        assertThat(ZONES.lookup(" 22000 ").query()).isEqualTo("22000");
    }

    @ParameterizedTest(name = "{0} ({5}) -> {1} {2} frontera={3}")
    @CsvSource({
        "06600, America/Mexico_City, CENTRO, false, CMX, Ciudad de México",
        "22000, America/Tijuana, NOROESTE, true, BCN, Tijuana",
        "77500, America/Cancun, SURESTE, false, ROO, Cancún",
        "87300, America/Matamoros, CENTRO, true, TAM, Matamoros",
        "32000, America/Ciudad_Juarez, PACIFICO, true, CHH, Ciudad Juárez",
        "31000, America/Chihuahua, CENTRO, false, CHH, Chihuahua",
        "83000, America/Hermosillo, PACIFICO, false, SON, Hermosillo",
        "63732, America/Bahia_Banderas, CENTRO, false, NAY, Bahía de Banderas",
    })
    void lookup_knownCities_zoneAndBorderFlag(String cp, String iana, Zona zona, boolean frontera, String estado,
            String city) {
        DomicileZone zone = ZONES.lookup(cp);
        assertThat(zone.zoneId().getId()).isEqualTo(iana);
        assertThat(zone.zona()).isEqualTo(zona);
        assertThat(zone.frontera()).isEqualTo(frontera);
        assertThat(zone.estado()).isEqualTo(estado);
        assertThat(zone.explicacion()).contains(cp, zona.spanish(), iana);
    }

    @Test
    void lookup_everyMunicipalityOfTheCsv_mapsToItsZone() {
        Map<String, String> byMunicipality = new TreeMap<>();
        rows.forEach(row -> byMunicipality.put(row.get("estado_sat") + "/" + row.get("c_municipio_inegi"),
                row.get("iana_tz")));
        assertThat(byMunicipality).hasSizeGreaterThan(2_400);
        byMunicipality.forEach((key, iana) -> {
            String[] parts = key.split("/");
            DomicileZone zone = ZONES.lookup(parts[0], parts[1]);
            assertThat(zone.zoneId().getId()).as(key).isEqualTo(iana);
            assertThat(zone.regla()).isIn(LookupRule.MUNICIPALITY, LookupRule.STATE);
        });
    }

    @Test
    void lookup_juarezMunicipality_ownZoneByMunicipalityRule() {
        DomicileZone juarez = ZONES.lookup("chh", "037");
        assertThat(juarez.zoneId()).isEqualTo(ZoneId.of("America/Ciudad_Juarez"));
        assertThat(juarez.regla()).isEqualTo(LookupRule.MUNICIPALITY);
        assertThat(ZONES.lookup("CHH", "019").regla()).isEqualTo(LookupRule.STATE);
        assertThat(ZONES.lookupState("ROO").zoneId()).isEqualTo(ZoneId.of("America/Cancun"));
    }

    @Test
    void lookup_unknownStateOrBadMunicipality_typedErrors() {
        assertThatThrownBy(() -> ZONES.lookupState("XYZ")).isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("ESTADO_DESCONOCIDO");
        assertThatThrownBy(() -> ZONES.lookup("CHH", "37")).isInstanceOf(CalendarException.class)
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("MUNICIPIO_FORMATO_INVALIDO");
    }

    @Test
    void lookup_unlistedCode_explanationSaysNearestRuleAndCodeUsed() {
        DomicileZone zone = ZONES.lookup("22001");
        assertThat(ZONES.isListed("22001")).isFalse();
        assertThat(zone.regla()).isEqualTo(LookupRule.NEAREST_IN_STATE);
        assertThat(zone.regla().code()).isEqualTo("CERCANO_EN_ESTADO");
        assertThat(zone.matchedPostalCode()).isEqualTo(Optional.of("22000"));
        assertThat(zone.explicacion()).contains("más cercano", "22000");
    }

    @Test
    void stateCodes_32StatesInPostalOrder() {
        assertThat(ZONES.stateCodes()).hasSize(32).startsWith("CMX", "AGU", "BCN").endsWith("ZAC");
    }

    @Test
    void resources_compactTableUnder100KB() throws IOException {
        long total = 0;
        for (String name : List.of("cp-zonas.tsv", "cp-conocidos.bin")) {
            try (InputStream in = mx.buzon.calendar.internal.Resources.class.getResourceAsStream(name)) {
                total += in.readAllBytes().length;
            }
        }
        assertThat(total).isLessThan(100_000);
    }

    @Test
    void zona_fromSpanish_acceptsAccentAndCase() {
        assertThat(Zona.fromSpanish("Pacífico")).isEqualTo(Zona.PACIFICO);
        assertThat(Zona.fromSpanish("noroeste")).isEqualTo(Zona.NOROESTE);
        assertThat(new ArrayList<>(List.of(Zona.values()))).hasSize(4);
        assertThatThrownBy(() -> Zona.fromSpanish("Atlántico")).isInstanceOf(IllegalArgumentException.class);
    }
}
