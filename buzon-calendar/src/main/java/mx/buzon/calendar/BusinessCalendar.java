package mx.buzon.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjuster;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import mx.buzon.calendar.internal.BusinessDayIndex;

/**
 * A business-day calendar under CFF art. 12: Saturdays, Sundays and the law's holidays (built by rule for any
 * year, {@link CffArticle12}) plus the days an authority declares inhábil and its vacation periods (data, with
 * reason and source).
 *
 * <h2>Certain and not yet known</h2>
 * The law's days are certain for every year 1900–2299. Declared days are certain only for the years whose data the
 * host confirmed ({@link #confirmedYears()}, {@link #isConfirmed(Year)}). A question about another year is
 * answered all the same, with the law's days and the declared days the calendar knows: that answer is the
 * earliest possible one, because a day the authority declares later can only move a deadline later. Callers that
 * need to know attach {@link #caveats(LocalDate, LocalDate)} to their answer (the plazos of
 * {@code mx.buzon.calendar.plazo} do), and a host that prefers an exception asks for {@link #strict()}, which
 * throws {@link CalendarErrorCode#CALENDARIO_ANIO_SIN_DATOS} instead. {@link #cffRulesOnly()} is the calendar of
 * the law alone, confirmed for every year (it claims no declared day).
 *
 * <p>Example: in {@code ReferenceCalendars.imss()}, {@code plusBusinessDays(2026-03-09, 15)} is
 * {@code 2026-03-31} (16 March is the third Monday of March). Queries are O(1): a bit test ({@link #isBusinessDay})
 * or two table reads ({@link #plusBusinessDays}, {@link #countBusinessDays}; tables of about 1 MB built on first use).
 *
 * <p>Immutable and thread-safe; combine calendars with {@link #union(BusinessCalendar)}, change the data with
 * {@link #toBuilder()}.
 */
public final class BusinessCalendar {

    /** The first year any calendar can answer for. */
    public static final int FIRST_SUPPORTED_YEAR = BusinessDayIndex.FIRST_YEAR;
    /** The last year any calendar can answer for. */
    public static final int LAST_SUPPORTED_YEAR = BusinessDayIndex.LAST_YEAR;

    // Days walked one by one before nextBusinessDays falls back to the bitset scan (a weekend plus a holiday).
    private static final int SHORT_GAP = 4;

    private static final BusinessCalendar CFF_RULES_ONLY = builder("CFF art. 12")
            .confirmYears(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR).build();

