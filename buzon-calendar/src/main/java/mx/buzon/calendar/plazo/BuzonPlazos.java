package mx.buzon.calendar.plazo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.buzon.calendar.BusinessCalendar;
import mx.buzon.calendar.CalendarCaveat;
import mx.buzon.calendar.DiaInhabil;
import mx.buzon.calendar.ReferenceCalendars;
import mx.buzon.calendar.internal.LazyList;
import mx.buzon.calendar.zone.MexicanTime;

/**
 * The timing rules of the Buzón IMSS (docs/LEGAL.md §3) as pure functions over a {@link BusinessCalendar}.
 *
 * <h2>Zona Centro (5.7) and the domicile's zone (5.8)</h2>
 * The Buzón's clock and its acuses are in Zona Centro ({@link MexicanTime#ZONA_CENTRO}); the legal date of
 * promociones and notifications is taken in the zone of the particular's domicilio fiscal. This class combines
 * them as follows:
 * <ul>
 *   <li>Actuaciones (6.3): the date of filing is the date of the filing instant in the domicile zone; on a día
 *   inhábil it counts as received at 00:00 of the next día hábil in the domicile zone.
 *   <li>The aviso of a notification (7.4, 7.5): its date is the date in the domicile zone; the three days to open
 *   and the fourth day are días hábiles counted from the día hábil after that date.
 *   <li>The notification hours of 7.2, 09:30 to 18:00 (both included, to the nanosecond), are Zona Centro, as the
 *   text says twice, and the día hábil is judged on the Zona Centro date. Every instant in that window has the same
 *   date in all four Mexican zones (they differ from Zona Centro by at most two hours), so the date of a
 *   notification, and so the day it surte efectos (CFF art. 135), is the same whichever zone is used.
 *   <li>Opening "within the three días hábiles" is judged on the date of opening in the domicile zone.
 * </ul>
 *
 * <p>Example with {@code ReferenceCalendars.imss()}: {@code notificacion(2026-03-02T16:00:00Z, Optional.empty(),
 * ZONA_CENTRO)} gives days 3, 4, 5 March, notified 6 March 09:30 Zona Centro, surte efectos 9 March;
 * {@code plazo(RECURSO_INCONFORMIDAD_PATRON, 2026-03-09).vence()} is 31 March 2026.
 *
 * <h2>Certain and not yet known (CFF art. 12)</h2>
 * Every result carries {@code advertencias}: a {@link CalendarCaveat} when the dates it used include a year whose
 * declared days the calendar has not confirmed. Each part is judged on its own dates: a notification wholly inside
 * confirmed years has none, even when the plazo that runs from it reaches the next year (that {@link Vencimiento}
 * carries it). Nothing throws for a date merely in the future unless the calendar is
 * {@link BusinessCalendar#strict()}.
 *
 * <h2>CFF art. 12, fourth paragraph</h2>
 * Every plazo whose last day is inhábil ends on the next día hábil: días hábiles end on one by construction;
 * {@link #naturales(LocalDate, int)}, {@link #transitorioPrimero()} and the compliance calendar's fixed dates move
 * and say so in their explanation; months and years ({@link BusinessCalendar#plazoEndAfterMonths}) do the same.
 *
 * <p>Immutable and thread-safe. The calendar decides which days are hábiles: IMSS procedures use
 * {@code ReferenceCalendars.imss()} (plus the days the host declares). The reading of 7.2 for acuses before
 * 09:30 is {@link EarlyAcuseRule#SAME_BUSINESS_DAY} unless {@link #withEarlyAcuseRule(EarlyAcuseRule)} says
 * otherwise.
 */
public final class BuzonPlazos {

    /** Start of the notification hours, Zona Centro (Lineamientos 7.2). */
    public static final LocalTime NOTIFICATION_HOURS_START = LocalTime.of(9, 30);
    /** End of the notification hours, Zona Centro, included (Lineamientos 7.2). */
    public static final LocalTime NOTIFICATION_HOURS_END = LocalTime.of(18, 0);
    /** The time contact media have to be confirmed after the validation aviso (Lineamientos 5.2). */
    public static final Duration CONTACT_VALIDATION_WINDOW = Duration.ofHours(72);
    /** The day the Lineamientos entered into force (DOF 5-08-2024). */
    public static final LocalDate LINEAMIENTOS_IN_FORCE = LocalDate.of(2024, Month.AUGUST, 6);
    /** The natural days of Transitorio Primero to enable the Buzón. */
    public static final int TRANSITORIO_PRIMERO_DAYS = 180;
    /**
     * The date the IMSS announced as the end of Transitorio Primero: day 180 itself, a Saturday. The legal end, by
     * CFF art. 12 fourth paragraph, is {@link #transitorioPrimero()}{@code .vence()}, the next día hábil.
     */
    public static final LocalDate TRANSITORIO_PRIMERO_ANNOUNCED = LocalDate.of(2025, Month.FEBRUARY, 1);
    /** Days a particular has to open a notified document (Lineamientos 7.4). */
    public static final int DAYS_TO_OPEN = 3;

