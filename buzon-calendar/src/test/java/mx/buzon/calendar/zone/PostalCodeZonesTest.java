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
            assertThat(zone.estadoNombre()).isEqualTo(row.get("estado"));
            assertThat(zone.zona().standardOffset().getTotalSeconds())
                    .isEqualTo(Integer.parseInt(row.get("utc_estandar")) * 3600);
        }
    }

    /**
     * Every unlisted code 00000–99999 of a known state against an oracle built here from cp-huso.csv: the nearest
     * listed codes below and above in the same state; when both exist and their zones give different offsets at
     * some hour of 2023–2032 (sampled hour by hour, not the library's transition walk), the code is ambiguous
     * with those two zones; otherwise it gets the nearest one (lower code on a tie).
     */
    @Test
    void lookup_everyUnlistedCodeOfAKnownState_oneZoneOnlyWhereBothNeighboursAgree() {
        Map<String, String> zoneOf = new HashMap<>();
        Map<String, TreeMap<Integer, String>> byState = new HashMap<>();
        Map<Integer, String> stateOfPrefix = new HashMap<>();
        for (Map<String, String> row : rows) {
            int cp = Integer.parseInt(row.get("cp"));
            zoneOf.put(row.get("cp"), row.get("iana_tz"));
            byState.computeIfAbsent(row.get("estado_sat"), s -> new TreeMap<>()).put(cp, row.get("iana_tz"));
            stateOfPrefix.put(cp / 1000, row.get("estado_sat"));
        }
        Map<String, List<Integer>> hourlyOffsets = new HashMap<>();
        for (String zone : new java.util.TreeSet<>(zoneOf.values())) {
            hourlyOffsets.put(zone, hourlyOffsets(ZoneId.of(zone)));
        }
        int placed = 0;
        int ambiguous = 0;
        Map<String, Integer> ambiguousByState = new TreeMap<>();
        for (int cp = 0; cp < 100_000; cp++) {
            String code = String.format(java.util.Locale.ROOT, "%05d", cp);
            String state = stateOfPrefix.get(cp / 1000);
            if (state == null || zoneOf.containsKey(code)) {
                continue;
            }
            TreeMap<Integer, String> known = byState.get(state);
            Integer below = known.lowerKey(cp);
            Integer above = known.higherKey(cp);
            if (below != null && above != null
                    && !hourlyOffsets.get(known.get(below)).equals(hourlyOffsets.get(known.get(above)))) {
                assertThatThrownBy(() -> ZONES.lookup(code)).as(code).isInstanceOf(CalendarException.class)
                        .extracting(e -> ((CalendarException) e).errorCode())
                        .isEqualTo(CalendarErrorCode.CP_ZONA_AMBIGUA);
                AmbiguousPostalCode why = ZONES.ambiguity(code).orElseThrow();
                assertThat(why.candidatas()).as(code)
                        .containsExactly(ZoneId.of(known.get(below)), ZoneId.of(known.get(above)));
                assertThat(why.cpInferior()).isEqualTo(String.format(java.util.Locale.ROOT, "%05d", below));
                assertThat(why.cpSuperior()).isEqualTo(String.format(java.util.Locale.ROOT, "%05d", above));
                assertThat(why.estado()).isEqualTo(state);
                ambiguous++;
                ambiguousByState.merge(state, 1, Integer::sum);
                continue;
            }
            int nearest = below == null ? above : above == null ? below : cp - below <= above - cp ? below : above;
            assertThat(ZONES.ambiguity(code)).as(code).isEmpty();
            DomicileZone zone = ZONES.lookup(code);
            assertThat(zone.regla()).as(code).isEqualTo(LookupRule.NEAREST_IN_STATE);
            assertThat(zone.matchedPostalCode()).as(code)
                    .contains(String.format(java.util.Locale.ROOT, "%05d", nearest));
            assertThat(zone.zoneId().getId()).as(code).isEqualTo(known.get(nearest));
            placed++;
        }
        assertThat(placed).isGreaterThan(60_000);
        // The class comment states the count; the law puts border zones in these five states only.
        assertThat(ambiguous).isEqualTo(125);
        assertThat(ambiguousByState).containsOnlyKeys("CHH", "COA", "NAY", "NLE", "TAM");
    }

    /** The UTC offset of {@code zone} at every whole hour of 2023–2032. */
    private static List<Integer> hourlyOffsets(ZoneId zone) {
        List<Integer> offsets = new ArrayList<>();
        for (java.time.Instant t = java.time.Instant.parse("2023-01-01T00:00:00Z");
                t.isBefore(java.time.Instant.parse("2033-01-01T00:00:00Z")); t = t.plusSeconds(3600)) {
            offsets.add(zone.getRules().getOffset(t).getTotalSeconds());
        }
        return offsets;
    }

    /** Real boundary codes: each neighbour named, the zones of the law in force, the message asks for it. */
    @ParameterizedTest(name = "{0} between {1} ({2}) and {3} ({4})")
    @CsvSource({
        "26329, 26328, America/Matamoros, 26340, America/Monterrey, COA",      // Acuña (border) / Múzquiz
        "25994, 25993, America/Monterrey, 26000, America/Matamoros, COA",      // General Cepeda / Piedras Negras
        "64998, 64997, America/Monterrey, 65000, America/Matamoros, NLE",      // Monterrey / Anáhuac (border)
        "87998, 87997, America/Monterrey, 88000, America/Matamoros, TAM",      // Ocampo / Nuevo Laredo (border)
        "88996, 88995, America/Matamoros, 89000, America/Monterrey, TAM",      // Río Bravo (border) / Tampico
        "31998, 31997, America/Chihuahua, 32000, America/Ciudad_Juarez, CHH",  // Matachí / Juárez (UTC-7 border)
        "63725, 63724, America/Mazatlan, 63726, America/Bahia_Banderas, NAY",  // Compostela / Bahía de Banderas
    })
    void lookup_realBoundaryCodes_ambiguousWithBothCandidatesAndAskForTheMunicipality(String cp, String below,
            String belowZone, String above, String aboveZone, String estado) {
        assertThat(ZONES.isListed(cp)).isFalse();
        AmbiguousPostalCode why = ZONES.ambiguity(cp).orElseThrow();
        assertThat(why).isEqualTo(new AmbiguousPostalCode(cp, List.of(ZoneId.of(belowZone), ZoneId.of(aboveZone)),
                below, above, estado, why.estadoNombre()));
        assertThat(why.regla()).isEqualTo(LookupRule.AMBIGUOUS);
        assertThat(why.regla().code()).isEqualTo("AMBIGUA");
        assertThat(why.explicacion()).contains(cp, below, above, belowZone, aboveZone, "indique el municipio");
        assertThatThrownBy(() -> ZONES.lookup(cp)).isInstanceOf(CalendarException.class)
                .hasMessage(why.explicacion())
                .extracting(e -> ((CalendarException) e).code()).isEqualTo("CP_ZONA_AMBIGUA");
    }

    @Test
    void lookup_ambiguousCodeWithItsMunicipality_answeredByMunicipality() {
        // 26329 lies between Acuña (002, border) and Múzquiz (020): the municipality settles it.
        assertThat(ZONES.ambiguity("26329")).isPresent();
        assertThat(ZONES.lookup("COA", "002").zoneId()).isEqualTo(ZoneId.of("America/Matamoros"));
        assertThat(ZONES.lookup("COA", "020").zoneId()).isEqualTo(ZoneId.of("America/Monterrey"));
    }

    @Test
    void lookup_unlistedCodeInsideABorderMunicipality_placedBecauseBothNeighboursAgree() {
        // 26311 lies between 26310 and 26315, both Acuña (border, America/Matamoros).
        assertThat(ZONES.ambiguity("26311")).isEmpty();
        DomicileZone zone = ZONES.lookup("26311");
        assertThat(zone.zoneId()).isEqualTo(ZoneId.of("America/Matamoros"));
        assertThat(zone.frontera()).isTrue();
        assertThat(zone.regla()).isEqualTo(LookupRule.NEAREST_IN_STATE);
        assertThat(zone.matchedPostalCode()).contains("26310");
        // 27998 is above the last listed code of Coahuila (27997, Parras): one neighbour, nothing to disagree.
        assertThat(ZONES.ambiguity("27998")).isEmpty();
        assertThat(ZONES.lookup("27998").matchedPostalCode()).contains("27997");
        assertThat(ZONES.ambiguity("26000")).as("listed").isEmpty();
    }

    @Test
    void sameOffsets_zonesOfTheLaw_sixGroupsComparedOverWholeYears() {
        List<List<String>> groups = List.of(
                List.of("America/Bahia_Banderas", "America/Chihuahua", "America/Merida", "America/Mexico_City",
                        "America/Monterrey"),
                List.of("America/Matamoros", "America/Ojinaga"),
                List.of("America/Ciudad_Juarez"),
                List.of("America/Hermosillo", "America/Mazatlan"),
                List.of("America/Cancun"),
                List.of("America/Tijuana"));
        for (List<String> group : groups) {
            for (List<String> other : groups) {
                for (String a : group) {
                    for (String b : other) {
                        assertThat(PostalCodeZones.sameOffsets(ZoneId.of(a), ZoneId.of(b))).as("%s ~ %s", a, b)
                                .isEqualTo(group == other);
                    }
                }
            }
        }
        // Agree on a winter instant, differ over the year: one instant is not enough.
        java.time.Instant january = java.time.Instant.parse("2026-01-15T12:00:00Z");
        assertThat(ZoneId.of("America/Matamoros").getRules().getOffset(january))
                .isEqualTo(ZoneId.of("America/Monterrey").getRules().getOffset(january));
        assertThat(PostalCodeZones.sameOffsets(ZoneId.of("America/Matamoros"), ZoneId.of("America/Monterrey")))
                .isFalse();
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
        assertThat(zone.explicacion()).contains("más cercano", "22000", "Baja California");
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
