package mx.buzon.calendar.zone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.CalendarErrorCode;
import mx.buzon.calendar.CalendarException;
import mx.buzon.calendar.internal.Resources;

/**
 * The time zone of a domicilio fiscal by postal code, or by state and municipality (Ley de los Husos Horarios,
 * DOF 28-10-2022, with the Chihuahua border reform of 30-11-2022).
 *
 * <p>The data: all 32,009 postal codes of SEPOMEX 2024-12 compacted into a 12.5 KB bitset of known codes, 56 runs
 * of consecutive known codes sharing one zone, the 32 states with the first-two-digit ranges of their codes, and
 * the 37 municipalities whose zone differs from their state's.
 *
 * <p>Rule for postal codes (the answer says which applied, {@link LookupRule}):
 * <ol>
 *   <li>not five digits: {@link CalendarErrorCode#CP_FORMATO_INVALIDO};
 *   <li>first two digits of no state (00, 17, 18, 19): {@link CalendarErrorCode#CP_ESTADO_DESCONOCIDO};
 *   <li>a listed code: its zone, {@link LookupRule#EXACT};
 *   <li>an unlisted code whose nearest listed codes of the same state, below and above, lie in zones with
 *   different offsets: nobody can tell its zone from the code alone, {@link LookupRule#AMBIGUOUS}
 *   ({@link #ambiguity(CharSequence)} gives the candidates; {@link #lookup(CharSequence)} refuses with
 *   {@link CalendarErrorCode#CP_ZONA_AMBIGUA}, asking for the municipality);
 *   <li>otherwise the zone of the nearest listed code of the same state (lower code on a tie),
 *   {@link LookupRule#NEAREST_IN_STATE}; with no listed code in the state, the state's zone.
 * </ol>
 *
 * <p><b>Same offsets.</b> Two zones have the same offsets when they give the same UTC offset at every instant from
 * 1 January 2023 (the first full year under the 2022 law) to 31 December 2032, according to the JVM's tzdb: the
 * comparison covers whole years, so a zone with seasonal (border) time differs from one without it even though
 * they agree in winter. Under the law in force this makes six groups: the fixed UTC−6 zones
 * ({@code America/Mexico_City}, {@code Monterrey}, {@code Merida}, {@code Chihuahua}, {@code Bahia_Banderas});
 * UTC−6 with US seasonal time ({@code Matamoros}, {@code Ojinaga}); UTC−7 with it ({@code Ciudad_Juarez}); fixed
 * UTC−7 ({@code Hermosillo}, {@code Mazatlan}); UTC−5 ({@code Cancun}); UTC−8 with it ({@code Tijuana}). An
 * unlisted code between Monterrey and Mexico City gives the same legal dates either way, so it is placed; one
 * between Acuña (seasonal) and Múzquiz (fixed) is not. 125 of the unlisted codes are ambiguous (in Chihuahua,
 * Coahuila, Nayarit, Nuevo León and Tamaulipas).
 *
 * <p>Example: {@code lookup("77500")} is Cancún, {@code America/Cancun}, {@link Zona#SURESTE}, exact. Lookups are a
 * bit test plus a binary search. Immutable and thread-safe.
 */
public final class PostalCodeZones {

    private static final int CODES = 100_000;
    /** The window over which two zones must give the same offsets to be interchangeable. */
    private static final Instant SAME_OFFSETS_FROM = Instant.parse("2023-01-01T00:00:00Z");
    private static final Instant SAME_OFFSETS_UNTIL = Instant.parse("2033-01-01T00:00:00Z");

    private final byte[] known;
    private final int[] runFirst;
    private final int[] runLast;
    private final ZoneId[] runZone;
    private final Map<ZoneId, ZoneFacts> zones;
    private final State[] stateByPrefix;
    private final Map<String, State> stateByCode;
    private final Map<String, ZoneId> municipalities;
    /** For each zone, the first zone (in tzdb id order) with the same offsets: equal values, same offsets. */
    private final Map<ZoneId, ZoneId> offsetGroup;

    private PostalCodeZones(byte[] known, int[] runFirst, int[] runLast, ZoneId[] runZone, Map<ZoneId, ZoneFacts> zones,
            State[] stateByPrefix, Map<String, State> stateByCode, Map<String, ZoneId> municipalities) {
        this.offsetGroup = offsetGroups(zones.keySet());
        this.known = known;
        this.runFirst = runFirst;
        this.runLast = runLast;
        this.runZone = runZone;
        this.zones = zones;
        this.stateByPrefix = stateByPrefix;
        this.stateByCode = stateByCode;
        this.municipalities = municipalities;
    }