    private final String name;
    private final TransmissionDay transmissionDay;
    private final NavigableMap<LocalDate, List<DiaInhabil>> declared;
    private final NavigableSet<Integer> confirmedYears;
    // confirmed[year - FIRST_SUPPORTED_YEAR]: the same set, for an O(1) test on every answer.
    private final boolean[] confirmed;
    private final boolean strict;
    private final BusinessDayIndex index;
    // reasonsByYear[year - FIRST_SUPPORTED_YEAR][dayOfYear - 1]: the reasons of each inhábil day, built per year.
    private final AtomicReferenceArray<List<DiaInhabil>[]> reasonsByYear =
            new AtomicReferenceArray<>(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
    private volatile @org.jspecify.annotations.Nullable BusinessCalendar forPayments;

    private BusinessCalendar(String name, TransmissionDay transmissionDay,
            NavigableMap<LocalDate, List<DiaInhabil>> declared, NavigableSet<Integer> confirmedYears,
            boolean strict, BusinessDayIndex index) {
        this.name = name;
        this.transmissionDay = transmissionDay;
        this.declared = declared;
        this.confirmedYears = confirmedYears;
        this.confirmed = new boolean[LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1];
        confirmedYears.forEach(year -> confirmed[year - FIRST_SUPPORTED_YEAR] = true);
        this.strict = strict;
        this.index = index;
    }

    private static BusinessCalendar create(String name, TransmissionDay transmissionDay,
            NavigableMap<LocalDate, List<DiaInhabil>> declared, NavigableSet<Integer> confirmedYears,
            boolean strict) {
        List<LocalDate> inhabil = new ArrayList<>(declared.keySet());
        for (int year = FIRST_SUPPORTED_YEAR; year <= LAST_SUPPORTED_YEAR; year++) {
            for (DiaInhabil day : CffArticle12.inhabiles(year, transmissionDay)) {
                inhabil.add(day.fecha());
            }
        }
        return new BusinessCalendar(name, transmissionDay, declared, confirmedYears, strict,
                BusinessDayIndex.of(inhabil));
    }

    /**
     * The calendar of CFF art. 12 alone (weekends and the law's holidays, default {@link TransmissionDay}), which
     * is confirmed for every year from 1900 to 2299 because it claims no declared day.
     *
     * @return the shared instance, named {@code "CFF art. 12"}
     */
    public static BusinessCalendar cffRulesOnly() {
        return CFF_RULES_ONLY;
    }

    /**
     * Starts a calendar with the given name, e.g. {@code "IMSS"}.
     *
     * @param name a short name shown in messages and explanations; not blank
     * @return a new builder (default transmission day, no declared days, no year confirmed)
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * A builder holding this calendar's name, reading, coverage and data, to add or remove declared days.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder builder = new Builder(name).transmissionDay(transmissionDay);
        builder.confirmedYears.addAll(confirmedYears);
        declared.values().forEach(days -> days.forEach(builder::declare));
        builder.strict = strict;
        return builder;
    }

    /**
     * The name, e.g. {@code "IMSS"} or {@code "IMSS+SAT"}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The reading of the transmission day.
     *
     * @return e.g. {@link TransmissionDay#OCTOBER_1_FROM_2024}
     */
    public TransmissionDay transmissionDay() {
        return transmissionDay;
    }

    /**
     * The years whose declared days the host confirmed: answers that touch only these years are certain.
     *
     * @return the years, ascending, e.g. {@code [2023, 2024, 2025, 2026]} for {@code ReferenceCalendars.imss()}
     */
    public NavigableSet<Integer> confirmedYears() {
        return confirmedYears;
    }

    /**
     * Whether the declared days of {@code year} are confirmed, for a host's health check (e.g. alert in December
     * when next year is not confirmed yet).
     *
     * @param year the year, e.g. {@code Year.of(2027)}
     * @return true when confirmed; always true for {@link #cffRulesOnly()} within 1900–2299
     */
    public boolean isConfirmed(Year year) {
        return isConfirmed(Objects.requireNonNull(year, "year").getValue());
    }

    /**
     * Whether the declared days of {@code year} are confirmed.
     *
     * @param year the year, e.g. {@code 2027}
     * @return true when confirmed (false outside 1900–2299)
     */
    public boolean isConfirmed(int year) {
        return year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR && confirmed[year - FIRST_SUPPORTED_YEAR];
    }

    /**
     * The same as {@link #isConfirmed(int)}, the name of earlier versions.
     *
     * @param year the year
     * @return true when confirmed
     */
    public boolean covers(int year) {
        return isConfirmed(year);
    }

    /**
     * The unconfirmed years from the year of {@code fromInclusive} to the year of {@code toInclusive}: the years
     * an answer that used the dates of that span is not certain about.
     *
     * @param fromInclusive the first date used
     * @param toInclusive the last date used (before {@code fromInclusive}: nothing)
     * @return the years, ascending; empty when every year is confirmed
     */
    public List<Integer> unconfirmedYears(LocalDate fromInclusive, LocalDate toInclusive) {
        int first = fromInclusive.getYear();
        int last = toInclusive.getYear();
        List<Integer> years = List.of();
        for (int year = first; year <= last; year++) {
            if (!isConfirmed(year)) {
                if (years.isEmpty()) {
                    years = new ArrayList<>(last - year + 1);
                }
                years.add(year);
            }
        }
        return years;
    }

    /**
     * The caveats of an answer that used the dates from {@code fromInclusive} to {@code toInclusive}: none when
     * their years are confirmed, otherwise one {@link CalendarErrorCode#CALENDARIO_DIAS_NO_CONFIRMADOS} naming the
     * unconfirmed years.
     *
     * @param fromInclusive the first date used, e.g. {@code 2026-12-31}
     * @param toInclusive the last date used, e.g. {@code 2027-01-22}
     * @return e.g. one caveat naming 2027 for {@code ReferenceCalendars.imss()}; an empty list when certain
     */
    public List<CalendarCaveat> caveats(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (isConfirmed(fromInclusive.getYear()) && (toInclusive.getYear() == fromInclusive.getYear()
                || toInclusive.isBefore(fromInclusive))) {
            return List.of();
        }
        List<Integer> years = unconfirmedYears(fromInclusive, toInclusive);
        return years.isEmpty() ? List.of() : List.of(CalendarCaveat.unconfirmed(name, years));
    }

    /**
     * Whether this calendar throws for dates of unconfirmed years ({@link #strict()}).
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * The same calendar in strict mode: a date of a year whose declared days are not confirmed throws
     * {@link CalendarException} with {@link CalendarErrorCode#CALENDARIO_ANIO_SIN_DATOS} instead of being answered
     * by the law with a caveat. For hosts that prefer an error to a caveat.
     *
     * @return the strict calendar
     */
    public BusinessCalendar strict() {
        return strict ? this : new BusinessCalendar(name, transmissionDay, declared, confirmedYears, true, index);
    }

    /**
     * The same calendar out of strict mode (the default): dates of unconfirmed years are answered with the law's
     * days and the declared days known, with a caveat.
     *
     * @return the calendar that answers with caveats
     */
    public BusinessCalendar lenient() {
        return strict ? new BusinessCalendar(name, transmissionDay, declared, confirmedYears, false, index) : this;
    }

    /**
     * Earlier versions threw for unconfirmed years unless this was called; answering them with the law is now the
     * default, so this is {@link #lenient()}.
     *
     * @return {@link #lenient()}
     * @deprecated the default already answers by the law (with a caveat); use {@link #lenient()} or
     *     {@link #strict()}
     */
    @Deprecated
    public BusinessCalendar withCffRulesOnlyBeyondCoverage() {
        return lenient();
    }

    /**
     * Whether this calendar answers for unconfirmed years with the law's rules.
     *
     * @return {@code !isStrict()}
     * @deprecated use {@link #isStrict()}
     */
    @Deprecated
    public boolean acceptsCffRulesOnlyBeyondCoverage() {
        return !strict;
    }

    /**
     * The declared days and vacation days (not the law's), sorted by date.
     *
     * @return the days, each of kind {@link InhabilKind#DECLARED} or {@link InhabilKind#VACATION}
     */
    public List<DiaInhabil> declaredDays() {
        return declared.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableList());
    }