    private static final int DUE_DAY = 17;
    private static final long SECONDS_PER_DAY = 86_400L;
    private static final int NOTIFICATION_START_SECOND = NOTIFICATION_HOURS_START.toSecondOfDay();
    private static final @org.jspecify.annotations.Nullable LocalDate CENTRO_FIXED_FROM = fixedCentroFrom();
    private static final int CENTRO_FIXED_OFFSET_SECONDS = fixedCentroOffset();
    private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
        "agosto", "septiembre", "octubre", "noviembre", "diciembre"};

    private final BusinessCalendar calendar;
    private final EarlyAcuseRule earlyAcuseRule;

    private BuzonPlazos(BusinessCalendar calendar, EarlyAcuseRule earlyAcuseRule) {
        this.calendar = calendar;
        this.earlyAcuseRule = earlyAcuseRule;
    }

    /**
     * The rules over {@code calendar}.
     *
     * @param calendar the business-day calendar, e.g. {@code ReferenceCalendars.imss()}
     * @return the rules
     * @throws mx.buzon.calendar.CalendarException if the JVM's tzdb is older than 2022g
     */
    public static BuzonPlazos of(BusinessCalendar calendar) {
        MexicanTime.requireCurrentTzdb();
        return new BuzonPlazos(Objects.requireNonNull(calendar, "calendar"), EarlyAcuseRule.SAME_BUSINESS_DAY);
    }

    /**
     * The same rules with another reading of Lineamientos 7.2 for acuses before 09:30 of a día hábil.
     *
     * @param rule e.g. {@link EarlyAcuseRule#NEXT_BUSINESS_DAY} for the literal reading
     * @return the rules
     */
    public BuzonPlazos withEarlyAcuseRule(EarlyAcuseRule rule) {
        return new BuzonPlazos(calendar, Objects.requireNonNull(rule, "rule"));
    }

    /**
     * The reading of 7.2 for acuses before 09:30 of a día hábil.
     *
     * @return {@link EarlyAcuseRule#SAME_BUSINESS_DAY} unless chosen otherwise
     */
    public EarlyAcuseRule earlyAcuseRule() {
        return earlyAcuseRule;
    }

    /**
     * The calendar these rules count on.
     *
     * @return the calendar
     */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * When an actuación counts as received (Lineamientos 6.3 with 5.8).
     *
     * @param presentadaEl the instant of filing, e.g. {@code 2026-03-07T16:00:00Z} (Saturday)
     * @param domicilio the zone of the domicilio fiscal, e.g. {@link MexicanTime#ZONA_CENTRO}
     * @return e.g. received {@code 2026-03-09T06:00:00Z} (Monday 00:00 Zona Centro), fecha legal 2026-03-09
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public ActuacionTiming actuacion(Instant presentadaEl, ZoneId domicilio) {
        Objects.requireNonNull(presentadaEl, "presentadaEl");
        Objects.requireNonNull(domicilio, "domicilio");
        LocalDate filed = presentadaEl.atZone(domicilio).toLocalDate();
        if (calendar.isBusinessDay(filed)) {
            return new ActuacionTiming(presentadaEl, domicilio, filed, presentadaEl, filed, List.of(),
                    calendar.caveats(filed, filed));
        }
        LocalDate legal = calendar.nextBusinessDayOrSame(filed);
        return new ActuacionTiming(presentadaEl, domicilio, filed, legal.atStartOfDay(domicilio).toInstant(), legal,
                calendar.inhabilDays(filed, legal.minusDays(1)), calendar.caveats(filed, legal));
    }

    /**
     * The instant an acuse generated at {@code acuseEl} counts as a notification (Lineamientos 7.2): itself when
     * it falls from 09:30 to 18:00 Zona Centro of a día hábil; when earlier on a día hábil, 09:30 of the same day
     * ({@link EarlyAcuseRule#SAME_BUSINESS_DAY}, the default) or of the next día hábil
     * ({@link EarlyAcuseRule#NEXT_BUSINESS_DAY}); otherwise 09:30 Zona Centro of the next día hábil.
     *
     * @param acuseEl the instant of the acuse, e.g. Friday 18:01 Zona Centro
     * @return e.g. the next Monday (if hábil) at 09:30 Zona Centro
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Instant notifiedAt(Instant acuseEl) {
        return notifiedAt(acuseEl, earlyAcuseRule);
    }

    private Instant notifiedAt(Instant acuseEl, EarlyAcuseRule rule) {
        ZonedDateTime centro = acuseEl.atZone(MexicanTime.ZONA_CENTRO);
        LocalDate day = centro.toLocalDate();
        LocalTime time = centro.toLocalTime();
        if (calendar.isBusinessDay(day)) {
            if (time.isBefore(NOTIFICATION_HOURS_START)) {
                return rule == EarlyAcuseRule.SAME_BUSINESS_DAY ? atNotificationStart(day)
                        : atNotificationStart(calendar.plusBusinessDays(day, 1));
            }
            if (!time.isAfter(NOTIFICATION_HOURS_END)) {
                return acuseEl;
            }
        }
        return atNotificationStart(calendar.plusBusinessDays(day, 1));
    }

    /**
     * When a notification whose document was not opened is made and surte efectos (Lineamientos 7.2, 7.4, 7.5;
     * CFF arts. 134 fr. I, 135): on the fourth día hábil.
     *
     * @param avisoEl when the aviso was sent
     * @param domicilio the zone of the domicilio fiscal
     * @return the timing, e.g. for an aviso on Monday 2 March 2026: notified Friday 6 March 09:30, surte efectos
     *     Monday 9 March
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public NotificacionTiming notificacion(Instant avisoEl, ZoneId domicilio) {
        return timing(avisoEl, null, domicilio);
    }

    /**
     * When a notification whose document was opened is made and surte efectos (Lineamientos 7.2, 7.4, 7.5; CFF
     * arts. 134 fr. I, 135): on opening when within the three días hábiles, else on the fourth.
     *
     * @param avisoEl when the aviso was sent
     * @param aperturaEl when the particular opened the document (not before {@code avisoEl})
     * @param domicilio the zone of the domicilio fiscal
     * @return the timing, e.g. for an aviso on Monday 2 March 2026 opened Wednesday 4 March 11:00: notified then,
     *     surte efectos Thursday 5 March
     * @throws IllegalArgumentException if {@code aperturaEl} is before {@code avisoEl}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public NotificacionTiming notificacion(Instant avisoEl, Instant aperturaEl, ZoneId domicilio) {
        return timing(avisoEl, Objects.requireNonNull(aperturaEl, "aperturaEl"), domicilio);
    }

    private NotificacionTiming timing(Instant avisoEl, @org.jspecify.annotations.Nullable Instant openedAt,
            ZoneId domicilio) {
        Objects.requireNonNull(avisoEl, "avisoEl");
        Objects.requireNonNull(domicilio, "domicilio");
        // Plain ifs and no sublist: this is the hot path of a notification (docs/BENCHMARKS.md).
        Optional<Instant> aperturaEl = Optional.ofNullable(openedAt);
        if (openedAt != null && openedAt.isBefore(avisoEl)) {
            throw new IllegalArgumentException("A document cannot be opened (" + openedAt + ") before its aviso ("
                    + avisoEl + ") (Lineamientos 7.3, 7.4)");
        }
        LocalDate fechaAviso = dateIn(avisoEl, domicilio);
        List<LocalDate> fourDays = calendar.nextBusinessDays(fechaAviso, DAYS_TO_OPEN + 1);
        List<LocalDate> window = List.of(fourDays.get(0), fourDays.get(1), fourDays.get(2));
        Instant deemed = atNotificationStart(fourDays.get(DAYS_TO_OPEN));
        boolean openedInTime = openedAt != null && !dateIn(openedAt, domicilio).isAfter(window.get(DAYS_TO_OPEN - 1));
        Via via = openedInTime ? Via.APERTURA : Via.CUARTO_DIA;
        Instant notified = deemed;
        Optional<Instant> otherReading = Optional.empty();
        LocalDate firstUsed = window.get(0);
        if (openedInTime) {
            Instant opened = openedAt;
            notified = notifiedAt(opened, earlyAcuseRule);
            Instant other = notifiedAt(opened, earlyAcuseRule == EarlyAcuseRule.SAME_BUSINESS_DAY
                    ? EarlyAcuseRule.NEXT_BUSINESS_DAY : EarlyAcuseRule.SAME_BUSINESS_DAY);
            if (!other.equals(notified)) {
                otherReading = Optional.of(other);
            }
            LocalDate openedCentro = dateIn(opened, MexicanTime.ZONA_CENTRO);
            firstUsed = openedCentro.isBefore(firstUsed) ? openedCentro : firstUsed;
        }
        LocalDate fechaNotificacion = dateIn(notified, domicilio);
        LocalDate surteEfectos = calendar.nextBusinessDayOrSame(fechaNotificacion.plusDays(1));
        return new NotificacionTiming(avisoEl, domicilio, fechaAviso, window, aperturaEl, via, notified,
                fechaNotificacion, surteEfectos,
                LazyList.of(() -> calendar.inhabilDays(fechaAviso.plusDays(1), surteEfectos)),
                otherReading, calendar.caveats(firstUsed, surteEfectos));
    }

    /**
     * The end of a legal plazo that runs from the día hábil after the notification surte efectos (CFF art. 12).
     *
     * @param plazo the plazo, e.g. {@link PlazoLegal#RECURSO_INCONFORMIDAD_PATRON}
     * @param surteEfectos the day the notification surte efectos, e.g. {@code 2026-03-09}
     * @return e.g. {@code vence=2026-03-31}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Vencimiento plazo(PlazoLegal plazo, LocalDate surteEfectos) {
        return businessDays(plazo.spanish(), plazo.fundamento(), surteEfectos, plazo.businessDays());
    }

    /**
     * The end of a legal plazo that runs from a notification (CFF arts. 12, 135).
     *
     * @param plazo the plazo
     * @param notificacion the notification, from {@link #notificacion(Instant, ZoneId)} or
     *     {@link #notificacion(Instant, Instant, ZoneId)}
     * @return the end, counted from the día hábil after {@code notificacion.surteEfectos()}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Vencimiento plazo(PlazoLegal plazo, NotificacionTiming notificacion) {
        return plazo(plazo, notificacion.surteEfectos());
    }

    /**
     * The {@code dias}-th día hábil after {@code desde} (CFF art. 12: counting starts the day after).
     *
     * @param desde the day of the event, not counted, e.g. {@code 2026-03-09}
     * @param dias at least 1, e.g. {@code 15}
     * @return e.g. {@code vence=2026-03-31}
     * @throws IllegalArgumentException if {@code dias < 1}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Vencimiento habiles(LocalDate desde, int dias) {
        return businessDays("un plazo en días hábiles", "CFF art. 12", desde, dias);
    }

    private Vencimiento businessDays(String what, String basis, LocalDate from, int days) {
        Objects.requireNonNull(from, "desde");
        if (days < 1) {
            throw new IllegalArgumentException("A plazo in días hábiles (CFF art. 12) needs at least 1 day, got "
                    + days);
        }
        LocalDate first = calendar.plusBusinessDays(from, 1);
        LocalDate end = calendar.plusBusinessDays(from, days);
        return new Vencimiento(what, basis, from, first, days, true, end,
                calendar.inhabilDays(from.plusDays(1), end), end, calendar.caveats(from.plusDays(1), end));
    }

    /**
     * A plazo of {@code dias} días naturales counted from the day after {@code desde} (CFF art. 12): every calendar
     * day counts, and when the last one is inhábil the plazo ends on the next día hábil (fourth paragraph).
     *
     * @param desde the day of the event, not counted, e.g. {@code 2026-03-13}
     * @param dias at least 1, e.g. {@code 10}
     * @return e.g. the 10th day is Monday 23 March 2026, hábil: {@code vence=2026-03-23}; from
     *     {@code 2026-03-10}, the 10th day is Friday 20 March, hábil
     * @throws IllegalArgumentException if {@code dias < 1}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Vencimiento naturales(LocalDate desde, int dias) {
        return naturales("un plazo en días naturales", "CFF art. 12", desde, dias);
    }

    /**
     * A named plazo of {@code dias} días naturales counted from the day after {@code desde}, extended to the next
     * día hábil when the last day is inhábil (CFF art. 12, fourth paragraph). E.g. the Subdelegación's 10 days of
     * Regla Décima (32-D).
     *
     * @param plazo what it is for, in Spanish, e.g. {@code "resolver la aclaración de la opinión del cumplimiento"}
     * @param fundamento the law that sets it
     * @param desde the day of the event, not counted
     * @param dias at least 1
     * @return the end, with the extension explained
     * @throws IllegalArgumentException if {@code dias < 1}
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public Vencimiento naturales(String plazo, String fundamento, LocalDate desde, int dias) {
        Objects.requireNonNull(desde, "desde");
        return naturalDays(calendar, plazo, fundamento, desde, desde.plusDays(1), dias);
    }

    private static Vencimiento naturalDays(BusinessCalendar calendar, String what, String basis, LocalDate event,
            LocalDate first, int days) {
        Objects.requireNonNull(what, "plazo");
        Objects.requireNonNull(basis, "fundamento");
        if (days < 1) {
            throw new IllegalArgumentException("A plazo in días naturales (CFF art. 12) needs at least 1 day, got "
                    + days);
        }
        LocalDate last = first.plusDays(days - 1L);
        LocalDate end = calendar.nextBusinessDayOrSame(last);
        List<DiaInhabil> skipped = end.equals(last) ? List.of() : calendar.inhabilDays(last, end.minusDays(1));
        return new Vencimiento(what, basis, event, first, days, false, end, skipped, last,
                calendar.caveats(last, end));
    }

    /**
     * The instant after which unconfirmed contact media are cancelled (Lineamientos 5.2): 72 hours after the
     * validation aviso, a {@link Duration}, not three dates.
     *
     * @param avisoEl when the validation aviso was sent, e.g. {@code 2026-03-06T23:00:00Z}
     * @return e.g. {@code 2026-03-09T23:00:00Z}
     */
    public static Instant contactValidationExpiresAt(Instant avisoEl) {
        return avisoEl.plus(CONTACT_VALIDATION_WINDOW);
    }

    /**
     * Whether contact media confirmed at {@code confirmadoEl} were confirmed within the 72 hours (5.2), the last
     * instant included.
     *
     * @param avisoEl when the validation aviso was sent
     * @param confirmadoEl when the particular confirmed
     * @return true when confirmed in time
     * @throws IllegalArgumentException if the confirmation precedes the aviso
     */
    public static boolean contactConfirmedInTime(Instant avisoEl, Instant confirmadoEl) {
        if (confirmadoEl.isBefore(avisoEl)) {
            throw new IllegalArgumentException("A confirmation (" + confirmadoEl + ") cannot precede its validation"
                    + " aviso (" + avisoEl + ") (Lineamientos 5.2)");
        }
        return !confirmadoEl.isAfter(contactValidationExpiresAt(avisoEl));
    }

    /**
     * The last day to enable the Buzón under Transitorio Primero, on {@code ReferenceCalendars.imss()}: 180 días
     * naturales counted from the entry into force on 6 August 2024, that day included. Day 180 is Saturday
     * 1 February 2025 (the date the IMSS announced, {@link #TRANSITORIO_PRIMERO_ANNOUNCED}); by CFF art. 12 fourth
     * paragraph the plazo ends on the next día hábil, and Monday 3 February 2025 is the first Monday of February.
     *
     * @return {@code Vencimiento[ultimoDiaContado=2025-02-01, vence=2025-02-04, dias=180, diasHabiles=false]}
     */
    public static Vencimiento transitorioPrimero() {
        return transitorioPrimero(ReferenceCalendars.imss());
    }

    /**
     * Transitorio Primero on a host's calendar (e.g. with its IMSS-declared days); see {@link #transitorioPrimero()}.
     *
     * @param calendar the IMSS calendar
     * @return the end, extended by CFF art. 12 fourth paragraph when day 180 is inhábil
     */
    public static Vencimiento transitorioPrimero(BusinessCalendar calendar) {
        return naturalDays(Objects.requireNonNull(calendar, "calendar"), "habilitar el Buzón IMSS",
                "Lineamientos, Transitorio Primero", LINEAMIENTOS_IN_FORCE, LINEAMIENTOS_IN_FORCE,
                TRANSITORIO_PRIMERO_DAYS);
    }

    /**
     * The compliance calendar of {@code year} (docs/LEGAL.md §8): every due date that falls in the year, moved to the
     * next día hábil when inhábil. Payments and declarations are not stopped by the authority's vacation periods
     * (CFF art. 12), so this uses {@link BusinessCalendar#forDeclarationsAndPayments()}.
     *
     * @param year e.g. {@code 2026}
     * @return 12 cuotas, 6 RCV/INFONAVIT, 1 prima de riesgos, 3 ICSOE and 3 SISUB events, sorted by due date
     * @throws mx.buzon.calendar.CalendarException outside 1900–2299, or for an unconfirmed year in strict mode
     */
    public List<ComplianceEvent> complianceCalendar(int year) {
        BusinessCalendar payments = calendar.forDeclarationsAndPayments();
        List<ComplianceEvent> events = new ArrayList<>(25);
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month).minusMonths(1);
            events.add(event(payments, Obligacion.CUOTAS_OBRERO_PATRONALES, monthName(period),
                    LocalDate.of(year, month, DUE_DAY)));
        }
        for (int month = 1; month <= 11; month += 2) {
            YearMonth last = YearMonth.of(year, month).minusMonths(1);
            YearMonth first = last.minusMonths(1);
            events.add(event(payments, Obligacion.RCV_INFONAVIT, "bimestre " + monthName(first) + " a "
                    + monthName(last), LocalDate.of(year, month, DUE_DAY)));
        }
        events.add(event(payments, Obligacion.PRIMA_RIESGOS_TRABAJO, "año " + (year - 1),
                YearMonth.of(year, Month.FEBRUARY).atEndOfMonth()));
        for (int month = 1; month <= 9; month += 4) {
            YearMonth last = YearMonth.of(year, month).minusMonths(1);
            String period = "cuatrimestre " + monthName(last.minusMonths(3)) + " a " + monthName(last);
            events.add(event(payments, Obligacion.ICSOE, period, LocalDate.of(year, month, DUE_DAY)));
            events.add(event(payments, Obligacion.SISUB, period, LocalDate.of(year, month, DUE_DAY)));
        }
        events.sort(Comparator.comparing(ComplianceEvent::vence).thenComparing(ComplianceEvent::obligacion));
        return List.copyOf(events);
    }

    private static ComplianceEvent event(BusinessCalendar payments, Obligacion what, String period, LocalDate date) {
        LocalDate due = payments.nextBusinessDayOrSame(date);
        List<DiaInhabil> skipped = due.equals(date) ? List.of() : payments.inhabilDays(date, due.minusDays(1));
        return new ComplianceEvent(what, period, date, due, skipped, payments.caveats(date, due));
    }

    private static String monthName(YearMonth month) {
        return MONTHS[month.getMonthValue() - 1] + " de " + month.getYear();
    }

    private static Instant atNotificationStart(LocalDate day) {
        if (CENTRO_FIXED_FROM != null && !day.isBefore(CENTRO_FIXED_FROM)) {
            return Instant.ofEpochSecond(day.toEpochDay() * SECONDS_PER_DAY + NOTIFICATION_START_SECOND
                    - CENTRO_FIXED_OFFSET_SECONDS);
        }
        return day.atTime(NOTIFICATION_HOURS_START).atZone(MexicanTime.ZONA_CENTRO).toInstant();
    }

    /** The date of {@code instant} in {@code zone}, without building a ZonedDateTime (the rules are cached). */
    private static LocalDate dateIn(Instant instant, ZoneId zone) {
        int offset = zone.getRules().getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offset, SECONDS_PER_DAY));
    }

    /**
     * The first day from which Zona Centro has one fixed offset for ever (no transition after it and no recurring
     * rule, as since the 2022 reform), or null if the JVM's rules still change; with {@link #CENTRO_FIXED_OFFSET_SECONDS}
     * it turns "09:30 Zona Centro of a day" into arithmetic.
     */
    private static @org.jspecify.annotations.Nullable LocalDate fixedCentroFrom() {
        ZoneRules rules = MexicanTime.ZONA_CENTRO.getRules();
        List<ZoneOffsetTransition> transitions = rules.getTransitions();
        if (!rules.getTransitionRules().isEmpty() || transitions.isEmpty()) {
            return null;
        }
        return transitions.get(transitions.size() - 1).getDateTimeAfter().toLocalDate().plusDays(2);
    }

    private static int fixedCentroOffset() {
        List<ZoneOffsetTransition> transitions = MexicanTime.ZONA_CENTRO.getRules().getTransitions();
        return transitions.isEmpty() ? 0 : transitions.get(transitions.size() - 1).getOffsetAfter().getTotalSeconds();
    }

    @Override
    public String toString() {
        return "BuzonPlazos[" + calendar.name()
                + (earlyAcuseRule == EarlyAcuseRule.SAME_BUSINESS_DAY ? "" : ", " + earlyAcuseRule) + "]";
    }
}
