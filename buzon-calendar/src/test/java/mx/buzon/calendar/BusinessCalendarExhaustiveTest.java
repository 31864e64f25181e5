package mx.buzon.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every day from 2000 to 2099 against a naive day-by-day reference ({@link NaiveCalendar}), plus algebraic
 * properties of plusBusinessDays and countBusinessDays over a seeded sample.
 */
class BusinessCalendarExhaustiveTest {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2099, 12, 31);
    private static final long SEED = 20260302L;

    /** SAT data (declared and vacation days) 2023–2026 and CFF rules beyond: the richest calendar shipped. */
    private static final BusinessCalendar CALENDAR = ReferenceCalendars.sat().withCffRulesOnlyBeyondCoverage();
    private static final NaiveCalendar NAIVE = new NaiveCalendar(1999, 2100, ReferenceCalendars.sat().declaredDays()
            .stream().map(DiaInhabil::fecha).collect(Collectors.toSet()));

    @Test
    void isBusinessDay_everyDay2000To2099_agreesWithNaiveReference() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            assertThat(CALENDAR.isBusinessDay(d)).as("%s", d).isEqualTo(NAIVE.isBusinessDay(d));
        }
    }

    @Test
    void nextBusinessDayOrSame_everyDay2000To2099_isFirstBusinessDayOnOrAfter() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            LocalDate next = CALENDAR.nextBusinessDayOrSame(d);
            assertThat(CALENDAR.isBusinessDay(next)).as("%s -> %s", d, next).isTrue();
            assertThat(next).isAfterOrEqualTo(d);
            for (LocalDate between = d; between.isBefore(next); between = between.plusDays(1)) {
                assertThat(NAIVE.isBusinessDay(between)).as("%s skipped by %s", between, d).isFalse();
            }
        }
    }

    @Test
    void plusBusinessDays_everyDay2000To2099_oneAndTwentyAgreeWithNaiveReference() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            assertThat(CALENDAR.plusBusinessDays(d, 1)).as("%s + 1", d).isEqualTo(NAIVE.plusBusinessDays(d, 1));
            assertThat(CALENDAR.plusBusinessDays(d, 20)).as("%s + 20", d).isEqualTo(NAIVE.plusBusinessDays(d, 20));
        }
    }

    @Test
    void nextBusinessDays_everyDay2000To2099_firstFiveEqualPlusOneToFive() {
        for (LocalDate d = FIRST; !d.isAfter(LAST); d = d.plusDays(1)) {
            java.util.List<LocalDate> next = CALENDAR.nextBusinessDays(d, 5);
            for (int n = 1; n <= 5; n++) {
                assertThat(next.get(n - 1)).as("%s + %s", d, n).isEqualTo(CALENDAR.plusBusinessDays(d, n));
            }
        }
        assertThat(CALENDAR.nextBusinessDays(FIRST, 0)).isEmpty();
    }

    @Test
    void plusBusinessDays_sampledSums_equalApplyingOneThenTheOther() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = FIRST.plusDays(random.nextInt(36_500));
            int a = random.nextInt(400);
            int b = random.nextInt(400);
            assertThat(CALENDAR.plusBusinessDays(d, a + b))
                    .as("seed %s: %s + %s + %s", SEED, d, a, b)
                    .isEqualTo(CALENDAR.plusBusinessDays(CALENDAR.plusBusinessDays(d, a), b));
        }
    }

    @Test
    void countBusinessDays_sampled_agreesWithPlusAndWithNaiveReference() {
        SplittableRandom random = new SplittableRandom(SEED + 1);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = FIRST.plusDays(random.nextInt(36_500));
            int n = random.nextInt(300);
            LocalDate end = CALENDAR.plusBusinessDays(d, n);
            assertThat(CALENDAR.countBusinessDays(d, end)).as("seed %s: %s + %s = %s", SEED + 1, d, n, end)
                    .isEqualTo(n);
            LocalDate other = FIRST.plusDays(random.nextInt(36_500));
            if (i % 20 == 0) {
                LocalDate low = other.isBefore(d) ? other : d;
                LocalDate high = other.isBefore(d) ? d : other;
                assertThat(CALENDAR.countBusinessDays(low, high)).as("seed %s: %s..%s", SEED + 1, low, high)
                        .isEqualTo(NAIVE.countBusinessDays(low, high));
                assertThat(CALENDAR.countBusinessDays(high, low)).isEqualTo(-NAIVE.countBusinessDays(low, high));
            }
        }
    }

    @Test
    void plusBusinessDays_negativeFromBusinessDay_invertsPositive() {
        SplittableRandom random = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 20_000; i++) {
            LocalDate d = CALENDAR.nextBusinessDayOrSame(FIRST.plusDays(random.nextInt(36_500)));
            int n = random.nextInt(300);
            assertThat(CALENDAR.plusBusinessDays(CALENDAR.plusBusinessDays(d, n), -n))
                    .as("seed %s: %s +/- %s", SEED + 2, d, n).isEqualTo(d);
        }
    }

    @Test
    void inhabilDays_everyMonth2000To2099_listsExactlyTheNonBusinessDays() {
        for (LocalDate month = FIRST; month.isBefore(LAST); month = month.plusMonths(1)) {
            LocalDate end = month.plusMonths(1).minusDays(1);
            long expected = month.datesUntil(end.plusDays(1)).filter(d -> !NAIVE.isBusinessDay(d)).count();
            assertThat(CALENDAR.inhabilDays(month, end).stream().map(DiaInhabil::fecha).distinct().count())
                    .as("%s", month).isEqualTo(expected);
        }
    }
}