    /**
     * The calendar whose inhábil days are those of both calendars (e.g. IMSS and SAT for a procedure that
     * involves both). A year is confirmed when both confirm it; the union is strict when either is.
     *
     * @param other the other calendar
     * @return the union, named {@code "IMSS+SAT"} for calendars named IMSS and SAT
     */
    public BusinessCalendar union(BusinessCalendar other) {
        Objects.requireNonNull(other, "other");
        Builder builder = toBuilder();
        other.declared.values().forEach(days -> days.forEach(builder::declare));
        builder.name = name + "+" + other.name;
        builder.transmissionDay = transmissionDay.union(other.transmissionDay);
        builder.confirmedYears.retainAll(other.confirmedYears);
        builder.strict = strict || other.strict;
        return builder.build();
    }

    /**
     * The calendar for declarations and payments: CFF art. 12 makes the authority's general vacation periods
     * inhábiles except for them, so this calendar drops the {@link InhabilKind#VACATION} days and keeps the rest.
     *
     * @return the calendar, named e.g. {@code "SAT (declaraciones y pagos)"}
     */
    public BusinessCalendar forDeclarationsAndPayments() {
        BusinessCalendar cached = forPayments;
        if (cached == null) {
            // Racy single check: two threads may each build one; both are equal, immutable and fully built.
            cached = withoutVacations();
            forPayments = cached;
        }
        return cached;
    }

