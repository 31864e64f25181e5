package mx.buzon.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The formats of the contract: instants with offset and seconds, ISO dates, one object per print. */
class JsonOutputTest {

    private static final long SEED = 20261122L;
    private static final List<ZoneId> MEXICAN_ZONES = List.of("America/Mexico_City", "America/Cancun",
            "America/Tijuana", "America/Hermosillo", "America/Mazatlan", "America/Chihuahua", "America/Ciudad_Juarez",
            "America/Ojinaga", "America/Matamoros", "America/Monterrey", "America/Merida", "America/Bahia_Banderas",
            "UTC").stream().map(ZoneId::of).toList();
    private static final String WITH_OFFSET =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    @Test
    void instant_anyInstantAnyMexicanZone_hasSecondsAndOffset_parsesBackToTheSameInstant() {
        SplittableRandom random = new SplittableRandom(SEED);
        Conversions.InstantConverter converter = new Conversions.InstantConverter();
        long from = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(from, to), random.nextBoolean() ? 0
                    : random.nextInt(1_000_000_000));
            ZoneId zone = MEXICAN_ZONES.get(random.nextInt(MEXICAN_ZONES.size()));
            String text = JsonOutput.instant(instant, zone);
            assertThat(text).as("seed %s: %s in %s", SEED, instant, zone).matches(WITH_OFFSET);
            assertThat(OffsetDateTime.parse(text).toInstant()).as("seed %s", SEED).isEqualTo(instant);
            assertThat(converter.convert(text)).as("seed %s: the CLI reads what it writes", SEED).isEqualTo(instant);
        }
    }

    @Test
    void instant_wholeSeconds_printsSecondsEvenWhenZero() {
        assertThat(JsonOutput.instant(Instant.parse("2026-03-06T15:30:00Z"), ZoneId.of("America/Mexico_City")))
                .isEqualTo("2026-03-06T09:30:00-06:00");
        assertThat(JsonOutput.instant(Instant.parse("2026-03-06T15:30:00Z"))).isEqualTo("2026-03-06T15:30:00Z");
    }

    @Test
    void dates_everyDay2000To2099_isoAndReadBackByTheCli() {
        Conversions.DateConverter converter = new Conversions.DateConverter();
        for (LocalDate d = LocalDate.of(2000, 1, 1); d.getYear() < 2100; d = d.plusDays(1)) {
            String text = JsonOutput.date(d);
            assertThat(text).isEqualTo(d.toString());
            assertThat(converter.convert(text)).isEqualTo(d);
        }
    }

    @Test
    void dateConverter_nonExistingOrNonIso_rejectedInSpanish() {
        Conversions.DateConverter converter = new Conversions.DateConverter();
        assertThat(converter.convert("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        for (String bad : List.of("2026-02-29", "2026-13-01", "09/03/2026", "2026-3-9", "")) {
            assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("fecha ISO-8601");
        }
    }

    @Test
    void instantConverter_withoutOffset_rejected() {
        Conversions.InstantConverter converter = new Conversions.InstantConverter();
        for (String bad : List.of("2026-03-02T11:00", "2026-03-02", "2026-03-02 11:00:00-06:00", "ayer")) {
            assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("con desplazamiento");
        }
    }

    @Test
    void daysConverter_oneToMax_only() {
        Conversions.DaysConverter converter = new Conversions.DaysConverter();
        for (int days = 1; days <= Conversions.DaysConverter.MAX; days++) {
            assertThat(converter.convert(Integer.toString(days))).isEqualTo(days);
        }
        for (String bad : List.of("0", "-1", "1001", "1.5", "quince", "")) {
            assertThatThrownBy(() -> converter.convert(bad)).isInstanceOf(TypeConversionException.class);
        }
    }

    @Test
    void print_oneObject_lfLineBreaks_finalLineBreak() {
        StringWriter out = new StringWriter();
        JsonOutput.print(new PrintWriter(out), JsonOutput.error("CODIGO", "mensaje con ñ y \"comillas\""));
        assertThat(out.toString()).isEqualTo("{\n  \"error\": {\n    \"codigo\": \"CODIGO\",\n"
                + "    \"mensaje\": \"mensaje con ñ y \\\"comillas\\\"\"\n  }\n}\n");
    }
}