    /**
     * The shipped table (SEPOMEX 2024-12), loaded once.
     *
     * @return the shared instance
     * @throws CalendarException with {@link CalendarErrorCode#ZONA_HORARIA_BASE_DESACTUALIZADA} if the JVM's
     *     tzdb is older than 2022g, or {@link CalendarErrorCode#DATOS_ILEGIBLES} if the data is damaged
     */
    public static PostalCodeZones reference() {
        MexicanTime.requireCurrentTzdb();
        return Holder.REFERENCE;
    }

    private static final class Holder {
        static final PostalCodeZones REFERENCE = load();
    }

    private static PostalCodeZones load() {
        String name = "cp-zonas.tsv";
        try {
            byte[] known = Resources.bytes("cp-conocidos.bin");
            if (known.length != CODES / 8) {
                throw new IllegalArgumentException("cp-conocidos.bin tiene " + known.length + " bytes");
            }
            Map<ZoneId, ZoneFacts> zones = new HashMap<>();
            State[] byPrefix = new State[100];
            Map<String, State> byCode = new LinkedHashMap<>();
            Map<String, ZoneId> municipalities = new HashMap<>();
            List<int[]> runs = new ArrayList<>();
            List<ZoneId> runZones = new ArrayList<>();
            for (String[] row : Resources.tsv(name)) {
                switch (row[0]) {
                    case "Z":
                        zones.put(ZoneId.of(row[1]), new ZoneFacts(Zona.fromSpanish(row[2]), "frontera".equals(row[3])));
                        break;
                    case "E":
                        State state = new State(row[1], row[5], Integer.parseInt(row[2]), Integer.parseInt(row[3]),
                                ZoneId.of(row[4]));
                        byCode.put(state.code, state);
                        for (int p = state.firstPrefix; p <= state.lastPrefix; p++) {
                            byPrefix[p] = state;
                        }
                        break;
                    case "M":
                        municipalities.put(row[1] + "/" + row[2], ZoneId.of(row[3]));
                        break;
                    case "R":
                        runs.add(new int[] {Integer.parseInt(row[1]), Integer.parseInt(row[2])});
                        runZones.add(ZoneId.of(row[3]));
                        break;
                    default:
                        throw new IllegalArgumentException("fila desconocida " + row[0]);
                }
            }
            int[] first = runs.stream().mapToInt(r -> r[0]).toArray();
            int[] last = runs.stream().mapToInt(r -> r[1]).toArray();
            for (ZoneId zone : runZones) {
                if (!zones.containsKey(zone)) {
                    throw new IllegalArgumentException("zona sin fila Z: " + zone);
                }
            }
            return new PostalCodeZones(known, first, last, runZones.toArray(new ZoneId[0]), Map.copyOf(zones), byPrefix,
                    Map.copyOf(byCode), Map.copyOf(municipalities));
        } catch (RuntimeException e) {
            if (e instanceof CalendarException) {
                throw e;
            }
            throw new CalendarException(e, CalendarErrorCode.DATOS_ILEGIBLES, name, e.toString());
        }
    }

    /**
     * The zone of a postal code (see the class comment for the rule).
     *
     * @param postalCode five digits, surrounding spaces ignored, e.g. {@code "22000"}
     * @return the zone and the rule used
     * @throws CalendarException with {@link CalendarErrorCode#CP_FORMATO_INVALIDO},
     *     {@link CalendarErrorCode#CP_ESTADO_DESCONOCIDO}, or {@link CalendarErrorCode#CP_ZONA_AMBIGUA} for a code
     *     between zones with different offsets (never a silent pick; {@link #ambiguity(CharSequence)} gives the
     *     candidates, {@link #lookup(CharSequence, CharSequence)} the answer once the municipality is known)
     */
    public DomicileZone lookup(CharSequence postalCode) {
        String cp = normalise(postalCode);
        int code = Integer.parseInt(cp);
        State state = stateByPrefix[code / 1000];
        if (state == null) {
            throw new CalendarException(CalendarErrorCode.CP_ESTADO_DESCONOCIDO, cp, cp.substring(0, 2));
        }
        if (isKnown(code)) {
            return answer(cp, zoneOfKnown(code), LookupRule.EXACT, Optional.of(cp), state);
        }
        int below = knownBelow(code, state);
        int above = knownAbove(code, state);
        AmbiguousPostalCode ambiguous = ambiguous(cp, below, above, state);
        if (ambiguous != null) {
            List<ZoneId> candidates = ambiguous.candidatas();
            throw new CalendarException(CalendarErrorCode.CP_ZONA_AMBIGUA, cp, ambiguous.cpInferior(),
                    candidates.get(0).getId(), ambiguous.cpSuperior(), candidates.get(1).getId());
        }
        int nearest = below < 0 ? above : above < 0 ? below : code - below <= above - code ? below : above;
        if (nearest < 0) {
            return answer(cp, state.defaultZone, LookupRule.STATE, Optional.empty(), state);
        }
        return answer(cp, zoneOfKnown(nearest), LookupRule.NEAREST_IN_STATE,
                Optional.of(String.format(Locale.ROOT, "%05d", nearest)), state);
    }