    private BusinessCalendar withoutVacations() {
        Builder builder = toBuilder();
        builder.name = name + " (declaraciones y pagos)";
        builder.declared.values().forEach(days -> days.removeIf(day -> day.kind() == InhabilKind.VACATION));
        builder.declared.values().removeIf(List::isEmpty);
        return builder.build();
    }

    /**
     * Whether {@code date} is a día hábil. O(1).
     *
     * @param date the date, e.g. {@code 2026-03-16} (false: third Monday of March)
     * @return true when hábil
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public boolean isBusinessDay(LocalDate date) {
        check(date);
        return index.isBusinessDay(date);
    }

    /**
     * Every reason why {@code date} is inhábil: weekend, law, declared, vacation; empty for a día hábil.
     *
     * @param date the date
     * @return e.g. {@code [DiaInhabil[2024-12-25, LAW, 25 de diciembre, ...], DiaInhabil[2024-12-25, VACATION, ...]]}
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public List<DiaInhabil> reasonsInhabil(LocalDate date) {
        check(date);
        return reasons(date);
    }

    /**
     * The reasons of {@code date} (empty for a día hábil), from a per-year cache built on first use: explanations
     * look them up for every skipped day, so a notification costs array reads instead of a list per day.
     */
    private List<DiaInhabil> reasons(LocalDate date) {
        int slot = date.getYear() - FIRST_SUPPORTED_YEAR;
        List<DiaInhabil>[] year = reasonsByYear.get(slot);
        if (year == null) {
            year = buildReasons(date.getYear());
            // Racy single check: two threads may each build the same immutable lists.
            reasonsByYear.set(slot, year);
        }
        List<DiaInhabil> reasons = year[date.getDayOfYear() - 1];
        return reasons == null ? List.of() : reasons;
    }

    @SuppressWarnings("unchecked")
    private List<DiaInhabil>[] buildReasons(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        List<DiaInhabil>[] reasons = new List[first.lengthOfYear()];
        for (int day = 0; day < reasons.length; day++) {
            LocalDate date = first.plusDays(day);
            if (!index.isBusinessDay(date)) {
                List<DiaInhabil> list = new ArrayList<>(2);
                addReasons(date, list);
                reasons[day] = List.copyOf(list);
            }
        }
        return reasons;
    }

