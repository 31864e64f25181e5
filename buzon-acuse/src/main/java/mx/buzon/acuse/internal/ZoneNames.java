package mx.buzon.acuse.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import mx.buzon.calendar.zone.MexicanTime;
import mx.buzon.calendar.zone.Zona;

/**
 * How an acuse names a time zone to a person: as the Ley de los Husos Horarios en los Estados Unidos Mexicanos
 * (art. 3) does, "Zona Centro", "Zona Noroeste (Tijuana, B.C.)", never by its IANA id ({@code America/Tijuana})
 * or an offset code ({@code UTC-08:00}). The zone of the law is the one whose standard offset the IANA zone has
 * at the instant; the place in parentheses is the city the IANA zone is named after, which tells border time
 * (Tijuana, Ciudad Juárez, Ojinaga, Matamoros) from the rest of its zone. Stateless and thread-safe.
 */
final class ZoneNames {

    private static final Map<String, String> PLACES = Map.ofEntries(
            Map.entry("America/Cancun", "Cancún, Q. Roo"),
            Map.entry("America/Merida", "Mérida, Yuc."),
            Map.entry("America/Monterrey", "Monterrey, N.L."),
            Map.entry("America/Matamoros", "Matamoros, Tamps."),
            Map.entry("America/Chihuahua", "Chihuahua, Chih."),
            Map.entry("America/Ciudad_Juarez", "Ciudad Juárez, Chih."),
            Map.entry("America/Ojinaga", "Ojinaga, Chih."),
            Map.entry("America/Mazatlan", "Mazatlán, Sin."),
            Map.entry("America/Bahia_Banderas", "Bahía de Banderas, Nay."),
            Map.entry("America/Hermosillo", "Hermosillo, Son."),
            Map.entry("America/Tijuana", "Tijuana, B.C."));

    private ZoneNames() {
    }

    /**
     * @param zone a time zone
     * @param at the instant (the zone of the law follows the standard offset at that instant)
     * @return e.g. {@code "Zona Centro"}, {@code "Zona Noroeste (Tijuana, B.C.)"}; for a zone outside Mexico
     *     {@code "huso horario de tiempo universal menos 5 horas"}
     */
    static String name(ZoneId zone, Instant at) {
        if (zone.normalized().equals(MexicanTime.ZONA_CENTRO) || zone.getId().equals(MexicanTime.ZONA_CENTRO.getId())) {
            return "Zona Centro";
        }
        Optional<Zona> zona = zona(zone.getRules().getStandardOffset(at));
        String place = PLACES.get(zone.getId());
        if (zona.isEmpty()) {
            return "huso horario de tiempo universal " + offsetWords(zone.getRules().getOffset(at));
        }
        return "Zona " + zona.get().spanish() + (place == null ? "" : " (" + place + ")");
    }

    /**
     * @param offset an offset of an instant shown on the page
     * @param at the instant
     * @param domicilio the particular's zone, if any
     * @return how the page names that offset: {@code "Zona Centro"} when it is Zona Centro's at that instant, the
     *     domicile's {@link #name} when it is the domicile's, otherwise the offset in words
     */
    static String nameOfOffset(ZoneOffset offset, Instant at, Optional<ZoneId> domicilio) {
        if (MexicanTime.ZONA_CENTRO.getRules().getOffset(at).equals(offset)) {
            return "Zona Centro";
        }
        if (domicilio.isPresent() && domicilio.get().getRules().getOffset(at).equals(offset)) {
            return name(domicilio.get(), at);
        }
        return "tiempo universal " + offsetWords(offset);
    }

    /**
     * @param zone the domicile's zone
     * @param at the instant
     * @return e.g. {@code "2 horas menos que en la Zona Centro"}, {@code "1 hora más que en la Zona Centro"}
     */
    static String differenceFromCentro(ZoneId zone, Instant at) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds()
                - MexicanTime.ZONA_CENTRO.getRules().getOffset(at).getTotalSeconds();
        if (seconds == 0) {
            return "la misma hora que en la Zona Centro";
        }
        return duration(Math.abs(seconds)) + (seconds < 0 ? " menos" : " más") + " que en la Zona Centro";
    }

    private static Optional<Zona> zona(ZoneOffset standard) {
        for (Zona zona : Zona.values()) {
            if (zona.standardOffset().equals(standard)) {
                return Optional.of(zona);
            }
        }
        return Optional.empty();
    }

    private static String offsetWords(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "(sin diferencia)";
        }
        return (seconds < 0 ? "menos " : "más ") + duration(Math.abs(seconds));
    }

    private static String duration(int seconds) {
        int hours = seconds / 3600;
        int minutes = (seconds % 3600) / 60;
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hora" : " horas");
        String m = minutes == 0 ? "" : minutes + (minutes == 1 ? " minuto" : " minutos");
        return h.isEmpty() ? m : m.isEmpty() ? h : h + " " + m;
    }
}
