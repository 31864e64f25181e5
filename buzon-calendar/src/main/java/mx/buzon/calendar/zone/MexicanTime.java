package mx.buzon.calendar.zone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.Set;
import java.util.function.Function;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;

/**
 * The Buzón's clock (Zona Centro, Lineamientos 5.7) and the check that the JVM's time-zone database knows the
 * 2022 Mexican rules.
 *
 * <p>The library needs tzdb 2022g or later: {@code America/Ciudad_Juarez} exists and {@code America/Mexico_City}
 * has no daylight saving time after October 2022. OpenJDK 17.0.15 ships 2025a. The check runs at the first use of
 * {@link PostalCodeZones} and of the Buzón rules; hosts can call {@link #requireCurrentTzdb()} at start-up.
 * Stateless and thread-safe.
 */
public final class MexicanTime {

    /** Zona Centro, {@code America/Mexico_City}: UTC−6 all year since 30-10-2022. */
    public static final ZoneId ZONA_CENTRO = ZoneId.of("America/Mexico_City");

    private static final String NEWEST_ZONE = "America/Ciudad_Juarez";
    private static final Instant SUMMER_2023 = Instant.parse("2023-07-01T12:00:00Z");

    private static volatile boolean checked;

    private MexicanTime() {
    }

    /**
     * Fails clearly if the JVM's time-zone database predates the 2022 Mexican rules (tzdb 2022g).
     *
     * @throws CalendarException with {@link CalendarErrorCode#ZONA_HORARIA_BASE_DESACTUALIZADA}
     */
    public static void requireCurrentTzdb() {
        if (!checked) {
            requireCurrentTzdb(ZoneId.getAvailableZoneIds(), id -> ZoneId.of(id).getRules().getOffset(SUMMER_2023),
                    tzdbVersion());
            checked = true;
        }
    }

    /**
     * The check itself, on given facts (package-private so that tests can feed an old database).
     *
     * @param zoneIds the available zone ids
     * @param summer2023Offset the offset of a zone on 1 July 2023
     * @param version the database version for the message
     */
    static void requireCurrentTzdb(Set<String> zoneIds, Function<String, ZoneOffset> summer2023Offset,
            String version) {
        if (!zoneIds.contains(NEWEST_ZONE)
                || !summer2023Offset.apply(ZONA_CENTRO.getId()).equals(ZoneOffset.ofHours(-6))) {
            throw new CalendarException(CalendarErrorCode.ZONA_HORARIA_BASE_DESACTUALIZADA,
                    "versión " + version + ", sin " + NEWEST_ZONE + " o con horario de verano en la Zona Centro");
        }
    }

    private static String tzdbVersion() {
        try {
            return ZoneRulesProvider.getVersions(ZONA_CENTRO.getId()).lastKey();
        } catch (RuntimeException e) {
            return "desconocida";
        }
    }
}