    private void addReasons(LocalDate date, List<DiaInhabil> reasons) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            reasons.add(new DiaInhabil(date, InhabilKind.WEEKEND, day == DayOfWeek.SATURDAY ? "sábado" : "domingo",
                    CffArticle12.SOURCE));
        }
        for (DiaInhabil law : CffArticle12.inhabiles(date.getYear(), transmissionDay)) {
            if (law.fecha().equals(date)) {
                reasons.add(law);
            }
        }
        List<DiaInhabil> declaredReasons = declared.get(date);
        if (declaredReasons != null) {
            reasons.addAll(declaredReasons);
        }
    }

    /**
     * The inhábil days from {@code fromInclusive} to {@code toInclusive}, each with its reasons, in date order.
     * This is what a deadline "skipped"; it walks only the inhábil days, not every day.
     *
     * @param fromInclusive the first day
     * @param toInclusive the last day (before {@code fromInclusive}: empty result)
     * @return one value per reason, e.g. two for Saturday 16 September 2023 (weekend and law)
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public List<DiaInhabil> inhabilDays(LocalDate fromInclusive, LocalDate toInclusive) {
        check(fromInclusive);
        check(toInclusive);
        List<DiaInhabil> days = new ArrayList<>();
        LocalDate next = index.nextInhabilOrSame(fromInclusive);
        while (next != null && !next.isAfter(toInclusive)) {
            days.addAll(reasons(next));
            next = next.getYear() == LAST_SUPPORTED_YEAR && next.getDayOfYear() == next.lengthOfYear() ? null
                    : index.nextInhabilOrSame(next.plusDays(1));
        }
        return List.copyOf(days);
    }

    /**
     * The first día hábil on or after {@code date}.
     *
     * @param date the date, e.g. Saturday {@code 2026-03-14}
     * @return e.g. {@code 2026-03-17} (Monday 16 March is inhábil)
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public LocalDate nextBusinessDayOrSame(LocalDate date) {
        check(date);
        return index.isBusinessDay(date) ? date : plusBusinessDays(date, 1);
    }

    /**
     * The first {@code count} días hábiles after {@code date}, in order (e.g. the three days to open a notified
     * document, Lineamientos 7.4). Each step scans the precomputed bitset, so this is cheaper than {@code count}
     * calls of {@link #plusBusinessDays(LocalDate, int)}.
     *
     * @param date the day of the event (not included), e.g. {@code 2026-03-02}
     * @param count how many days, at least 0, e.g. {@code 3}
     * @return e.g. {@code [2026-03-03, 2026-03-04, 2026-03-05]}
     * @throws IllegalArgumentException if {@code count} is negative
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public List<LocalDate> nextBusinessDays(LocalDate date, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("nextBusinessDays needs count >= 0, got " + count);
        }
        check(date);
        LocalDate[] days = new LocalDate[count];
        LocalDate current = date;
        for (int i = 0; i < count; i++) {
            LocalDate next = nextBusinessAfter(current);
            if (next == null) {
                throw new CalendarException(CalendarErrorCode.CALENDARIO_FECHA_FUERA_DE_INTERVALO,
                        date + " + " + count + " días hábiles", FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
            }
            check(next);
            days[i] = next;
            current = next;
        }
        return List.of(days);
    }

    /**
     * The first día hábil after {@code date}: a short walk with {@code plusDays(1)} (cheap within a month) over the
     * few inhábil days a calendar usually has, then the bitset scan for a longer gap.
     */
    private @org.jspecify.annotations.Nullable LocalDate nextBusinessAfter(LocalDate date) {
        LocalDate next = date;
        for (int step = 0; step < SHORT_GAP; step++) {
            next = next.plusDays(1);
            if (!BusinessDayIndex.contains(next)) {
                return null;
            }
            if (index.isBusinessDay(next)) {
                return next;
            }
        }
        return index.nextBusinessAfter(next);
    }

    /**
     * The {@code days}-th día hábil after {@code date} (CFF art. 12: counting starts the day after); for a
     * negative count, the {@code |days|}-th día hábil before it; {@code date} itself for zero. O(1): two
     * array reads.
     *
     * <p>{@code plusBusinessDays(d, a + b) == plusBusinessDays(plusBusinessDays(d, a), b)} for {@code a, b >= 0}.
     *
     * @param date the start, e.g. {@code 2026-03-09}
     * @param days how many días hábiles, e.g. {@code 15}
     * @return e.g. {@code 2026-03-31}
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        check(date);
        if (days == 0) {
            return date;
        }
        LocalDate result = index.plusBusinessDays(date, days);
        if (result == null) {
            throw new CalendarException(CalendarErrorCode.CALENDARIO_FECHA_FUERA_DE_INTERVALO,
                    date + (days > 0 ? " + " : " - ") + Math.abs((long) days) + " días hábiles",
                    FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
        }
        check(result);
        return result;
    }

    /**
     * {@link #plusBusinessDays(LocalDate, int)} as a {@link TemporalAdjuster}, for any temporal with a date
     * ({@code LocalDate}, {@code ZonedDateTime}, ...); the time of day is kept.
     *
     * <p>Example: {@code LocalDate.of(2026, 3, 9).with(imss.plusBusinessDaysAdjuster(15))} is {@code 2026-03-31}.
     *
     * @param days how many días hábiles (negative: backwards)
     * @return the adjuster; it throws {@link CalendarException} as {@code plusBusinessDays} does
     */
    public TemporalAdjuster plusBusinessDaysAdjuster(int days) {
        return temporal -> temporal.with(ChronoField.EPOCH_DAY,
                plusBusinessDays(LocalDate.from(temporal), days).toEpochDay());
    }

    /**
     * How many días hábiles lie after {@code startExclusive} up to and including {@code endInclusive}; negative
     * when {@code endInclusive} is before {@code startExclusive}. O(1).
     *
     * <p>{@code countBusinessDays(d, plusBusinessDays(d, n)) == n} for {@code n >= 0}.
     *
     * @param startExclusive the day of the event (not counted), e.g. {@code 2026-03-09}
     * @param endInclusive the last day counted, e.g. {@code 2026-03-31}
     * @return e.g. {@code 15}
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public int countBusinessDays(LocalDate startExclusive, LocalDate endInclusive) {
        check(startExclusive);
        check(endInclusive);
        return index.rank(endInclusive) - index.rank(startExclusive);
    }

    /**
     * The last day of a plazo of {@code months} months starting at {@code start} (CFF art. 12): the same day of
     * the later month; the first día hábil of the next month when that day does not exist; and the next día
     * hábil when that last day is inhábil.
     *
     * @param start the day the plazo starts from, e.g. {@code 2026-01-31}
     * @param months the number of months, at least 0
     * @return e.g. {@code 2026-03-02} (31 February does not exist; 1 March 2026 is a Sunday)
     * @throws IllegalArgumentException if {@code months} is negative
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public LocalDate plazoEndAfterMonths(LocalDate start, int months) {
        if (months < 0) {
            throw new IllegalArgumentException("A plazo in months (CFF art. 12) needs months >= 0, got " + months);
        }
        check(start);
        YearMonth target = YearMonth.from(start).plusMonths(months);
        LocalDate end = target.isValidDay(start.getDayOfMonth()) ? target.atDay(start.getDayOfMonth())
                : target.plusMonths(1).atDay(1);
        return nextBusinessDayOrSame(end);
    }

    /**
     * The last day of a plazo of {@code years} years starting at {@code start} (CFF art. 12): as
     * {@link #plazoEndAfterMonths(LocalDate, int)} with {@code 12 * years} months (29 February to a year without
     * it: the first día hábil of March).
     *
     * @param start the day the plazo starts from, e.g. {@code 2024-02-29}
     * @param years the number of years, at least 0
     * @return e.g. {@code 2025-03-03} for one year (1 March 2025 is a Saturday)
     * @throws IllegalArgumentException if {@code years} is negative
     * @throws CalendarException outside 1900–2299, or in strict mode for a year not confirmed
     */
    public LocalDate plazoEndAfterYears(LocalDate start, int years) {
        if (years < 0) {
            throw new IllegalArgumentException("A plazo in years (CFF art. 12) needs years >= 0, got " + years);
        }
        return plazoEndAfterMonths(start, Math.multiplyExact(years, 12));
    }

    private void check(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (!BusinessDayIndex.contains(date)) {
            throw new CalendarException(CalendarErrorCode.CALENDARIO_FECHA_FUERA_DE_INTERVALO, date,
                    FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR);
        }
        if (strict && !isConfirmed(date.getYear())) {
            throw new CalendarException(CalendarErrorCode.CALENDARIO_ANIO_SIN_DATOS, name, date.getYear(),
                    describe(confirmedYears));
        }
    }

    /** E.g. {@code "2023-2026"}, {@code "2023-2024, 2026"}, {@code "ninguno"}. */
    static String describe(NavigableSet<Integer> years) {
        if (years.isEmpty()) {
            return "ninguno";
        }
        StringBuilder text = new StringBuilder();
        Integer start = null;
        Integer previous = null;
        for (Integer year : years) {
            if (start == null) {
                start = year;
            } else if (year != previous + 1) {
                appendRun(text, start, previous);
                start = year;
            }
            previous = year;
        }
        appendRun(text, start, previous);
        return text.toString();
    }

    private static void appendRun(StringBuilder text, int first, int last) {
        text.append(text.length() == 0 ? "" : ", ").append(first).append(first == last ? "" : "-" + last);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof BusinessCalendar)) {
            return false;
        }
        BusinessCalendar that = (BusinessCalendar) o;
        return name.equals(that.name) && transmissionDay == that.transmissionDay && declared.equals(that.declared)
                && confirmedYears.equals(that.confirmedYears) && strict == that.strict;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, transmissionDay, declared, confirmedYears, strict);
    }

    /**
     * E.g. {@code "BusinessCalendar[IMSS, años confirmados 2023-2026, OCTOBER_1_FROM_2024, 0 días declarados]"}.
     *
     * @return a description for logs
     */
    @Override
    public String toString() {
        return "BusinessCalendar[" + name + ", años confirmados " + describe(confirmedYears)
                + (strict ? " (estricto)" : "") + ", " + transmissionDay + ", " + declared.size() + " días declarados]";
    }

    /**
     * Collects a calendar's name, reading, coverage and declared data. Not thread-safe; the calendar it builds
     * is.
     */
    public static final class Builder {

        private String name;
        private TransmissionDay transmissionDay = TransmissionDay.DEFAULT;
        private final NavigableMap<LocalDate, List<DiaInhabil>> declared = new TreeMap<>();
        private final NavigableSet<Integer> confirmedYears = new TreeSet<>();
        private boolean strict;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A calendar needs a name, got a blank one");
            }
            this.name = name;
        }

        /**
         * Sets the reading of the transmission day.
         *
         * @param transmissionDay e.g. {@link TransmissionDay#DECEMBER_1}
         * @return this builder
         */
        public Builder transmissionDay(TransmissionDay transmissionDay) {
            this.transmissionDay = Objects.requireNonNull(transmissionDay, "transmissionDay");
            return this;
        }

        /**
         * Confirms the declared days of {@code year}: the data for it is complete (possibly with no declared day),
         * so answers that touch it carry no caveat. Confirming changes no date.
         *
         * @param year the year, e.g. {@code 2027}
         * @return this builder
         * @throws IllegalArgumentException outside 1900–2299
         */
        public Builder confirmYear(int year) {
            if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("A confirmed year must be inside " + FIRST_SUPPORTED_YEAR + "-"
                        + LAST_SUPPORTED_YEAR + ", got " + year);
            }
            confirmedYears.add(year);
            return this;
        }

        /**
         * Confirms every year from {@code first} to {@code last} (see {@link #confirmYear(int)}).
         *
         * @param first the first year, e.g. {@code 2023}
         * @param last the last year, e.g. {@code 2026}; at least {@code first}
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or outside 1900–2299
         */
        public Builder confirmYears(int first, int last) {
            if (first > last || first < FIRST_SUPPORTED_YEAR || last > LAST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("Confirmed years must be a non-empty range inside "
                        + FIRST_SUPPORTED_YEAR + "-" + LAST_SUPPORTED_YEAR + ", got " + first + "-" + last);
            }
            for (int year = first; year <= last; year++) {
                confirmedYears.add(year);
            }
            return this;
        }

        /**
         * Withdraws the confirmation of {@code year} (e.g. the authority announced a declaration still to come).
         *
         * @param year the year
         * @return this builder
         */
        public Builder unconfirmYear(int year) {
            confirmedYears.remove(year);
            return this;
        }

        /**
         * Earlier name: replaces the confirmed years with {@code first..last}.
         *
         * @param first the first year
         * @param last the last year
         * @return this builder
         * @throws IllegalArgumentException if the range is empty or outside 1900–2299
         * @deprecated use {@link #confirmYears(int, int)}
         */
        @Deprecated
        public Builder coveredYears(int first, int last) {
            confirmYears(first, last);
            confirmedYears.removeIf(year -> year < first || year > last);
            return this;
        }

        /**
         * Makes the calendar strict ({@link BusinessCalendar#strict()}) or not.
         *
         * @param strict true to throw for dates of unconfirmed years
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * Adds the days of a data file and confirms its confirmed years.
         *
         * @param data e.g. {@code InhabilDaysTsv.parse(text)}
         * @return this builder
         */
        public Builder data(DeclaredDays data) {
            Objects.requireNonNull(data, "data");
            declareAll(data.days());
            data.confirmedYears().keySet().forEach(this::confirmYear);
            return this;
        }

        /**
         * Adds a declared or vacation day (a day with the same date, kind, reason and source is kept once).
         *
         * @param day a day of kind {@link InhabilKind#DECLARED} or {@link InhabilKind#VACATION}
         * @return this builder
         * @throws IllegalArgumentException for a weekend or law kind (those come from the rules)
         */
        public Builder declare(DiaInhabil day) {
            Objects.requireNonNull(day, "day");
            if (day.kind() != InhabilKind.DECLARED && day.kind() != InhabilKind.VACATION) {
                throw new IllegalArgumentException("Only DECLARED or VACATION days are data (CFF art. 12 builds"
                        + " the rest), got " + day);
            }
            List<DiaInhabil> days = declared.computeIfAbsent(day.fecha(), d -> new ArrayList<>(1));
            if (!days.contains(day)) {
                days.add(day);
            }
            return this;
        }

        /**
         * Adds every day of a declared vacation period, {@code fromInclusive} to {@code toInclusive}.
         *
         * @param fromInclusive the first day, e.g. {@code 2025-07-18}
         * @param toInclusive the last day, e.g. {@code 2025-07-31}
         * @param motivo the reason, e.g. {@code "primer periodo vacacional SAT 2025"}
         * @param fuente the publication
         * @return this builder
         * @throws IllegalArgumentException if the period ends before it starts
         */
        public Builder vacation(LocalDate fromInclusive, LocalDate toInclusive, String motivo, String fuente) {
            if (toInclusive.isBefore(fromInclusive)) {
                throw new IllegalArgumentException("A vacation period must not end before it starts: "
                        + fromInclusive + " to " + toInclusive);
            }
            for (LocalDate d = fromInclusive; !d.isAfter(toInclusive); d = d.plusDays(1)) {
                declare(DiaInhabil.vacation(d, motivo, fuente));
            }
            return this;
        }

        /**
         * Adds all the given days (see {@link #declare(DiaInhabil)}).
         *
         * @param days the days
         * @return this builder
         */
        public Builder declareAll(Collection<DiaInhabil> days) {
            days.forEach(this::declare);
            return this;
        }

        /**
         * Removes every declared and vacation entry of {@code date} (the law's days cannot be removed).
         *
         * @param date the date, e.g. a day the authority declared and then revoked
         * @return this builder
         */
        public Builder remove(LocalDate date) {
            declared.remove(Objects.requireNonNull(date, "date"));
            return this;
        }

        /**
         * Builds the calendar (about a millisecond: it precomputes 400 years). With no confirmed year, every
         * answer carries a caveat (or, strict, throws).
         *
         * @return the calendar
         */
        public BusinessCalendar build() {
            NavigableMap<LocalDate, List<DiaInhabil>> copy = new TreeMap<>();
            for (Map.Entry<LocalDate, List<DiaInhabil>> entry : declared.entrySet()) {
                List<DiaInhabil> days = new ArrayList<>(entry.getValue());
                days.sort(Comparator.comparing(DiaInhabil::kind).thenComparing(DiaInhabil::motivo));
                copy.put(entry.getKey(), List.copyOf(days));
            }
            return create(name, transmissionDay, java.util.Collections.unmodifiableNavigableMap(copy),
                    java.util.Collections.unmodifiableNavigableSet(new TreeSet<>(confirmedYears)), strict);
        }
    }
}