    /**
     * Whether a postal code cannot be placed from the code alone, and between which zones (see the class
     * comment for "same offsets"). Use it before {@link #lookup(CharSequence)} to offer the candidates or ask
     * for the municipality without catching an exception.
     *
     * @param postalCode five digits, surrounding spaces ignored, e.g. {@code "26329"}
     * @return the ambiguity, empty for a listed code or one that {@link #lookup(CharSequence)} places
     * @throws CalendarException with {@link CalendarErrorCode#CP_FORMATO_INVALIDO} or
     *     {@link CalendarErrorCode#CP_ESTADO_DESCONOCIDO}
     */
    public Optional<AmbiguousPostalCode> ambiguity(CharSequence postalCode) {
        String cp = normalise(postalCode);
        int code = Integer.parseInt(cp);
        State state = stateByPrefix[code / 1000];
        if (state == null) {
            throw new CalendarException(CalendarErrorCode.CP_ESTADO_DESCONOCIDO, cp, cp.substring(0, 2));
        }
        if (isKnown(code)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ambiguous(cp, knownBelow(code, state), knownAbove(code, state), state));
    }

    /**
     * Whether two zones give the same UTC offset at every instant from 2023 to 2032 (see the class comment).
     *
     * @param a a zone, e.g. {@code America/Monterrey}
     * @param b another, e.g. {@code America/Mexico_City}
     * @return true when a legal date or time is the same in both
     */
    public static boolean sameOffsets(ZoneId a, ZoneId b) {
        ZoneRules ra = a.getRules();
        ZoneRules rb = b.getRules();
        // Offsets only change at transitions: comparing at the start and at every transition of either zone
        // compares every instant of the window.
        for (Instant t = SAME_OFFSETS_FROM; t.isBefore(SAME_OFFSETS_UNTIL); ) {
            if (!ra.getOffset(t).equals(rb.getOffset(t))) {
                return false;
            }
            Instant next = SAME_OFFSETS_UNTIL;
            ZoneOffsetTransition ta = ra.nextTransition(t);
            ZoneOffsetTransition tb = rb.nextTransition(t);
            if (ta != null && ta.getInstant().isBefore(next)) {
                next = ta.getInstant();
            }
            if (tb != null && tb.getInstant().isBefore(next)) {
                next = tb.getInstant();
            }
            t = next;
        }
        return true;
    }

    private static Map<ZoneId, ZoneId> offsetGroups(java.util.Set<ZoneId> zones) {
        List<ZoneId> sorted = new ArrayList<>(zones);
        sorted.sort(java.util.Comparator.comparing(ZoneId::getId));
        Map<ZoneId, ZoneId> group = new HashMap<>();
        for (ZoneId zone : sorted) {
            ZoneId first = zone;
            for (ZoneId earlier : sorted) {
                if (earlier.equals(zone)) {
                    break;
                }
                if (group.get(earlier).equals(earlier) && sameOffsets(earlier, zone)) {
                    first = earlier;
                    break;
                }
            }
            group.put(zone, first);
        }
        return Map.copyOf(group);
    }

    private @org.jspecify.annotations.Nullable AmbiguousPostalCode ambiguous(String cp, int below, int above,
            State state) {
        if (below < 0 || above < 0) {
            return null;
        }
        ZoneId low = zoneOfKnown(below);
        ZoneId high = zoneOfKnown(above);
        if (offsetGroup.get(low).equals(offsetGroup.get(high))) {
            return null;
        }
        return new AmbiguousPostalCode(cp, List.of(low, high), String.format(Locale.ROOT, "%05d", below),
                String.format(Locale.ROOT, "%05d", above), state.code, state.name);
    }

    /**
     * Whether {@code postalCode} is one of the listed codes (a lookup would be {@link LookupRule#EXACT}).
     *
     * @param postalCode five digits
     * @return true when listed
     * @throws CalendarException with {@link CalendarErrorCode#CP_FORMATO_INVALIDO}
     */
    public boolean isListed(CharSequence postalCode) {
        return isKnown(Integer.parseInt(normalise(postalCode)));
    }

    /**
     * The zone of a municipality: its own zone when the law gives it one (border municipalities of art. 5,
     * Bahía de Banderas), otherwise its state's (art. 3).
     *
     * @param estado the SAT state code, any case, e.g. {@code "CHH"}
     * @param municipio the three-digit INEGI municipality code, e.g. {@code "037"} (Juárez)
     * @return the zone, rule {@link LookupRule#MUNICIPALITY} or {@link LookupRule#STATE}
     * @throws CalendarException with {@link CalendarErrorCode#ESTADO_DESCONOCIDO} or
     *     {@link CalendarErrorCode#MUNICIPIO_FORMATO_INVALIDO}
     */
    public DomicileZone lookup(CharSequence estado, CharSequence municipio) {
        State state = state(estado);
        String mun = municipio.toString().trim();
        if (!mun.matches("[0-9]{3}")) {
            throw new CalendarException(CalendarErrorCode.MUNICIPIO_FORMATO_INVALIDO, mun);
        }
        String key = state.code + "/" + mun;
        ZoneId own = municipalities.get(key);
        return own != null ? answer(key, own, LookupRule.MUNICIPALITY, Optional.empty(), state)
                : answer(key, state.defaultZone, LookupRule.STATE, Optional.empty(), state);
    }

    /**
     * The zone of a state (art. 3). For the five states with municipalities in another zone (Chihuahua, Coahuila,
     * Nayarit, Nuevo León, Tamaulipas) prefer {@link #lookup(CharSequence, CharSequence)}.
     *
     * @param estado the SAT state code, any case, e.g. {@code "ROO"}
     * @return the zone, rule {@link LookupRule#STATE}
     * @throws CalendarException with {@link CalendarErrorCode#ESTADO_DESCONOCIDO}
     */
    public DomicileZone lookupState(CharSequence estado) {
        State state = state(estado);
        return answer(state.code, state.defaultZone, LookupRule.STATE, Optional.empty(), state);
    }

    /**
     * The 32 SAT state codes, in postal code order.
     *
     * @return e.g. {@code [CMX, AGU, BCN, ...]}
     */
    public List<String> stateCodes() {
        List<State> states = new ArrayList<>(stateByCode.values());
        states.sort((a, b) -> Integer.compare(a.firstPrefix, b.firstPrefix));
        return states.stream().map(s -> s.code).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    private State state(CharSequence estado) {
        String code = estado.toString().trim().toUpperCase(Locale.ROOT);
        State state = stateByCode.get(code);
        if (state == null) {
            throw new CalendarException(CalendarErrorCode.ESTADO_DESCONOCIDO, code);
        }
        return state;
    }

    private DomicileZone answer(String query, ZoneId zone, LookupRule rule, Optional<String> matched, State state) {
        ZoneFacts facts = zones.get(zone);
        return new DomicileZone(query, zone, facts.zona, facts.frontera, rule, matched, state.code, state.name);
    }

    private static String normalise(CharSequence postalCode) {
        String cp = Objects.requireNonNull(postalCode, "postalCode").toString().trim();
        if (cp.length() != 5 || !cp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // A pasted page must not become a page-long message: quote the first 40 characters.
            throw new CalendarException(CalendarErrorCode.CP_FORMATO_INVALIDO,
                    cp.length() <= 40 ? cp : cp.substring(0, 40) + "…");
        }
        return cp;
    }

    private boolean isKnown(int code) {
        return (known[code >>> 3] & (1 << (code & 7))) != 0;
    }

    private ZoneId zoneOfKnown(int code) {
        int low = 0;
        int high = runFirst.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (runFirst[mid] <= code) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (code < runFirst[low] || code > runLast[low]) {
            throw new IllegalStateException("cp-zonas.tsv does not cover listed postal code " + code);
        }
        return runZone[low];
    }

    private int knownBelow(int code, State state) {
        int lowest = state.firstPrefix * 1000;
        for (int c = code - 1; c >= lowest; c--) {
            if (isKnown(c)) {
                return c;
            }
        }
        return -1;
    }

    private int knownAbove(int code, State state) {
        int highest = state.lastPrefix * 1000 + 999;
        for (int c = code + 1; c <= highest; c++) {
            if (isKnown(c)) {
                return c;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "PostalCodeZones[" + stateByCode.size() + " estados, " + runFirst.length + " tramos]";
    }

    private static final class ZoneFacts {
        final Zona zona;
        final boolean frontera;

        ZoneFacts(Zona zona, boolean frontera) {
            this.zona = zona;
            this.frontera = frontera;
        }
    }

    private static final class State {
        final String code;
        final String name;
        final int firstPrefix;
        final int lastPrefix;
        final ZoneId defaultZone;

        State(String code, String name, int firstPrefix, int lastPrefix, ZoneId defaultZone) {
            this.code = code;
            this.name = name;
            this.firstPrefix = firstPrefix;
            this.lastPrefix = lastPrefix;
            this.defaultZone = defaultZone;
        }
    }
}
